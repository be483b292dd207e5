// SPDX-License-Identifier: Apache-2.0
#include "ToolFilterProxy.h"

#include "models/ToolTableModel.h"

void ToolFilterProxy::setServerIndex(int index)
{
    m_server = index;
    invalidateRowsFilter();
}

void ToolFilterProxy::setNameFilter(const QString &text)
{
    m_name = text;
    invalidateRowsFilter();
}

bool ToolFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex tool =
        sourceModel()->index(sourceRow, ToolTableModel::ToolColumn, sourceParent);
    if (m_server >= 0 && tool.data(ToolTableModel::ServerIndexRole).toInt() != m_server)
        return false;
    return m_name.isEmpty() || tool.data().toString().contains(m_name, Qt::CaseInsensitive);
}
