// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/FleetTableModel.h"

#include <QColor>

class QPainter;
class QWidget;

// One colour per fleet cell class, shared by the matrix and the bars so the legend holds
// for both. Light fills: the cell's text stays readable on every one.
class FleetColors
{
public:
    static QColor fill(FleetTableModel::CellClass c);
    static QString label(FleetTableModel::CellClass c);
    // The token classes the bars and the trend stack, in their order.
    static const QList<FleetTableModel::CellClass> &tokenOrder();
    // Colour and word per class in one row from x, `height` high: the bars and the trend
    // read without a tooltip.
    static void drawLegend(QPainter &painter, const QWidget &widget, int x, int height);
};
