// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observe/ObservedComparison.h"

#include <QAbstractTableModel>

// The Observed tab's table: per tool and server, the verdict against the prediction, how
// often it was called, when last (relative, the local time as tooltip) and the invocation
// error. KindRole carries the verdict for the view's icon; SortRole sorts numerically.
class ObservedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ToolColumn,
        ServerColumn,
        VerdictColumn,
        CallsColumn,
        LastCallColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { KindRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const ObservedComparison &comparison, const QDateTime &now);
    const ObservedComparison &comparison() const { return m_comparison; }
    // "12 min ago", "3 h ago", "2 days ago"
    static QString relative(const QDateTime &then, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ObservedComparison m_comparison;
    QDateTime m_now;
};
