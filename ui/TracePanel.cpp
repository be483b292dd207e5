// SPDX-License-Identifier: Apache-2.0
#include "TracePanel.h"

#include "models/TraceModel.h"
#include "resolve/Resolution.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

// Server (empty = all) and lowest level.
class TracePanel::Filter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString server;
    int minLevel = 0;
    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(TraceModel::LevelRole).toInt() < minLevel)
            return false;
        return server.isEmpty() || index.data(TraceModel::ServerRole).toString() == server;
    }
};

TracePanel::TracePanel(QWidget *parent) : QWidget(parent), m_model(new TraceModel(this))
{
    auto *filter = new Filter(this);
    filter->setSourceModel(m_model);
    m_proxy = filter;
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("traceServer"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("traceLevel"));
    m_level->addItem(tr("debug and above"), int(TraceEntry::Level::Debug));
    m_level->addItem(tr("info and above"), int(TraceEntry::Level::Info));
    m_level->addItem(tr("warnings and errors"), int(TraceEntry::Level::Warn));
    m_level->addItem(tr("errors"), int(TraceEntry::Level::Error));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("traceView"));
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::MessageColumn,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Server:"), this));
    bar->addWidget(m_server);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_level);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->server = m_server->currentData().toString();
        filter->refresh();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->minLevel = m_level->currentData().toInt();
        filter->refresh();
    });
}

void TracePanel::setResolution(const Resolution &resolution)
{
    m_model->setTrace(resolution.trace);
    const QString current = m_server->currentData().toString();
    QSignalBlocker block(m_server);
    m_server->clear();
    m_server->addItem(tr("all servers"), QString());
    QStringList ids;
    for (const TraceEntry &e : resolution.trace)
        if (!e.serverId.isEmpty() && !ids.contains(e.serverId))
            ids << e.serverId;
    for (const QString &id : std::as_const(ids))
        m_server->addItem(id, id);
    m_server->setCurrentIndex(qMax(0, m_server->findData(current)));
    static_cast<Filter *>(m_proxy)->server = m_server->currentData().toString();
    static_cast<Filter *>(m_proxy)->refresh();
    m_view->resizeColumnsToContents();
}
