// SPDX-License-Identifier: Apache-2.0
#include "HistoryPanel.h"

#include "ElidedLabel.h"
#include "FleetChangesTable.h"
#include "fleet/FleetHistory.h"
#include "fleet/FleetReplay.h"
#include "HistoryTrend.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new FleetHistoryModel(this)), m_trend(new HistoryTrend(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(tr("Choose…"), this)),
      m_reload(new QPushButton(tr("Reload"), this)),
      m_compare(new QPushButton(tr("Compare selected"), this)),
      m_status(new ElidedLabel(this)), m_scans(new QTableView(this)), m_changes(new FleetChangesTable(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_folder->setObjectName(QStringLiteral("historyFolder"));
    m_folder->setPlaceholderText(
        tr("History folder (fleet --history DIR; the timer's is ~/.local/state/"
           "aibridge-inspector/history)"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_scans->setObjectName(QStringLiteral("historyScans"));
    m_changes->setObjectName(QStringLiteral("historyChanges"));
    m_scans->setModel(m_model);
    m_scans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scans->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_scans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scans->horizontalHeader()->setStretchLastSection(true);
    m_scans->verticalHeader()->hide();
    m_trend->setModel(m_model);
    m_compare->setEnabled(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_folder, 1);
    controls->addWidget(m_browse);
    controls->addWidget(m_reload);
    controls->addWidget(m_compare);
    m_compare->setToolTip(tr("Select two scans in the table (Ctrl+click), then compare them: "
                             "per user what changed, problems first."));
    auto *trendArea = new QScrollArea(this);
    m_trendArea = trendArea;
    trendArea->setWidget(m_trend);
    trendArea->setWidgetResizable(true);
    trendArea->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(trendArea);
    split->addWidget(m_scans);
    split->addWidget(m_changes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    m_status->setFullText(tr("Pick a history folder: each scan the watch saved is a row, each "
                         "server's token statuses a strip over time."));

    connect(m_folder, &QLineEdit::returnPressed, this, [this] { setFolder(m_folder->text()); });
    connect(m_reload, &QPushButton::clicked, this, [this] { setFolder(m_folder->text()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("History folder"), m_dir);
        if (!dir.isEmpty())
            setFolder(dir);
    });
    connect(m_scans->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateCompareButton);
    connect(m_trend, &HistoryTrend::scanClicked, this, [this](int row) {
        m_scans->selectRow(row);
        m_scans->scrollTo(m_model->index(row, 0));
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_scans->selectionModel()->selectedRows();
        if (rows.size() == 2)
            compareRows(rows.at(0).row(), rows.at(1).row());
    });
    connect(m_changes, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_comparison || row < 0 || row >= m_comparison->changes.size())
            return;
        const FleetComparison::UserChange &c = m_comparison->changes.at(row);
        CoderUser user;
        user.id = c.userId;
        user.username = c.username;
        Q_EMIT userActivated(user);
    });
}

void HistoryPanel::setFolder(const QString &dir)
{
    m_dir = dir;
    if (m_folder->text() != dir)
        m_folder->setText(dir);
    int unreadable = 0;
    m_model->setSummaries(FleetHistory(dir).summaries(&unreadable));
    m_scans->resizeColumnsToContents();
    // Every strip in view when there are few; a scroll bar past about ten.
    m_trendArea->setMinimumHeight(qMin(340, m_trend->sizeHint().height() + 8));
    m_scans->scrollToBottom(); // the newest scan in view
    m_comparison.reset();
    m_changes->setRowCount(0);
    QString text = m_model->rowCount() == 0
                       ? tr("No saved scans in %1.").arg(dir)
                       : tr("%n scan(s) in %1.", nullptr, m_model->rowCount()).arg(dir);
    if (unreadable > 0)
        text += QLatin1Char(' ') + tr("%n scan(s) without a readable summary are left out.",
                                      nullptr, unreadable);
    m_status->setFullText(text);
    updateCompareButton();
    Q_EMIT loaded();
}

void HistoryPanel::updateCompareButton()
{
    m_compare->setEnabled(m_scans->selectionModel()->selectedRows().size() == 2);
}

void HistoryPanel::compareRows(int a, int b)
{
    if (a < 0 || b < 0 || a >= m_model->rowCount() || b >= m_model->rowCount() || a == b)
        return;
    if (a > b)
        std::swap(a, b); // oldest first: rows are in time order
    const QString older = m_model->summaries().at(a).snapshotFile;
    const QString newer = m_model->summaries().at(b).snapshotFile;
    const quint64 generation = ++m_generation;
    m_status->setFullText(tr("Reading the two scans…"));
    QPointer<HistoryPanel> self(this);
    // A 10 000-user snapshot takes a moment to parse: not on the UI thread.
    QThreadPool::globalInstance()->start([self, generation, older, newer] {
        QString error;
        auto before = FleetSnapshot::readFile(older, &error);
        std::optional<FleetSnapshot> after;
        if (before)
            after = FleetSnapshot::readFile(newer, &error);
        QMetaObject::invokeMethod(qApp, [self, generation, before = std::move(before),
                                         after = std::move(after), error] {
            if (!self || generation != self->m_generation)
                return;
            if (!before || !after) {
                self->m_status->setFullText(error);
                return;
            }
            // Both replayed through the same scanner, offline, so they speak alike.
            delete self->m_before;
            delete self->m_after;
            self->m_before = new FleetReplay(self);
            self->m_after = new FleetReplay(self);
            auto pending = std::make_shared<int>(2);
            const auto done = [self, generation, pending] {
                if (--*pending > 0 || !self || generation != self->m_generation ||
                    !self->m_before || !self->m_after)
                    return;
                self->m_comparison = FleetComparison::compare(self->m_before->result(),
                                                              self->m_after->result());
                self->showComparison();
            };
            connect(self->m_before, &FleetReplay::finished, self, done);
            connect(self->m_after, &FleetReplay::finished, self, done);
            self->m_before->start(*before);
            self->m_after->start(*after);
        });
    });
}

void HistoryPanel::showComparison()
{
    const FleetComparison &c = *m_comparison;
    m_changes->setComparison(c);
    // The counts and any partial-scan warning; the users are in the table below.
    QStringList lines;
    for (const QString &line : c.summaryLines())
        if (!line.startsWith(QLatin1String("  ")))
            lines << line;
    m_status->setFullText(lines.join(QLatin1Char(' ')));
    Q_EMIT compared();
}
