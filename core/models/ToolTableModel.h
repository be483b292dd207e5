// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resolve/Resolution.h"

#include <QAbstractTableModel>

// Every known tool of every server, flattened: raw name, server, verdict with its
// reason, and the name the model sees. A regex edit keeps the rows and only changes
// verdicts, so views keep their selection and scroll position.
class ToolTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static QString verdictLabel(ToolVerdict verdict);
    enum Column {
        ToolColumn,
        ServerColumn,
        VerdictColumn,
        InjectedNameColumn,
        ReasonColumn,
        DescriptionColumn,
        ColumnCount
    };
    // Past ServerTableModel's roles, so one delegate can serve both views.
    enum Role { ServerIndexRole = Qt::UserRole + 10, VerdictRole, AllowSpanRole, DenySpanRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setResolution(const Resolution &resolution);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int server;
        int tool;
    };
    QList<Row> m_rows;
    Resolution m_resolution;
};
