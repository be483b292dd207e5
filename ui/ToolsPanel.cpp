// SPDX-License-Identifier: Apache-2.0
#include "ToolsPanel.h"

#include "models/ToolTableModel.h"
#include "RegexEditor.h"
#include "session/InspectorSession.h"
#include "StatusDelegate.h"
#include "ToolFilterProxy.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ToolsPanel::ToolsPanel(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ToolTableModel(this)),
      m_proxy(new ToolFilterProxy(this)), m_editor(new RegexEditor(this)),
      m_filter(new QLineEdit(this)), m_allServers(new QCheckBox(tr("Tools of all servers"), this)),
      m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    // A regex edit changes verdicts in every row: re-sorting and re-filtering 10 000
    // rows per keystroke would miss a frame. Rows stay put while typing; the filters
    // re-apply when they change, and a header click sorts.
    m_proxy->setDynamicSortFilter(false);
    m_filter->setObjectName(QStringLiteral("toolFilter"));
    m_filter->setPlaceholderText(tr("Filter tools by name"));
    m_filter->setClearButtonEnabled(true);
    m_allServers->setObjectName(QStringLiteral("allServersCheck"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ToolFilterProxy::setNameFilter);
    connect(m_allServers, &QCheckBox::toggled, this,
            [this](bool all) { m_proxy->setServerIndex(all ? -1 : m_server); });
    m_view->setObjectName(QStringLiteral("toolView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSortingEnabled(true);
    // setSortingEnabled sorts by the header's default indicator, which is descending.
    m_view->sortByColumn(ToolTableModel::ToolColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    connect(m_editor, &RegexEditor::edited, this,
            [this](const QString &allow, const QString &deny) {
                m_session->setRegexOverride(m_server, allow, deny);
            });
    connect(m_editor, &RegexEditor::resetRequested, this,
            [this] { m_session->resetRegex(m_server); });
    connect(m_editor, &RegexEditor::copyEnvRequested, this, [this] {
        QApplication::clipboard()->setText(m_session->envLines(m_server));
        Q_EMIT message(tr("Copied the env lines to the clipboard."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_allServers);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
}

void ToolsPanel::setServer(int index)
{
    m_server = index;
    m_proxy->setServerIndex(m_allServers->isChecked() ? -1 : index);
    refreshEditor();
}

void ToolsPanel::refresh(bool resizeColumns)
{
    m_model->setResolution(m_session->resolution());
    if (resizeColumns)
        m_view->resizeColumnsToContents();
    refreshEditor();
}

void ToolsPanel::refreshEditor()
{
    const Resolution &effective = m_session->resolution();
    const Resolution &base = m_session->baseResolution();
    const bool valid =
        m_server >= 0 && m_server < effective.servers.size() && m_server < base.servers.size();
    m_editor->showServer(valid ? &base.servers.at(m_server) : nullptr,
                         valid ? &effective.servers.at(m_server) : nullptr,
                         valid && m_session->hasOverride(m_server));
    m_editor->setCounts(base.injectedToolCount, effective.injectedToolCount,
                        !m_session->overrides().isEmpty());
}
