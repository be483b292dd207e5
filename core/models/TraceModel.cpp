// SPDX-License-Identifier: Apache-2.0
#include "TraceModel.h"

void TraceModel::setTrace(const QList<TraceEntry> &trace)
{
    beginResetModel();
    m_trace = trace;
    endResetModel();
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trace.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceEntry &e = m_trace.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn:
            return TraceEntry::levelName(e.level);
        case StepColumn:
            return e.step;
        case ServerColumn:
            return e.serverId;
        case MessageColumn:
            return e.message;
        case LoggedColumn:
            return e.serverLogs ? tr("coderd logs this") : tr("inspector only");
        }
        return {};
    case Qt::ToolTipRole:
        return e.message;
    case LevelRole:
        return int(e.level);
    case ServerRole:
        return e.serverId;
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case StepColumn:
        return tr("Step");
    case ServerColumn:
        return tr("Server");
    case MessageColumn:
        return tr("Message");
    case LoggedColumn:
        return tr("Where");
    }
    return {};
}
