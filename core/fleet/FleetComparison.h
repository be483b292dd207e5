// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetEvaluation.h"

#include <QJsonObject>

// Before and after: a saved fleet against today's, per user what changed (servers,
// token status, tools), problems first. Users are matched by id.
class FleetComparison
{
public:
    struct ServerChange
    {
        QString server;
        QString before; // "proxied (ok)", "dropped: token-error (expired)", "absent"
        QString after;
    };
    struct UserChange
    {
        QString username;
        QString userId;
        bool worse = false; // lost tools, or a server stopped being proxied
        bool added = false;
        bool removed = false;
        // In one scan but not scanned (cancelled, no answer) in the other: not compared,
        // never "no longer in the fleet".
        bool notScannedBefore = false;
        bool notScannedAfter = false;
        QList<ServerChange> servers;
        QStringList toolsLost;
        QStringList toolsGained;
    };

    static FleetComparison compare(const FleetResult &before, const FleetResult &after);

    QDateTime beforeScannedAt;
    QDateTime afterScannedAt;
    QList<UserChange> changes; // worse first (most tools lost first), then better
    int usersCompared = 0;
    int notScannedBefore = 0; // users the earlier scan did not reach
    int notScannedAfter = 0;  // users this scan did not reach
    bool beforePartial = false;
    bool afterPartial = false;

    QStringList summaryLines() const;
    QJsonObject toJson() const;
};
