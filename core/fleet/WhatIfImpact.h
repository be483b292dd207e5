// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetEvaluation.h"

#include <QJsonObject>

// What proposed edits do to the whole fleet: per user the tools gained and lost, who
// crosses the 128-tool budget, which servers' regexes would stop coderd. A user's change
// follows from which servers are proxied for them before and after, so users are grouped
// by that pair: the groups are few, and the summary speaks of them ("312 users lose 4
// tools each: …").
class WhatIfImpact
{
public:
    struct Group
    {
        QStringList gained;
        QStringList lost;
        QList<int> users;
    };

    static WhatIfImpact evaluate(const FleetResult &fleet, const WhatIfEdits &edits);

    WhatIfEdits edits;
    FleetEvaluation before;
    FleetEvaluation after;
    QList<Group> groups;  // users with a change, largest group first
    QVector<int> groupOf; // per user: index into groups, or -1 (unchanged)
    // Users seen to gain or lose a tool. Exact only when affectedKnown: where an edited
    // server's tools are unknown, a user it is proxied for may change unseen, so this is a
    // lower bound and the servers are named.
    int usersAffected = 0;
    bool affectedKnown = true;
    QStringList serversWithUnknownTools; // edited, proxied for someone, tools unknown
    QList<int> crossingBudget; // users over the budget after, not before
    QList<int> leavingBudget;  // users over before, not after
    QStringList serversStoppingCoderd;  // coderd would not start: every user loses everything
    QStringList serversGainingOrLosing; // "github: -2 +1"

    QStringList gained(int user) const;
    QStringList lost(int user) const;
    // Summary first, one line per group (largest first), then the budget and coderd lines.
    QStringList summaryLines(const FleetResult &fleet, int maxGroups = 5) const;
    QJsonObject summaryJson(const FleetResult &fleet) const;
};
