// SPDX-License-Identifier: Apache-2.0
#include "LogExplanationModel.h"

void LogExplanationModel::setRows(const QList<LogExplanation> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int LogExplanationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogExplanationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogExplanation &e = m_rows.at(index.row());
    if (role == KnownRole)
        return e.known;
    if (role == Qt::ToolTipRole && index.column() == ExplanationColumn)
        return e.known ? e.explanation : e.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case LineColumn:
        return e.lines > 1 ? tr("%1–%2").arg(e.line).arg(e.line + e.lines - 1)
                           : QString::number(e.line);
    case StepColumn:
        return e.known ? e.step : tr("unknown");
    case ServerColumn:
        return e.server;
    case ExplanationColumn:
        return e.known ? e.explanation : tr("not a record this tool knows: %1").arg(e.message);
    case ActionColumn:
        return e.action;
    case SourceColumn:
        return e.source;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LogExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case StepColumn:
        return tr("Step");
    case ServerColumn:
        return tr("Server");
    case ExplanationColumn:
        return tr("Explanation");
    case ActionColumn:
        return tr("What to do");
    case SourceColumn:
        return tr("Upstream file");
    case ColumnCount:
        break;
    }
    return {};
}
