// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// codersdk.User, the fields this tool shows.
struct CoderUser
{
    QString id;
    QString username;
    QString name;
    QString email;
    QString status; // active, suspended, dormant
    QStringList roles;
    QString lastSeenAt;

    bool isOwner() const { return roles.contains(QStringLiteral("owner")); }
    static CoderUser fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct CoderUserPage
{
    QList<CoderUser> users;
    int count = 0; // all matches, for paging
};
