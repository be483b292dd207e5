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
    static QString cost(int users, const QStringList &externalServers, bool overGateway);
};
