// SPDX-License-Identifier: Apache-2.0
#include "FleetColors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QWidget>

QColor FleetColors::fill(FleetTableModel::CellClass c)
{
    using C = FleetTableModel::CellClass;
    switch (c) {
    case C::Ok:
        return QColor(0xcf, 0xea, 0xd6);
    case C::Expired:
        return QColor(0xff, 0xe3, 0x9a);
    case C::NotLinked:
        return QColor(0xd6, 0xdf, 0xea);
    case C::OtherError:
        return QColor(0xf4, 0xbf, 0xc5);
    case C::Dropped:
        return QColor(0xe8, 0x9c, 0xa5);
    case C::Unknown:
        return QColor(0xe6, 0xe6, 0xe6);
    case C::None:
    case C::Absent:
        break;
    }
    return {};
}

QString FleetColors::label(FleetTableModel::CellClass c)
{
    using C = FleetTableModel::CellClass;
    switch (c) {
    case C::Ok:
        return QCoreApplication::translate("FleetColors", "ok");
    case C::Expired:
        return QCoreApplication::translate("FleetColors", "expired");
    case C::NotLinked:
        return QCoreApplication::translate("FleetColors", "not linked");
    case C::OtherError:
        return QCoreApplication::translate("FleetColors", "other error");
    case C::Dropped:
        return QCoreApplication::translate("FleetColors", "dropped");
    case C::Unknown:
        return QCoreApplication::translate("FleetColors", "unknown");
    case C::None:
    case C::Absent:
        break;
    }
    return {};
}

const QList<FleetTableModel::CellClass> &FleetColors::tokenOrder()
{
    using C = FleetTableModel::CellClass;
    static const QList<C> order{C::Ok, C::Expired, C::NotLinked, C::OtherError, C::Unknown};
    return order;
}

void FleetColors::drawLegend(QPainter &p, const QWidget &widget, int x, int height)
{
    for (const FleetTableModel::CellClass c : tokenOrder()) {
        p.fillRect(QRect(x, (height - 12) / 2, 12, 12), fill(c));
        p.setPen(widget.palette().color(QPalette::Text));
        const QString text = label(c);
        p.drawText(QRect(x + 16, 0, 200, height), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += 16 + widget.fontMetrics().horizontalAdvance(text) + 16;
    }
}
