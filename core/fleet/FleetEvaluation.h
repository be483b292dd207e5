// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetResult.h"
#include "WhatIfEdits.h"

#include <array>
#include <QVector>

// The fleet's derived figures under one set of edits (none: as deployed). Configs are
// deployment-wide in coderd, so a server injects the same tools for every user it is
// proxied for: each server is classified once (RegexFilter and ToolInventory, as for
// one user), then each user adds up the servers proxied for them. 10 000 users × 200
// tools take a few milliseconds; nothing here is per tool and per user.
class FleetEvaluation
{
public:
    struct Server
    {
        QStringList injected; // injected tool ids, in the server's order
        QStringList rejected; // injected under ids an LLM API refuses (era A raw ids)
        bool toolsKnown = false;
        bool regexValid = true;
        QString regexError;
        bool stopsCoderd = false; // an external provider's regex coderd cannot compile
        bool edited = false;      // the edits change this server's regexes or the era
        QString allow;
        QString deny;
        std::array<int, int(FleetTokenClass::Count)> tokens{}; // users per token class
        int proxiedUsers = 0;
    };

    // `listsLike`: choose each user's own lists (--probe-each) exactly where an
    // evaluation under those edits would, so a baseline and an edited evaluation count
    // on the same lists (WhatIfImpact).
    static FleetEvaluation evaluate(const FleetResult &fleet, const WhatIfEdits &edits = {},
                                    const WhatIfEdits *listsLike = nullptr);

    CoderEra::Era era = CoderEra::Era::Unknown; // the era the verdicts speak for
    bool eraAssumed = false; // the fleet's era is unknown: era C's verdicts, flagged
    int clientToolCount = 0;
    QVector<Server> servers;
    QVector<int> injected;        // per user; -1 when unknown
    QVector<int> injectedAtLeast; // per user: what is known
    QVector<int> rejected;        // per user: injected tools whose names break requests
    QVector<quint64> proxiedMask; // per user: bit s = server s proxied (first 64 servers)
    QVector<bool> ownCounts;      // per server: a user's own list counts here (--probe-each)
    int usersOverBudget = 0;
    int usersWithRejectedNames = 0;
    // An edited external regex RE2 rejects: coderd refuses to start (ConvertConfig in
    // coderd/externalauth, cli/server.go aborts), so no user gets any tool.
    bool coderdStopped = false;
    QStringList serversStoppingCoderd;

    bool proxied(int user, int server) const;
    bool overBudget(int user) const;
    // The cell's outcome under these edits (a regex edit can drop or restore a server).
    static bool cellProxied(const FleetCell &cell, bool regexValid);
    // Whether a user's own list (--probe-each) counts for server s under `edits`: only
    // where the edits leave the server's regexes and the era as they are.
    static bool ownListCounts(const FleetResult &fleet, int s, const WhatIfEdits &edits);
};
