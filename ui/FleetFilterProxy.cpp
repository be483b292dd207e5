// SPDX-License-Identifier: Apache-2.0
#include "FleetFilterProxy.h"

#include "models/FleetTableModel.h"

FleetFilterProxy::FleetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTableModel::SortRole);
}

void FleetFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void FleetFilterProxy::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool FleetFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_problemsOnly && !model->index(row, 0, parent).data(FleetTableModel::ProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(parent); ++column)
        if (model->index(row, column, parent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
