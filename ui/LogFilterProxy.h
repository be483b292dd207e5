// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

// The log table's filter (any column, any case) that also greys the records nobody knows.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
