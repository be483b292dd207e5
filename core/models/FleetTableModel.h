// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleet/WhatIfImpact.h"

#include <QAbstractTableModel>

// The fleet matrix: a row per user, a column per server after the user's figures. Cells
// are computed from the scan and its evaluation when asked, so 10 000 rows cost nothing
// until seen. CellClassRole tells the view the colour (a CellClass), SortRole sorts
// numerically, ProblemRole marks a row with a server not proxied or over budget.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, InjectedColumn, BudgetColumn, WhatIfColumn, FirstServerColumn };
    enum Role { CellClassRole = Qt::UserRole + 1, SortRole, ProblemRole, UserIndexRole };
    enum class CellClass { None, Ok, Expired, NotLinked, OtherError, Unknown, Dropped, Absent };

    using QAbstractTableModel::QAbstractTableModel;

    void setFleet(const FleetResult &fleet, const FleetEvaluation &evaluation);
    // The what-if's gains and losses per user; the Δ column and the counts follow it.
    void setImpact(std::optional<WhatIfImpact> impact);
    const FleetResult &fleet() const { return m_fleet; }
    const FleetEvaluation &evaluation() const { return m_evaluation; }
    const std::optional<WhatIfImpact> &impact() const { return m_impact; }
    int serverOfColumn(int column) const { return column - FirstServerColumn; }
    static CellClass cellClass(const FleetCell &cell);
    bool hasProblem(int user) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(const FleetUser &user, int server) const;
    static QString tokenClassLabel(FleetTokenClass c);

    FleetResult m_fleet;
    FleetEvaluation m_evaluation;
    std::optional<WhatIfImpact> m_impact;
};
