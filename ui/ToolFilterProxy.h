// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

// Tools of one server (or all), whose name contains the filter text.
class ToolFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setServerIndex(int index); // -1: all servers
    void setNameFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_server = -1;
    QString m_name;
};
