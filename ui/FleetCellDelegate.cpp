// SPDX-License-Identifier: Apache-2.0
#include "FleetCellDelegate.h"

#include "FleetColors.h"

#include <QPainter>

void FleetCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QColor fill = FleetColors::fill(
        FleetTableModel::CellClass(index.data(FleetTableModel::CellClassRole).toInt()));
    if (fill.isValid() && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, fill);
    QStyledItemDelegate::paint(painter, option, index);
}
