// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/CoderEra.h"
#include "model/AccessTokensResponse.h"
#include "model/ConnectionFlags.h"
#include "model/McpTool.h"
#include "model/ServerConfigsResponse.h"

#include <QHash>
#include <QList>

// Everything one resolution needs, as recorded in a snapshot file:
// { "user": {"id","username"}, "sessionKey": bool,
//   "configs": <GetMCPServerConfigsResponse> | {"error": "…"},
//   "tokens": <GetMCPServerAccessTokensBatchResponse> | {"error": "…"} | null,
//   "tools": { "<server id>": [ {"name","title","description","inputSchema"} ] } }
struct Snapshot
{
    QString userId;
    QString username;
    bool sessionKey = true;
    ConfigsResult configs;
    TokensResult tokens;
    QHash<QString, QList<McpTool>> tools;
    ConnectionFlags connection; // "connection": the checks relaxed when it was recorded
    // "coderEra": "A" | "B" | "C", and "coderVersion": the build's version, when known.
    CoderEra::Era era = CoderEra::Era::Unknown;
    QString coderVersion;
};
