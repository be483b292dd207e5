// SPDX-License-Identifier: Apache-2.0
#include "FleetTableModel.h"

#include "ServerTableModel.h"

void FleetTableModel::setFleet(const FleetResult &fleet, const FleetEvaluation &evaluation)
{
    beginResetModel();
    m_fleet = fleet;
    m_evaluation = evaluation;
    m_impact.reset();
    endResetModel();
}

void FleetTableModel::setImpact(std::optional<WhatIfImpact> impact)
{
    m_impact = std::move(impact);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, InjectedColumn), index(rowCount() - 1, WhatIfColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, WhatIfColumn, WhatIfColumn);
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fleet.users.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstServerColumn + int(m_fleet.servers.size());
}

FleetTableModel::CellClass FleetTableModel::cellClass(const FleetCell &cell)
{
    if (!cell.present)
        return CellClass::Absent;
    if (cell.outcome == ResolvedServer::Outcome::Dropped &&
        cell.reason != ResolvedServer::Reason::TokenError &&
        cell.reason != ResolvedServer::Reason::NoToken)
        return CellClass::Dropped;
    switch (cell.tokenClass) {
    case FleetTokenClass::Ok:
    case FleetTokenClass::NotNeeded:
        return cell.outcome == ResolvedServer::Outcome::Proxied ? CellClass::Ok
                                                                : CellClass::Unknown;
    case FleetTokenClass::Expired:
        return CellClass::Expired;
    case FleetTokenClass::NotLinked:
        return CellClass::NotLinked;
    case FleetTokenClass::OtherError:
        return CellClass::OtherError;
    case FleetTokenClass::Unknown:
    case FleetTokenClass::Count:
        break;
    }
    return CellClass::Unknown;
}

QString FleetTableModel::tokenClassLabel(FleetTokenClass c)
{
    switch (c) {
    case FleetTokenClass::Ok:
        return tr("ok");
    case FleetTokenClass::Expired:
        return tr("expired");
    case FleetTokenClass::NotLinked:
        return tr("not linked");
    case FleetTokenClass::OtherError:
        return tr("token error");
    case FleetTokenClass::NotNeeded:
        return tr("proxied");
    case FleetTokenClass::Unknown:
    case FleetTokenClass::Count:
        break;
    }
    return tr("unknown");
}

QString FleetTableModel::cellText(const FleetUser &user, int s) const
{
    const FleetCell &cell = user.cells.value(s);
    if (!cell.present)
        return tr("not configured");
    if (cell.outcome == ResolvedServer::Outcome::Dropped &&
        (cell.reason != ResolvedServer::Reason::TokenError &&
         cell.reason != ResolvedServer::Reason::NoToken))
        return tr("dropped: %1").arg(ServerTableModel::reasonLabel(cell.reason));
    return tokenClassLabel(cell.tokenClass);
}

bool FleetTableModel::hasProblem(int u) const
{
    const FleetUser &user = m_fleet.users.at(u);
    if (!user.scanned() || !user.error.isEmpty() || m_evaluation.overBudget(u))
        return true;
    for (const FleetCell &cell : user.cells)
        if (cell.present && cell.outcome != ResolvedServer::Outcome::Proxied)
            return true;
    return false;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int u = index.row();
    const FleetUser &user = m_fleet.users.at(u);
    const int column = index.column();
    if (role == UserIndexRole)
        return u;
    if (role == ProblemRole)
        return hasProblem(u);
    const FleetEvaluation &e = m_impact ? m_impact->after : m_evaluation;
    if (column >= FirstServerColumn) {
        const int s = serverOfColumn(column);
        switch (role) {
        case Qt::DisplayRole:
            return user.scanned() ? cellText(user, s) : QString();
        case Qt::ToolTipRole: {
            const FleetCell &cell = user.cells.value(s);
            const QString error = m_fleet.text(cell.tokenError);
            return error.isEmpty() ? cellText(user, s)
                                   : cellText(user, s) + QStringLiteral(": ") + error;
        }
        case CellClassRole:
            return user.scanned() ? int(cellClass(user.cells.value(s))) : int(CellClass::None);
        case SortRole:
            return int(cellClass(user.cells.value(s)));
        default:
            return {};
        }
    }
    switch (column) {
    case UserColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return user.username;
        if (role == Qt::ToolTipRole)
            return user.scanned() ? (user.error.isEmpty() ? user.id : user.error) : user.missing;
        if (role == CellClassRole)
            return int(user.scanned() && user.error.isEmpty() ? CellClass::None
                                                              : CellClass::OtherError);
        return {};
    case InjectedColumn:
        if (role == Qt::DisplayRole) {
            if (!user.scanned())
                return QString();
            const auto shown = [](const FleetEvaluation &ev, int row) {
                const int n = ev.injected.value(row, -1);
                return n >= 0 ? QString::number(n) : tr("≥ %1").arg(ev.injectedAtLeast.value(row));
            };
            // Under edits: deployed → edited, when they differ.
            if (m_impact && m_impact->before.injectedAtLeast.value(u) != e.injectedAtLeast.value(u))
                return shown(m_impact->before, u) + QStringLiteral(" → ") + shown(e, u);
            return shown(e, u);
        }
        if (role == SortRole)
            return e.injectedAtLeast.value(u);
        return {};
    case BudgetColumn: {
        const bool over = e.overBudget(u);
        if (role == Qt::DisplayRole)
            return !user.scanned() ? tr("not scanned") : over ? tr("over") : QString();
        if (role == SortRole)
            return int(over);
        if (role == CellClassRole)
            return int(over ? CellClass::Expired : CellClass::None);
        if (role == Qt::ToolTipRole && over)
            return tr("%1 injected + %2 with names an LLM API refuses + %3 of the client's own "
                      "> %4, the OpenAI API's limit")
                .arg(e.injectedAtLeast.value(u))
                .arg(e.rejected.value(u))
                .arg(e.clientToolCount)
                .arg(Resolution::ProviderToolLimit);
        return {};
    }
    case WhatIfColumn: {
        if (!m_impact)
            return {};
        const QStringList lost = m_impact->lost(u);
        const QStringList gained = m_impact->gained(u);
        if (role == Qt::DisplayRole) {
            if (lost.isEmpty() && gained.isEmpty())
                return QString();
            return QStringLiteral("−%1 +%2").arg(lost.size()).arg(gained.size());
        }
        if (role == SortRole)
            return int(lost.size() * 1000 + gained.size());
        if (role == Qt::ToolTipRole && !(lost.isEmpty() && gained.isEmpty()))
            return tr("Lost: %1\nGained: %2")
                .arg(lost.isEmpty() ? tr("none") : lost.join(QLatin1String(", ")),
                     gained.isEmpty() ? tr("none") : gained.join(QLatin1String(", ")));
        if (role == CellClassRole)
            return int(lost.isEmpty() ? CellClass::None : CellClass::Expired);
        return {};
    }
    default:
        return {};
    }
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case InjectedColumn:
        return tr("Tools");
    case BudgetColumn:
        return tr("OpenAI limit");
    case WhatIfColumn:
        return m_impact ? tr("What if") : tr("What if (no edits)");
    default:
        return m_fleet.servers.value(serverOfColumn(section)).id;
    }
}
