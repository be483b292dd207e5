// SPDX-License-Identifier: Apache-2.0
#include "FleetHistoryModel.h"

void FleetHistoryModel::setSummaries(QList<FleetSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    m_servers.clear();
    for (const FleetSummary &s : std::as_const(m_summaries))
        for (const FleetSummary::Server &server : s.servers)
            if (!m_servers.contains(server.id))
                m_servers << server.id;
    endResetModel();
}

int FleetHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int FleetHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstServerColumn + int(m_servers.size());
}

QVariant FleetHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_summaries.size())
        return {};
    const FleetSummary &s = m_summaries.at(index.row());
    if (role == SnapshotPathRole)
        return s.snapshotFile;
    const int column = index.column();
    if (column >= FirstServerColumn) {
        const FleetSummary::Server *server =
            s.server(m_servers.value(column - FirstServerColumn));
        if (!server)
            return role == Qt::DisplayRole ? tr("absent") : QVariant();
        const auto n = [&](FleetTokenClass c) {
            return server->tokens[int(c)];
        };
        if (role == SortRole)
            return n(FleetTokenClass::Ok) + n(FleetTokenClass::NotNeeded);
        if (role == Qt::DisplayRole)
            return tr("%1 ok · %2 expired · %3 not linked · %4 error")
                .arg(n(FleetTokenClass::Ok) + n(FleetTokenClass::NotNeeded))
                .arg(n(FleetTokenClass::Expired))
                .arg(n(FleetTokenClass::NotLinked))
                .arg(n(FleetTokenClass::OtherError));
        if (role == Qt::ToolTipRole && server->suspectOutage)
            return tr("Every linked user's token read invalid in this scan: possibly the "
                      "provider's validate endpoint (see coderd's WARN with error=).");
        return {};
    }
    switch (column) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return s.scannedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                   (s.partial ? tr(" (partial)") : QString());
        if (role == SortRole)
            return s.scannedAt.toMSecsSinceEpoch();
        if (role == Qt::ToolTipRole)
            return s.scannedAt.toUTC().toString(Qt::ISODateWithMs);
        return {};
    case ScannedColumn:
        if (role == Qt::DisplayRole)
            return s.missing > 0 ? tr("%1 of %2").arg(s.scanned).arg(s.users)
                                 : QString::number(s.scanned);
        if (role == SortRole)
            return s.scanned;
        return {};
    case OverBudgetColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.overBudget;
        return {};
    case NewProblemsColumn:
        if (role == Qt::DisplayRole)
            return s.newProblems < 0 ? tr("not compared") : QString::number(s.newProblems);
        if (role == SortRole)
            return s.newProblems;
        return {};
    default:
        return {};
    }
}

QVariant FleetHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Scanned at");
    case ScannedColumn:
        return tr("Users");
    case OverBudgetColumn:
        return tr("Over the OpenAI limit");
    case NewProblemsColumn:
        return tr("New problems");
    default:
        return m_servers.value(section - FirstServerColumn);
    }
}
