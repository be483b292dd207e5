// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

// Draws a status icon beside the text (ServerTableModel::StatusRole), and in tool
// names the spans the allow (green) and deny (red) regexes match. Colour is never
// the only signal: icons differ in shape and the text says the status.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QIcon iconFor(int status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
