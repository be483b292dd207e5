// SPDX-License-Identifier: Apache-2.0
#include "UserListModel.h"

void UserListModel::setUsers(const QList<CoderUser> &users, int total)
{
    beginResetModel();
    m_users = users;
    m_total = total;
    endResetModel();
}

void UserListModel::appendUsers(const QList<CoderUser> &users, int total)
{
    m_total = total;
    if (users.isEmpty())
        return;
    beginInsertRows({}, int(m_users.size()), int(m_users.size() + users.size()) - 1);
    m_users += users;
    endInsertRows();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoderUser &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text =
            u.name.isEmpty() ? u.username : QStringLiteral("%1 — %2").arg(u.username, u.name);
        if (u.status != QLatin1String("active") && !u.status.isEmpty())
            text += tr(" (%1)").arg(u.status);
        return text;
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(u.email, u.roles.join(QLatin1String(", ")), u.id);
    case UserIdRole:
        return u.id;
    case UsernameRole:
        return u.username;
    case StatusRole:
        return u.status;
    default:
        return {};
    }
}
