// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"
#include "fleet/WhatIfImpact.h"

#include <functional>
#include <QWidget>

class FleetBars;
class FleetSortFilterModel;
class FleetScanner;
class FleetTableModel;
class InspectorSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class FleetChangesTable;

// The Fleet tab: every user at once over the session's connection. The matrix (users ×
// servers, colour-coded, sortable, filterable) over FleetTableModel, a stacked bar per
// server, a summary that leads with the what-if. The window's regex edits, era choice and
// client tools re-evaluate the whole fleet live, off the UI thread. A cell opens that
// user's full view (userActivated).
class FleetPanel : public QWidget
{
    Q_OBJECT
public:
    FleetPanel(InspectorSession *session, QWidget *parent = nullptr);
    ~FleetPanel() override;

    FleetTableModel *model() const { return m_model; }
    FleetScanner *scanner() const { return m_scanner; }
    FleetBars *bars() const { return m_bars; }
    FleetSortFilterModel *viewModel() const { return m_proxy; }
    // Tests answer the cost question through this hook instead of a modal box.
    void setConfirmHook(std::function<bool(const QString &)> hook) { m_confirm = std::move(hook); }
    void scan();
    bool saveSnapshot(const QString &path, QString *error);
    void compareWith(const QString &path);
    // Re-evaluates the what-if from the session's edits (coalesced, on a worker thread).
    void scheduleWhatIf();

Q_SIGNALS:
    void userActivated(const CoderUser &user);
    void whatIfApplied();
    void compared();

private:
    void startScan(const QList<CoderUser> &users);
    void onFinished();
    void showProgress(int done, int total);
    void refreshSummary();

    InspectorSession *m_session;
    FleetScanner *m_scanner;
    FleetTableModel *m_model;
    FleetSortFilterModel *m_proxy;
    FleetBars *m_bars;
    QLineEdit *m_search;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QPushButton *m_compare;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QLabel *m_busy;
    QTableView *m_view;
    FleetChangesTable *m_changes;
    std::function<bool(const QString &)> m_confirm;
    quint64 m_whatIfGeneration = 0;
    bool m_whatIfPending = false;
};
