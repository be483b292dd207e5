// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"
#include "fleet/FleetComparison.h"
#include "models/FleetHistoryModel.h"

#include <QPointer>
#include <QWidget>

class ElidedLabel;
class FleetChangesTable;
class FleetReplay;
class QScrollArea;
class HistoryTrend;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

// The watch's history (fleet --history DIR, the systemd timer's folder): every saved scan
// as a row over FleetHistoryModel, each server's token statuses over time as a trend,
// and any two scans compared, problems first; a double-click on a user opens them.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // Reads the folder's summaries (not the snapshots): fast for a year of scans.
    void setFolder(const QString &dir);
    QString folder() const { return m_dir; }
    // Compares two rows (older first, whichever order given); asynchronous.
    void compareRows(int a, int b);
    const FleetHistoryModel *model() const { return m_model; }
    const std::optional<FleetComparison> &comparison() const { return m_comparison; }

Q_SIGNALS:
    void userActivated(const CoderUser &user);
    void loaded();
    void compared();

private:
    void showComparison();
    void updateCompareButton();

    FleetHistoryModel *m_model;
    HistoryTrend *m_trend;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_reload;
    QPushButton *m_compare;
    ElidedLabel *m_status;
    QScrollArea *m_trendArea = nullptr;
    QTableView *m_scans;
    FleetChangesTable *m_changes;
    QString m_dir;
    std::optional<FleetComparison> m_comparison;
    quint64 m_generation = 0;
    QPointer<FleetReplay> m_before;
    QPointer<FleetReplay> m_after;
};
