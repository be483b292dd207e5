// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetResult.h"
#include "model/CoderEra.h"
#include "resolve/RegexEdits.h"

#include <optional>
#include <QHash>
#include <QJsonObject>

// Proposed changes to the whole fleet, none deployed: regexes per server, the Coder
// era (an upgrade), the client's own tool count. The file form (README "What-if files"):
//   {"servers": {"<id>": {"allow": "…", "deny": "…"}}, "era": "A|B|C", "clientTools": N}
// Every key is optional; a server's missing key keeps its deployed regex.
struct WhatIfEdits
{
    struct ServerEdit
    {
        std::optional<QString> allow;
        std::optional<QString> deny;
    };
    QHash<QString, ServerEdit> servers;
    std::optional<CoderEra::Era> era;
    std::optional<int> clientTools;

    bool isEmpty() const { return servers.isEmpty() && !era && !clientTools; }
    // The regexes a server ends with: the deployed ones where the edit is silent.
    RegexEdit regexFor(const QString &id, const QString &allow, const QString &deny) const;
    static std::optional<WhatIfEdits> fromJson(const QByteArray &json, QString *error);
    static std::optional<WhatIfEdits> readFile(const QString &path, QString *error);
    QJsonObject toJson() const;
    // Why these edits cannot apply to `fleet`, or "": a server it does not have, or the
    // Coder MCP server, which has no regex setting in coderd
    // (coderd/aibridgedserver/aibridgedserver.go getCoderMCPServerConfig).
    QString refusalFor(const FleetResult &fleet) const;
};
