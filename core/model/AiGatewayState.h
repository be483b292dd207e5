// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Who can use AI Bridge on a deployment. Every /api/v2/aibridge/* and /ai-gateway/*
// route sits behind the AI Gateway entitlement (enterprise/coderd RequireFeatureMW), and
// coderd answers the same 403 "AI Gateway is a Premium feature. Contact sales!" whether
// the licence lacks the feature or the feature is switched off by configuration. The
// entitlements tell them apart (v2.35.1): features.aibridge.enabled is the config's
// CODER_AI_GATEWAY_ENABLED (enterprise/coderd/coderd.go featureArguments) and is forced
// false when the entitlement is not_entitled (enterprise/coderd/license/license.go).
// Coder Agents chats use coderd's in-process bridge whenever the config enables it,
// whatever the licence (cli/server.go: "regardless of license entitlement").
struct AiGatewayState
{
    enum class State { Unknown, Enabled, Disabled, NotLicensed, NotInBuild };

    State state = State::Unknown;
    QString detail;
    // CODER_AI_GATEWAY_ENABLED as the deployment config shows it (ai.bridge.enabled);
    // unset when the config could not be read.
    std::optional<bool> configEnabled;
    QStringList problems; // entitlement errors and warnings about AI Gateway / MCP

    // GET /api/v2/entitlements: its HTTP status (0 when unreachable), its body, and the
    // deployment config's ai.bridge.enabled when known.
    static AiGatewayState fromEntitlements(int httpStatus, const QJsonObject &body,
                                           std::optional<bool> configEnabled,
                                           const QString &errorText = {});
    static QString name(State state); // "enabled", "disabled", "not-licensed", …
    bool externalClientsRefused() const
    {
        return state == State::Disabled || state == State::NotLicensed ||
               state == State::NotInBuild;
    }
    // Does coderd run its in-process bridge (Agents chats)? Unknown: nullopt.
    std::optional<bool> inProcessBridge() const;
    QString summary() const; // one line for the text output and the window's banner
    QJsonObject toJson() const;
};
