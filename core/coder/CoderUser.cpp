// SPDX-License-Identifier: Apache-2.0
#include "CoderUser.h"

#include <QJsonArray>

CoderUser CoderUser::fromJson(const QJsonObject &object)
{
    CoderUser user;
    user.id = object.value(QLatin1String("id")).toString();
    user.username = object.value(QLatin1String("username")).toString();
    user.name = object.value(QLatin1String("name")).toString();
    user.email = object.value(QLatin1String("email")).toString();
    user.status = object.value(QLatin1String("status")).toString();
    user.lastSeenAt = object.value(QLatin1String("last_seen_at")).toString();
    for (const QJsonValue &role : object.value(QLatin1String("roles")).toArray())
        user.roles << role.toObject().value(QLatin1String("name")).toString();
    return user;
}

QJsonObject CoderUser::toJson() const
{
    QJsonArray roleArray;
    for (const QString &role : roles)
        roleArray << QJsonObject{{QStringLiteral("name"), role}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email},
            {QStringLiteral("status"), status},
            {QStringLiteral("roles"), roleArray},
            {QStringLiteral("last_seen_at"), lastSeenAt}};
}
