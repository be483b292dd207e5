// SPDX-License-Identifier: Apache-2.0
#include "LogFilterProxy.h"

#include "models/LogExplanationModel.h"

#include <QColor>

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

QVariant LogFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole &&
        !QSortFilterProxyModel::data(index, LogExplanationModel::KnownRole).toBool())
        return QColor(Qt::gray);
    return QSortFilterProxyModel::data(index, role);
}
