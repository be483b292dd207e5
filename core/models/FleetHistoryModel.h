// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleet/FleetSummary.h"

#include <QAbstractTableModel>

// The History view's table: one row per saved scan (oldest first), from the summaries
// beside the snapshots (FleetHistory), so a year of scans loads without reading a
// snapshot. Columns: when, users scanned, over the limit, new problems, then one per
// server with its users per token status. The trend picture draws the same rows.
class FleetHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ScannedColumn, OverBudgetColumn, NewProblemsColumn, FirstServerColumn };
    enum Role { SnapshotPathRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSummaries(QList<FleetSummary> summaries);
    const QList<FleetSummary> &summaries() const { return m_summaries; }
    // Every server id seen in any scan, in first-seen order.
    const QStringList &servers() const { return m_servers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FleetSummary> m_summaries;
    QStringList m_servers;
};
