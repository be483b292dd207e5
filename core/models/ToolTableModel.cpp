// SPDX-License-Identifier: Apache-2.0
#include "ToolTableModel.h"

#include "resolve/InjectedSchema.h"
#include "resolve/ToolInventory.h"
#include "ServerTableModel.h"

#include <QPoint>

void ToolTableModel::setResolution(const Resolution &resolution)
{
    QList<Row> rows;
    for (int s = 0; s < resolution.servers.size(); ++s) {
        const ResolvedServer &server = resolution.servers.at(s);
        if (!server.toolsKnown)
            continue;
        for (int t = 0; t < server.tools.size(); ++t)
            rows << Row{s, t};
    }
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
            return a.server == b.server && a.tool == b.tool;
        });
    if (sameRows) {
        m_resolution = resolution;
        if (!m_rows.isEmpty())
            // Only the columns an edit can change: views and proxies re-check less.
            Q_EMIT dataChanged(index(0, ToolColumn), index(int(m_rows.size()) - 1, ReasonColumn));
        return;
    }
    beginResetModel();
    m_resolution = resolution;
    m_rows = rows;
    endResetModel();
}

int ToolTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ToolTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToolTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ResolvedServer &server = m_resolution.servers.at(row.server);
    const ResolvedTool &tool = server.tools.at(row.tool);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ToolColumn:
            return tool.name;
        case ServerColumn:
            return server.id;
        case VerdictColumn:
            return verdictLabel(tool.verdict);
        case InjectedNameColumn:
            return tool.verdict == ToolVerdict::Injected ? tool.injectedName : QString();
        case ReasonColumn:
            return ToolInventory::reason(server, tool);
        case DescriptionColumn:
            return tool.description;
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() != DescriptionColumn)
            return ToolInventory::reason(server, tool);
        // The description goes to the model verbatim; of the schema only what Coder keeps.
        const InjectedSchema schema = InjectedSchema::of(tool.inputSchema);
        QString tip = tool.description;
        if (!schema.droppedKeys.isEmpty())
            tip += tr("\n\nNot sent to the model: %1")
                       .arg(schema.droppedKeys.join(QLatin1String(", ")));
        if (!schema.warning().isEmpty())
            tip += QLatin1String("\n") + schema.warning();
        return tip;
    }
    case ServerIndexRole:
        return row.server;
    case VerdictRole:
        return int(tool.verdict);
    case ServerTableModel::StatusRole:
        if (index.column() != VerdictColumn)
            return {};
        switch (tool.verdict) {
        case ToolVerdict::Injected:
            return int(ServerTableModel::StatusOk);
        case ToolVerdict::Denied:
        case ToolVerdict::NotAllowed:
            return int(ServerTableModel::StatusWarning);
        default:
            return int(ServerTableModel::StatusError);
        }
    case AllowSpanRole:
    case DenySpanRole: {
        const GoRegex &re = role == AllowSpanRole ? server.filter.allow() : server.filter.deny();
        const auto span = re.isEmpty() ? std::nullopt : re.matchSpan(tool.name);
        return span ? QVariant(QPoint(span->first, span->second)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ToolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ToolColumn:
        return tr("Tool");
    case ServerColumn:
        return tr("Server");
    case VerdictColumn:
        return tr("Verdict");
    case InjectedNameColumn:
        return tr("Injected as");
    case ReasonColumn:
        return tr("Why");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QString ToolTableModel::verdictLabel(ToolVerdict verdict)
{
    // The window's words; JSON and the CLI keep toolVerdictName's stable names.
    switch (verdict) {
    case ToolVerdict::Injected:
        return tr("injected");
    case ToolVerdict::Denied:
        return tr("denied");
    case ToolVerdict::NotAllowed:
        return tr("not allowed");
    case ToolVerdict::Shadowed:
        return tr("shadowed");
    case ToolVerdict::ServerDropped:
        return tr("server dropped");
    case ToolVerdict::NotListed:
        return tr("not listed");
    case ToolVerdict::InvalidName:
        return tr("breaks requests");
    }
    return {};
}
