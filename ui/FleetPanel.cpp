// SPDX-License-Identifier: Apache-2.0
#include "FleetPanel.h"

#include "fleet/FleetComparison.h"
#include "fleet/FleetReplay.h"
#include "fleet/FleetReplaySource.h"
#include "fleet/FleetReport.h"
#include "fleet/FleetScanner.h"
#include "fleet/FleetSnapshot.h"
#include "FleetBars.h"
#include "FleetCellDelegate.h"
#include "FleetChangesTable.h"
#include "FleetColors.h"
#include "models/FleetSortFilterModel.h"
#include "models/FleetTableModel.h"
#include "session/InspectorSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

FleetPanel::FleetPanel(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_scanner(new FleetScanner(this)),
      m_model(new FleetTableModel(this)), m_proxy(new FleetSortFilterModel(this)),
      m_bars(new FleetBars(this)), m_search(new QLineEdit(this)),
      m_scan(new QPushButton(tr("Scan the fleet"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_save(new QPushButton(tr("Save fleet…"), this)),
      m_compare(new QPushButton(tr("Compare with a saved fleet…"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_summary(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_problemsOnly(new QCheckBox(tr("Only users with a problem"), this)),
      m_busy(new QLabel(tr("Sorting and filtering…"), this)), m_view(new QTableView(this)),
      m_changes(new FleetChangesTable(this))
{
    setObjectName(QStringLiteral("fleetPanel"));
    m_search->setObjectName(QStringLiteral("fleetSearch"));
    m_search->setPlaceholderText(tr("Only users matching (empty: everyone)"));
    m_search->setMinimumWidth(200);
    // Long statuses (an error) wrap instead of widening the window.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scan->setObjectName(QStringLiteral("fleetScan"));
    m_cancel->setObjectName(QStringLiteral("fleetCancel"));
    m_cancel->setEnabled(false);
    m_save->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("fleetProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("fleetStatus"));
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        tr("Scan every user at once: each server's outcome and token status per user, the tools "
           "each server injects, who is over the OpenAI API's 128-tool limit. Regex edits, the era "
           "and the "
           "client's own tools on the left then show who would gain or lose what."));
    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->setPlaceholderText(tr("Filter: user, server state…"));
    m_filter->setClearButtonEnabled(true);
    m_problemsOnly->setObjectName(QStringLiteral("fleetProblemsOnly"));
    // Shown while a large fleet's order is computed off the UI thread.
    m_busy->setObjectName(QStringLiteral("fleetBusy"));
    m_busy->setVisible(false);

    m_proxy->setFleetModel(m_model);
    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FleetCellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetTableModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 10 000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->setToolTip(tr("Double-click a row to open that user's full view."));
    m_changes->setObjectName(QStringLiteral("fleetChanges"));
    m_changes->setMaximumHeight(180);
    m_changes->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_scan);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    auto *second = new QHBoxLayout;
    second->addWidget(m_status, 1);
    second->addWidget(m_save);
    second->addWidget(m_compare);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_busy);
    filters->addWidget(m_problemsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes);
    layout->addWidget(m_bars);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_scan, &QPushButton::clicked, this, &FleetPanel::scan);
    connect(m_cancel, &QPushButton::clicked, m_scanner, &FleetScanner::cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save fleet"), QStringLiteral("fleet.json"), tr("Fleet snapshots (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveSnapshot(path, &error))
            QMessageBox::warning(this, tr("Save failed"), error);
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a saved fleet"),
                                                          {}, tr("Fleet snapshots (*.json)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FleetSortFilterModel::setText);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &FleetSortFilterModel::setProblemsOnly);
    connect(m_proxy, &FleetSortFilterModel::busyChanged, m_busy, &QLabel::setVisible);
    connect(m_scanner, &FleetScanner::progressed, this, &FleetPanel::showProgress);
    connect(m_scanner, &FleetScanner::probing, this,
            [this] { m_status->setText(tr("listing each server's tools once…")); });
    connect(m_scanner, &FleetScanner::finished, this, &FleetPanel::onFinished);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int u = index.data(FleetTableModel::UserIndexRole).toInt();
        const FleetUser &user = m_model->fleet().users.value(u);
        if (!user.id.isEmpty())
            Q_EMIT userActivated(CoderUser{user.id, user.username, {}, {}, {}, {}, {}});
    });
    connect(m_session, &InspectorSession::regexApplied, this, &FleetPanel::scheduleWhatIf);
    connect(m_session, &InspectorSession::resolutionChanged, this, &FleetPanel::scheduleWhatIf);
}

FleetPanel::~FleetPanel() = default;

void FleetPanel::scan()
{
    if (!m_session->isConnected()) {
        m_status->setText(tr("Connect to a deployment first."));
        return;
    }
    m_scan->setEnabled(false);
    m_status->setText(tr("listing users…"));
    QPointer<FleetPanel> self(this);
    m_session->listAllUsers(m_search->text().trimmed(),
                            [self](const QList<CoderUser> &users, const QString &error) {
                                if (!self)
                                    return;
                                if (!error.isEmpty()) {
                                    self->m_status->setText(error);
                                    self->m_scan->setEnabled(true);
                                    return;
                                }
                                self->startScan(users);
                            });
}

void FleetPanel::startScan(const QList<CoderUser> &users)
{
    if (users.isEmpty()) {
        m_status->setText(tr("No user matches."));
        m_scan->setEnabled(true);
        return;
    }
    // What the scan asks of coderd, asked before it starts (the configs' providers).
    QPointer<FleetPanel> self(this);
    m_session->source()->fetchConfigs(
        users.first().id, [self, users](const ConfigsResult &configs) {
            if (!self)
                return;
            QStringList external;
            if (configs.response)
                for (const auto &c : configs.response->externalAuthMcpConfigs)
                    if (c)
                        external << c->id;
            FleetReport::CostOptions options;
            options.probe = true;
            const QString cost = FleetReport::cost(int(users.size()), external,
                                                   self->m_session->usesGateway(), options);
            const bool go = self->m_confirm ? self->m_confirm(cost)
                                            : QMessageBox::question(self, tr("Scan the fleet?"),
                                                                    cost) == QMessageBox::Yes;
            if (!go) {
                self->m_status->setText(tr("Not scanned."));
                self->m_scan->setEnabled(true);
                return;
            }
            FleetScanner::Setup setup = self->m_session->fleetSetup();
            setup.recordInputs = true;
            self->m_progress->setRange(0, int(users.size()));
            self->m_progress->setValue(0);
            self->m_progress->setVisible(true);
            self->m_cancel->setEnabled(true);
            self->m_scanner->start(setup, users);
        });
}

void FleetPanel::showProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    const double left = m_scanner->secondsLeft();
    m_status->setText(
        left >= 0 ? tr("%1 of %2 users, about %3 s left").arg(done).arg(total).arg(qRound(left))
                  : tr("%1 of %2 users").arg(done).arg(total));
}

void FleetPanel::onFinished()
{
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_scan->setEnabled(true);
    m_save->setEnabled(true);
    FleetResult fleet = m_scanner->result();
    const FleetEvaluation evaluation = FleetEvaluation::evaluate(fleet);
    m_model->setFleet(fleet, evaluation);
    m_bars->setFleet(fleet, evaluation);
    layout()->activate(); // the bars' new height now, not at the next layout pass
    const int missing = int(fleet.missingUsers().size());
    m_status->setText(fleet.cancelled ? tr("Cancelled: %1 user(s) not scanned.").arg(missing)
                      : missing > 0   ? tr("%1 user(s) could not be scanned.").arg(missing)
                                      : tr("Scanned %1 user(s).").arg(fleet.users.size()));
    m_view->resizeColumnToContents(FleetTableModel::UserColumn);
    refreshSummary();
    scheduleWhatIf();
}

void FleetPanel::scheduleWhatIf()
{
    if (m_model->rowCount() == 0 || m_whatIfPending)
        return;
    m_whatIfPending = true;
    // Coalesced: a burst of keystrokes evaluates once, with the latest edits.
    QTimer::singleShot(0, this, [this] {
        m_whatIfPending = false;
        const WhatIfEdits edits = m_session->fleetEdits();
        const quint64 generation = ++m_whatIfGeneration;
        if (edits.isEmpty()) {
            m_model->setImpact(std::nullopt);
            refreshSummary();
            Q_EMIT whatIfApplied();
            return;
        }
        QPointer<FleetPanel> self(this);
        // Value types only cross the thread (the scan is shared copy-on-write).
        QThreadPool::globalInstance()->start([self, generation, edits, fleet = m_model->fleet()] {
            WhatIfImpact impact = WhatIfImpact::evaluate(fleet, edits);
            QMetaObject::invokeMethod(qApp, [self, generation, impact = std::move(impact)] {
                if (!self || generation != self->m_whatIfGeneration)
                    return; // newer edits are on their way
                self->m_model->setImpact(impact);
                self->refreshSummary();
                Q_EMIT self->whatIfApplied();
            });
        });
    });
}

void FleetPanel::refreshSummary()
{
    const FleetResult &fleet = m_model->fleet();
    const FleetEvaluation &e = m_model->evaluation();
    QStringList lines;
    if (const auto &impact = m_model->impact())
        lines << tr("What if (the edits on the left): %1")
                     .arg(impact->summaryLines(fleet, 3).join(QLatin1String(" · ")));
    lines << tr("%1 user(s), %2 server(s), Coder era %3 (%4); %5 over the OpenAI API's %6-tool "
                "limit.")
                 .arg(fleet.users.size())
                 .arg(fleet.servers.size())
                 .arg(e.eraAssumed ? tr("unknown (era C's figures shown)") : CoderEra::name(e.era),
                      fleet.eraSource)
                 .arg(e.usersOverBudget)
                 .arg(Resolution::ProviderToolLimit);
    if (e.eraAssumed)
        lines << FleetReport::eraLines(fleet);
    if (e.usersWithRejectedNames > 0)
        lines << tr("%n user(s) get a tool whose injected name an LLM API refuses: each of their "
                    "requests fails with a 400.",
                    nullptr, e.usersWithRejectedNames);
    for (const int s : FleetReport::suspectValidateOutages(fleet, e))
        lines << FleetReport::outageWarning(fleet, e, s);
    for (const QString &note : fleet.notes)
        lines << note;
    QStringList listed;
    for (const FleetServer &s : fleet.servers)
        if (!s.listedBy.isEmpty())
            listed << tr("%1 with %2's token").arg(s.id, s.listedBy);
    if (!listed.isEmpty()) {
        // A line, not a paragraph: the whole list is in the tooltip.
        m_summary->setToolTip(
            tr("Tools listed once per server: %1.").arg(listed.join(QLatin1String(", "))));
        lines << tr("Tools listed once per server: %1.")
                     .arg(listed.mid(0, 3).join(QLatin1String(", ")) +
                          (listed.size() > 3 ? QStringLiteral(", …") : QString()));
    }
    if (!fleet.tokensVisible)
        lines << tr("Over the REST API other users' token status is unknown: their cells say "
                    "\"unknown\". An AI Gateway key gives coderd's exact answers.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool FleetPanel::saveSnapshot(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = FleetSnapshot::write(*m_scanner);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    m_status->setText(tr("Fleet saved to %1").arg(path));
    return true;
}

void FleetPanel::compareWith(const QString &path)
{
    QString error;
    auto old = FleetSnapshot::readFile(path, &error);
    if (!old) {
        m_status->setText(error);
        return;
    }
    // The saved fleet goes through the same scanner, offline, so both speak alike.
    auto *replay = new FleetReplay(this);
    connect(replay, &FleetReplay::finished, this, [this, replay](const FleetResult &before) {
        const FleetComparison c = FleetComparison::compare(before, m_model->fleet());
        m_changes->setComparison(c);
        m_changes->setVisible(true);
        m_status->setText(c.summaryLines().value(1));
        replay->deleteLater();
        Q_EMIT compared();
    });
    replay->start(*old);
}
