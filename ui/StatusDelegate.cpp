// SPDX-License-Identifier: Apache-2.0
#include "StatusDelegate.h"

#include "models/ServerTableModel.h"
#include "models/ToolTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

QIcon StatusDelegate::iconFor(int status)
{
    switch (status) {
    case ServerTableModel::StatusOk:
        return QIcon(QStringLiteral(":/icons/ok.svg"));
    case ServerTableModel::StatusWarning:
        return QIcon(QStringLiteral(":/icons/warning.svg"));
    case ServerTableModel::StatusError:
        return QIcon(QStringLiteral(":/icons/error.svg"));
    case ServerTableModel::StatusBusy:
        return QIcon(QStringLiteral(":/icons/busy.svg"));
    default:
        return QIcon(QStringLiteral(":/icons/unknown.svg"));
    }
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Models answer StatusRole only for the cells that carry a status.
    const QVariant status = index.data(ServerTableModel::StatusRole);
    if (status.isValid()) {
        option->icon = iconFor(status.toInt());
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant allow = index.data(ToolTableModel::AllowSpanRole);
    const QVariant deny = index.data(ToolTableModel::DenySpanRole);
    if (index.column() != ToolTableModel::ToolColumn || (!allow.isValid() && !deny.isValid())) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter);

    // Matched spans as underlined, tinted runs; the palette's text colour elsewhere.
    QList<QTextLayout::FormatRange> formats;
    const auto addSpan = [&](const QVariant &span, const QColor &colour) {
        if (!span.isValid())
            return;
        QTextLayout::FormatRange range;
        range.start = span.toPoint().x();
        range.length = span.toPoint().y();
        range.format.setBackground(colour);
        range.format.setFontUnderline(true);
        formats << range;
    };
    addSpan(allow, QColor(46, 125, 50, 70));
    addSpan(deny, QColor(198, 40, 40, 90));
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(opt.rect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    const QRect textRect = opt.rect.adjusted(4, 0, -4, 0);
    layout.draw(painter,
                QPointF(textRect.left(), textRect.top() + (textRect.height() - line.height()) / 2));
    painter->restore();
}
