// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetComparison.h"
#include "WhatIfImpact.h"

#include <QJsonObject>

// The fleet as JSON (README "fleet --json"), CSV (one row per user and server) and text
// (summary first). No token is ever in any of them: the result holds none.
class FleetReport
{
public:
    static QJsonObject json(const FleetResult &fleet, const FleetEvaluation &evaluation,
                            const WhatIfImpact *impact = nullptr,
                            const FleetComparison *comparison = nullptr);
    static QByteArray csv(const FleetResult &fleet, const FleetEvaluation &evaluation);
    static QString text(const FleetResult &fleet, const FleetEvaluation &evaluation,
                        const WhatIfImpact *impact = nullptr,
                        const FleetComparison *comparison = nullptr, int maxUsers = 50);
    // What a scan asks of coderd, said before it starts (coderd/aibridgedserver
    // GetMCPServerAccessTokensBatch at v2.35.1).
    struct CostOptions
    {
        int concurrency = 4;    // users asked at a time
        int retries = 2;        // token calls asked again after our own transport failure
        bool probe = true;      // each server's tools listed once
        bool probeEach = false; // and every user's servers with their own token
        double rate = 0;        // --rate: users a second at most, 0 for no cap
        int validateMs = -1;    // the providers' validate latency, when the admin knows it
    };
    // "4 min 10 s": a wall time as the cost notice says it.
    static QString duration(double seconds);
    static QString cost(int users, const QStringList &externalServers, bool overGateway,
                        const CostOptions &options);
    static QString cost(int users, const QStringList &externalServers, bool overGateway)
    {
        return cost(users, externalServers, overGateway, CostOptions());
    }
    // Providers where every linked user's token reads invalid at once (none ok, two or
    // more invalid): possibly the provider's validate endpoint failing rather than the
    // users. ValidateToken (coderd/externalauth/externalauth.go, v2.35.1) turns a 5xx or a
    // failed request into "invalid" for that provider, and coderd's WARN carries the error;
    // expired tokens (never refreshed there) look the same but log error=<nil>. Indices.
    static QList<int> suspectValidateOutages(const FleetResult &fleet, const FleetEvaluation &e);
    static QString outageWarning(const FleetResult &fleet, const FleetEvaluation &e, int server);
    // With an unknown era: the figures per era (A, B, C), where they differ.
    static QStringList eraLines(const FleetResult &fleet, const WhatIfEdits &edits = {});
};
