// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/FleetTableModel.h"

#include <QColor>

// One colour per fleet cell class, shared by the matrix and the bars so the legend holds
// for both. Light fills: the cell's text stays readable on every one.
class FleetColors
{
public:
    static QColor fill(FleetTableModel::CellClass c);
    static QString label(FleetTableModel::CellClass c);
};
