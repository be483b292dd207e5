// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secrets/Secret.h"

#include <optional>
#include <QMap>
#include <QString>

// proto.GetMCPServerAccessTokensBatchResponse. coderd only ever puts three strings
// into errors: "no MCP config found", "expired or invalid OAuth2 token",
// "no external auth link found" (coderd/aibridgedserver).
struct AccessTokensResponse
{
    QMap<QString, Secret> accessTokens;
    QMap<QString, QString> errors;
};

// Answer to GetMCPServerAccessTokensBatch. Go's client may hand back an error, a nil
// response, or both; the factory handles each, so we keep them apart.
struct TokensResult
{
    std::optional<AccessTokensResponse> response;
    QString error;
    // Set by sources that cannot see token status (another user over REST): the
    // resolver then reports "unknown" with this reason instead of a decision.
    QString unknownReason;
    // How far the source's token status can be trusted, said beside it (REST: the
    // endpoint refreshes tokens, AI Bridge never does).
    QString caveat;
    // The call never got coderd's answer (our connection failed or timed out): not what
    // AI Bridge would meet, so a fleet scan asks again rather than record it.
    bool transportFailed = false;
};
