// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observe/LogExplainer.h"

#include <QAbstractTableModel>

// Explained log records for the window's table: line, step, server, explanation, what to
// do, upstream file. KnownRole tells the view which to grey (core has no colours).
class LogExplanationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        StepColumn,
        ServerColumn,
        ExplanationColumn,
        ActionColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { KnownRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<LogExplanation> &rows);
    const QList<LogExplanation> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LogExplanation> m_rows;
};
