// SPDX-License-Identifier: Apache-2.0
#include "ObservedTableModel.h"

#include <QLocale>

void ObservedTableModel::setComparison(const ObservedComparison &comparison, const QDateTime &now)
{
    beginResetModel();
    m_comparison = comparison;
    m_now = now;
    endResetModel();
}

QString ObservedTableModel::relative(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("unknown");
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n days ago", nullptr, int(seconds / 86400));
}

int ObservedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ObservedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObservedComparison::Row &r = m_comparison.rows.at(index.row());
    if (role == KindRole)
        return int(r.kind);
    if (role == SortRole) {
        if (index.column() == CallsColumn)
            return r.calls;
        if (index.column() == LastCallColumn)
            return r.lastCall;
        if (index.column() == VerdictColumn)
            return int(r.kind);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && index.column() == LastCallColumn)
        return QLocale().toString(r.lastCall.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == ServerColumn)
        return r.serverUrl;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ToolColumn:
        return r.tool;
    case ServerColumn:
        return r.serverId.isEmpty() ? r.serverUrl : r.serverId;
    case VerdictColumn:
        switch (r.kind) {
        case ObservedComparison::Kind::Unexpected:
            return tr("not predicted");
        case ObservedComparison::Kind::UnknownServer:
            return tr("unknown server");
        case ObservedComparison::Kind::Failed:
            return tr("failed");
        case ObservedComparison::Kind::Confirmed:
            return tr("as predicted");
        }
        return {};
    case CallsColumn:
        return r.calls;
    case LastCallColumn:
        return relative(r.lastCall, m_now);
    case ErrorColumn:
        return r.invocationError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ObservedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ToolColumn:
        return tr("Tool");
    case ServerColumn:
        return tr("Server");
    case VerdictColumn:
        return tr("Verdict");
    case CallsColumn:
        return tr("Calls");
    case LastCallColumn:
        return tr("Last call");
    case ErrorColumn:
        return tr("Invocation error");
    case ColumnCount:
        break;
    }
    return {};
}
