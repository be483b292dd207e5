// SPDX-License-Identifier: Apache-2.0
#include "FleetResult.h"

int FleetResult::serverIndex(const QString &id) const
{
    for (int i = 0; i < servers.size(); ++i)
        if (servers.at(i).id == id)
            return i;
    return -1;
}

int FleetResult::intern(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const auto it = m_textIndex.constFind(text);
    if (it != m_textIndex.constEnd())
        return *it;
    texts << text;
    m_textIndex.insert(text, int(texts.size() - 1));
    return int(texts.size() - 1);
}

QStringList FleetResult::missingUsers() const
{
    QStringList names;
    for (const FleetUser &u : users)
        if (!u.scanned())
            names << u.username;
    return names;
}

QString FleetResult::tokenClassName(FleetTokenClass c)
{
    switch (c) {
    case FleetTokenClass::Ok:
        return QStringLiteral("ok");
    case FleetTokenClass::Expired:
        return QStringLiteral("expired");
    case FleetTokenClass::NotLinked:
        return QStringLiteral("not-linked");
    case FleetTokenClass::OtherError:
        return QStringLiteral("other-error");
    case FleetTokenClass::NotNeeded:
        return QStringLiteral("not-needed");
    case FleetTokenClass::Unknown:
    case FleetTokenClass::Count:
        break;
    }
    return QStringLiteral("unknown");
}

FleetTokenClass FleetResult::classify(ResolvedServer::TokenStatus status, const QString &error)
{
    // coderd/aibridgedserver/aibridgedserver.go (v2.35.1): ErrExpiredOrInvalidOAuthToken,
    // ErrNoExternalAuthLinkFound. A user with no links at all gets an empty answer: the
    // resolver calls that "missing", which is "not linked" too.
    switch (status) {
    case ResolvedServer::TokenStatus::Ok:
        return FleetTokenClass::Ok;
    case ResolvedServer::TokenStatus::NotNeeded:
        return FleetTokenClass::NotNeeded;
    case ResolvedServer::TokenStatus::Missing:
        return FleetTokenClass::NotLinked;
    case ResolvedServer::TokenStatus::Unknown:
        return FleetTokenClass::Unknown;
    case ResolvedServer::TokenStatus::Error:
        if (error == QLatin1String("expired or invalid OAuth2 token"))
            return FleetTokenClass::Expired;
        if (error == QLatin1String("no external auth link found"))
            return FleetTokenClass::NotLinked;
        return FleetTokenClass::OtherError;
    }
    return FleetTokenClass::Unknown;
}

QString FleetResult::cellOutcomeName(const FleetCell &cell)
{
    if (!cell.present)
        return QStringLiteral("not-configured");
    return ResolvedServer::outcomeName(cell.outcome);
}

uint FleetResult::toolsHash(const ResolvedServer &server)
{
    uint hash = 0;
    for (const ResolvedTool &tool : server.tools)
        hash = qHash(tool.name, hash * 31 + 7);
    return server.toolsKnown ? hash | 1u : 0;
}
