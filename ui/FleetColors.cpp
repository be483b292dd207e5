// SPDX-License-Identifier: Apache-2.0
#include "FleetColors.h"

#include <QCoreApplication>

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
