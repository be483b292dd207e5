// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"

#include <QAbstractListModel>

// Users found by a search, page by page ("load more" appends).
class UserListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { UserIdRole = Qt::UserRole + 1, UsernameRole, StatusRole };

    using QAbstractListModel::QAbstractListModel;

    void setUsers(const QList<CoderUser> &users, int total);
    void appendUsers(const QList<CoderUser> &users, int total);
    const CoderUser &user(int row) const { return m_users.at(row); }
    int total() const { return m_total; }
    bool canLoadMore() const { return m_users.size() < m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<CoderUser> m_users;
    int m_total = 0;
};
