// SPDX-License-Identifier: Apache-2.0
#include "AiGatewayState.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AiGatewayState", text);
}
} // namespace

AiGatewayState AiGatewayState::fromEntitlements(int httpStatus, const QJsonObject &body,
                                                std::optional<bool> configEnabled,
                                                const QString &errorText)
{
    AiGatewayState s;
    s.configEnabled = configEnabled;
    if (httpStatus == 404) {
        // Only enterprise/coderd serves /entitlements: an AGPL build has no AI Gateway
        // routes at all (cli/server.go: "in AGPL builds it does not exist at all").
        s.state = State::NotInBuild;
        s.detail = tr("this build has no AI Gateway routes (GET /api/v2/entitlements answers "
                      "404: not an enterprise build)");
        return s;
    }
    if (httpStatus != 200) {
        s.detail = tr("the entitlements could not be read: %1")
                       .arg(errorText.isEmpty() ? tr("HTTP %1").arg(httpStatus) : errorText);
        return s;
    }
    // codersdk.Entitlements: features map, errors and warnings (deployment.go, v2.35.1).
    for (const char *list : {"errors", "warnings"})
        for (const QJsonValue &v : body.value(QLatin1String(list)).toArray()) {
            const QString text = v.toString();
            if (text.contains(QLatin1String("AI Gateway"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("AI Bridge"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("external auth"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("MCP"), Qt::CaseInsensitive))
                s.problems << text;
        }
    const QJsonObject features = body.value(QLatin1String("features")).toObject();
    if (!features.contains(QLatin1String("aibridge"))) {
        s.state = State::NotInBuild;
        s.detail = tr("the entitlements name no \"aibridge\" feature: this build predates AI "
                      "Bridge");
        return s;
    }
    const QJsonObject f = features.value(QLatin1String("aibridge")).toObject();
    const QString entitlement = f.value(QLatin1String("entitlement")).toString();
    const bool enabled = f.value(QLatin1String("enabled")).toBool();
    if (entitlement == QLatin1String("not_entitled")) {
        s.state = State::NotLicensed;
        s.detail = tr("the licence lacks the AI Gateway feature (entitlement not_entitled)");
    } else if (!enabled) {
        s.state = State::Disabled;
        s.detail = tr("licensed (%1), but switched off: CODER_AI_GATEWAY_ENABLED is false")
                       .arg(entitlement);
        s.configEnabled = false;
    } else if (entitlement == QLatin1String("entitled") ||
               entitlement == QLatin1String("grace_period")) {
        s.state = State::Enabled;
        s.detail = entitlement == QLatin1String("grace_period")
                       ? tr("licensed (grace period: the licence is past its term) and enabled")
                       : tr("licensed and enabled");
        s.configEnabled = true;
    } else {
        s.detail = tr("unrecognised entitlement \"%1\"").arg(entitlement);
    }
    return s;
}

QString AiGatewayState::name(State state)
{
    switch (state) {
    case State::Enabled:
        return QStringLiteral("enabled");
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::NotLicensed:
        return QStringLiteral("not-licensed");
    case State::NotInBuild:
        return QStringLiteral("not-in-build");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<bool> AiGatewayState::inProcessBridge() const
{
    if (state == State::Enabled)
        return true;
    if (state == State::Disabled)
        return false;
    return configEnabled; // not licensed / AGPL: it runs when the config enables it
}

QString AiGatewayState::summary() const
{
    QString line;
    switch (state) {
    case State::Enabled:
        line = tr("AI Gateway: %1; external clients (Claude Code, Cursor …) and Coder Agents "
                  "chats get this prediction.")
                   .arg(detail);
        break;
    case State::Unknown:
        line = tr("AI Gateway: unknown (%1); whether external clients are accepted is not "
                  "known.")
                   .arg(detail);
        break;
    case State::Disabled:
    case State::NotLicensed:
    case State::NotInBuild: {
        line = tr("AI Gateway: %1. External clients (Claude Code, Cursor, anything pointed at "
                  "/api/v2/aibridge) are refused on this deployment.")
                   .arg(detail);
        const std::optional<bool> chats = inProcessBridge();
        if (chats == true)
            line += tr(" Coder Agents chats still use coderd's in-process bridge "
                       "(CODER_AI_GATEWAY_ENABLED is on): the prediction below is theirs.");
        else if (chats == false)
            line += tr(" Coder Agents chats get no bridge either (CODER_AI_GATEWAY_ENABLED is "
                       "off): nothing injects these tools.");
        else
            line += tr(" Coder Agents chats use coderd's in-process bridge if "
                       "CODER_AI_GATEWAY_ENABLED is on, which this tool cannot see.");
        break;
    }
    }
    for (const QString &p : problems)
        line += QLatin1Char(' ') + tr("coderd reports: %1").arg(p);
    return line;
}

QJsonObject AiGatewayState::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), name(state)},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("externalClientsRefused"),
                   state == State::Unknown ? QJsonValue() : QJsonValue(externalClientsRefused())}};
    const std::optional<bool> chats = inProcessBridge();
    o.insert(QStringLiteral("agentsChatsBridge"), chats ? QJsonValue(*chats) : QJsonValue());
    if (!problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    return o;
}
