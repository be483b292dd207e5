// SPDX-License-Identifier: Apache-2.0
#include "ResolvedServer.h"

QString ResolvedServer::kindName(Kind kind)
{
    return kind == Kind::Coder ? QStringLiteral("coder") : QStringLiteral("external");
}

QString ResolvedServer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Proxied:
        return QStringLiteral("proxied");
    case Outcome::Dropped:
        return QStringLiteral("dropped");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString ResolvedServer::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::NoSessionKey:
        return QStringLiteral("no-session-key");
    case Reason::TokenError:
        return QStringLiteral("token-error");
    case Reason::NoToken:
        return QStringLiteral("no-token");
    case Reason::RegexCompile:
        return QStringLiteral("regex-compile");
    case Reason::EmptyConfig:
        return QStringLiteral("empty-config");
    case Reason::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

QString ResolvedServer::tokenStatusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Ok:
        return QStringLiteral("ok");
    case TokenStatus::Error:
        return QStringLiteral("error");
    case TokenStatus::Missing:
        return QStringLiteral("missing");
    case TokenStatus::NotNeeded:
        return QStringLiteral("not-needed");
    case TokenStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}
