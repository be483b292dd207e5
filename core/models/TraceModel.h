// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resolve/TraceEntry.h"

#include <QAbstractTableModel>

// The resolver's decisions in order; ServerRole and LevelRole feed the filters.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LevelColumn, StepColumn, ServerColumn, MessageColumn, LoggedColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, ServerRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTrace(const QList<TraceEntry> &trace);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TraceEntry> m_trace;
};
