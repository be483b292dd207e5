// SPDX-License-Identifier: Apache-2.0
#include "FleetChangesTable.h"

#include "FleetColors.h"

#include <QHeaderView>

FleetChangesTable::FleetChangesTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("User"), tr("What changed"), tr("Tools lost"), tr("Tools gained")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
}

void FleetChangesTable::setComparison(const FleetComparison &c)
{
    setRowCount(int(c.changes.size()));
    for (int i = 0; i < c.changes.size(); ++i) {
        const FleetComparison::UserChange &change = c.changes.at(i);
        QStringList what;
        if (change.added)
            what << tr("new since then");
        if (change.removed)
            what << tr("no longer in the fleet");
        if (change.notScannedAfter)
            what << tr("not scanned this time, not compared");
        if (change.notScannedBefore)
            what << tr("not scanned then, not compared");
        for (const FleetComparison::ServerChange &s : change.servers)
            what << QStringLiteral("%1: %2 → %3").arg(s.server, s.before, s.after);
        const QStringList cells{change.username, what.join(QLatin1String("; ")),
                                change.toolsLost.join(QLatin1String(", ")),
                                change.toolsGained.join(QLatin1String(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (change.worse)
                item->setBackground(FleetColors::fill(FleetTableModel::CellClass::Expired));
            setItem(i, column, item);
        }
    }
    resizeColumnsToContents();
}
