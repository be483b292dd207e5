// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleet/FleetComparison.h"

#include <QTableWidget>

// A comparison of two scans as a table, problems first: user, what changed, tools lost,
// tools gained. The Fleet tab's "Compare with a saved fleet…" and the History view show
// the same rows.
class FleetChangesTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit FleetChangesTable(QWidget *parent = nullptr);
    void setComparison(const FleetComparison &comparison);
};
