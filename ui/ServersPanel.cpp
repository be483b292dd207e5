// SPDX-License-Identifier: Apache-2.0
#include "ServersPanel.h"

#include "models/ServerTableModel.h"
#include "secrets/TokenPolicy.h"
#include "session/InspectorSession.h"
#include "StatusDelegate.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

ServersPanel::ServersPanel(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ServerTableModel(this)),
      m_header(new QLabel(this)), m_eraLabel(new QLabel(this)), m_banner(new QLabel(this)),
      m_view(new QTableView(this))
{
    m_header->setObjectName(QStringLiteral("userHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_eraLabel->setObjectName(QStringLiteral("eraLabel"));
    m_banner->setObjectName(QStringLiteral("budgetBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; "
                                           "border: 1px solid #e0b000; padding: 6px; }"));
    m_banner->hide();
    m_cacheNote = new QLabel(
        tr("AI Bridge caches each user's MCP setup for 15 minutes: a newly linked app or a "
           "changed regex shows only once that entry expires."),
        this);
    m_cacheNote->setObjectName(QStringLiteral("cacheNote"));
    m_cacheNote->setWordWrap(true);
    m_cacheNote->setEnabled(false);

    m_view->setObjectName(QStringLiteral("serverView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ServersPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentServerChanged(selectedServer()); });
    connect(m_session, &InspectorSession::probeProgressed, m_model,
            &ServerTableModel::setProbeState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_eraLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_cacheNote);
}

int ServersPanel::selectedServer() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ServersPanel::selectServer(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ServersPanel::refresh()
{
    const int selected = selectedServer();
    m_model->setResolution(m_session->resolution(), m_session->probeStates());
    if (selected >= 0 && selected < m_model->rowCount())
        selectServer(selected);
    fitColumns(); // a handful of rows: cheap, even per keystroke
    refreshTexts();
}

void ServersPanel::fitColumns()
{
    // Long texts (a regex error, a probe failure) are elided, with the whole text in
    // the tooltip, so every column stays in view at 1280 pixels.
    m_view->resizeColumnsToContents();
    // The regex and probe texts share what the short columns leave; the URL comes last.
    int fixed = 0;
    for (int c = 0; c < ServerTableModel::UrlColumn; ++c)
        if (c != ServerTableModel::RegexColumn && c != ServerTableModel::ProbeColumn)
            fixed += m_view->columnWidth(c);
    const int cap = qMax(100, (m_view->viewport()->width() - fixed) / 2);
    for (const int c : {int(ServerTableModel::RegexColumn), int(ServerTableModel::ProbeColumn)})
        if (m_view->columnWidth(c) > cap)
            m_view->setColumnWidth(c, cap);
}

void ServersPanel::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    const ResolvedServer server = m_session->resolution().servers.value(index.row());
    QMenu menu(this);
    QAction *supply = menu.addAction(tr("Supply a token for a live probe…"));
    supply->setEnabled(server.outcome == ResolvedServer::Outcome::Unknown);
    QAction *trust = menu.addAction(
        tr("Trust %1 with the session token…").arg(TokenPolicy::origin(QUrl(server.url))));
    trust->setVisible(!server.tokenWithheld.isEmpty());
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(at));
    if (chosen == trust) {
        Q_EMIT trustRequested(QUrl(server.url));
        return;
    }
    if (chosen != supply)
        return;
    bool ok = false;
    const QString token =
        QInputDialog::getText(this, tr("Token for %1").arg(server.id),
                              tr("An access token for %1 (kept in memory only):").arg(server.id),
                              QLineEdit::Password, {}, &ok);
    if (ok && !token.trimmed().isEmpty())
        m_session->supplyToken(server.id, Secret(token.trimmed()));
}

void ServersPanel::refreshTexts()
{
    const Resolution &r = m_session->resolution();
    const CoderUser &user = m_session->selectedUser();
    if (user.id.isEmpty()) {
        m_header->setText(m_session->isConnected()
                              ? tr("Pick a user on the left.")
                              : tr("Connect to a deployment (Ctrl+O) or open the sandbox."));
    } else if (r.failed()) {
        m_header->setText(tr("%1: the resolution failed — %2").arg(user.username, r.error));
    } else {
        int proxied = 0;
        for (const ResolvedServer &s : r.servers)
            proxied += s.outcome == ResolvedServer::Outcome::Proxied;
        m_header->setText(
            tr("%1: %2 of %3 MCP servers proxied, %4 tools injected%5")
                .arg(user.username)
                .arg(proxied)
                .arg(r.servers.size())
                .arg(r.injectedToolCount)
                .arg(r.hasSessionKey ? QString() : tr(" (delegated: no session key)")));
    }
    const int sent = r.injectedToolCount + r.clientToolCount;
    const bool over = sent > Resolution::ProviderToolLimit;
    QStringList banner;
    // First: external clients refused on this deployment (licence or config).
    if (r.aiGateway.externalClientsRefused())
        banner << QStringLiteral("⚠ ") + r.aiGateway.summary();
    if (over)
        banner << tr("⚠ %1 tools are injected%2: the OpenAI API accepts at most %3 (\"array "
                     "too long\"). Narrow them with allow/deny regexes.")
                      .arg(r.injectedToolCount)
                      .arg(r.clientToolCount > 0
                               ? tr(" and the client sends %1 of its own").arg(r.clientToolCount)
                               : QString())
                      .arg(Resolution::ProviderToolLimit);
    if (!user.id.isEmpty() && !r.failed() && r.era == CoderEra::Era::Unknown) {
        QString line =
            tr("⚠ Coder era unknown (%1): the verdicts shown are era C's.").arg(r.eraSource);
        if (!r.injectedByEra.isEmpty())
            line += tr(" Injected tools by era: A %1, B %2, C %3.")
                        .arg(r.injectedByEra.value(int(CoderEra::Era::A)))
                        .arg(r.injectedByEra.value(int(CoderEra::Era::B)))
                        .arg(r.injectedByEra.value(int(CoderEra::Era::C)));
        if (!r.eraDifferences.isEmpty())
            line += tr(" Where they differ: %1%2")
                        .arg(r.eraDifferences.mid(0, 5).join(QLatin1String("; ")),
                             r.eraDifferences.size() > 5
                                 ? tr(" … (%1 more)").arg(r.eraDifferences.size() - 5)
                                 : QString());
        banner << line + tr(" Pick the era on the left.");
    }
    m_banner->setVisible(!banner.isEmpty());
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_eraLabel->setText(
        user.id.isEmpty() || r.failed() ? QString()
        : r.era == CoderEra::Era::Unknown
            ? tr("Coder era: unknown — shown as C")
            : tr("Coder era %1 (%2): %3")
                  .arg(CoderEra::name(r.era), r.eraSource, CoderEra::clientProfile(r.era).name()));
}
