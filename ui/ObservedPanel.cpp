// SPDX-License-Identifier: Apache-2.0
#include "ObservedPanel.h"

#include "models/ObservedTableModel.h"
#include "ObservedTimeline.h"
#include "session/InspectorSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ObservedPanel::ObservedPanel(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new ObservedTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ObservedTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *fetchButton = new QPushButton(tr("Fetch the last 24 hours of AI Bridge activity"), this);
    fetchButton->setObjectName(QStringLiteral("fetchObserved"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("observedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Tool calls the user's requests really made, beside what the "
                          "prediction injects. Tool usages prove presence, not absence. Tool "
                          "inputs are never shown."));
    m_timeline = new ObservedTimeline(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("observedFilter"));
    m_filter->setPlaceholderText(tr("Filter: tool, server, verdict…"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("observedTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ObservedTableModel::VerdictColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ObservedTableModel::ErrorColumn,
                                                      QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(fetchButton);
    bar->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_timeline);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(fetchButton, &QPushButton::clicked, this, [this] { fetch(24); });
}

void ObservedPanel::fetch(int hours)
{
    m_summary->setText(tr("Fetching…"));
    m_session->fetchObserved(hours * 3600LL, [this, hours](const ObservedComparison &c,
                                                           const QString &error) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_model->setComparison(c, now);
        m_timeline->setCalls(c.calls, now, hours);
        QStringList lines;
        if (!error.isEmpty())
            lines << error;
        lines << tr("%1 request(s) through the %2 API, %3 call(s) of the client's own tools.")
                     .arg(c.interceptions)
                     .arg(c.api)
                     .arg(c.clientToolCalls);
        lines += c.notes;
        if (!c.serversNeverSeen.isEmpty())
            lines << tr("Servers with injected tools but no observed call: %1.")
                         .arg(c.serversNeverSeen.join(QLatin1String(", ")));
        for (const ObservedComparison::KeyBridge &b : c.bridges)
            lines << tr("%1: bridge built at %2 at the latest; a fix reaches it by %3.")
                         .arg(b.apiKeyId.isEmpty() ? tr("Every API key")
                                                   : tr("API key %1").arg(b.apiKeyId),
                              QLocale().toString(b.lastRequest.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(b.fixReachesBy.toLocalTime(),
                                                 QLocale::ShortFormat));
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_table->resizeColumnsToContents();
    });
}
