// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Resolution.h"

#include <QHash>

// A proposed allow/deny pair for one server, not deployed.
struct RegexEdit
{
    QString allow;
    QString deny;
    bool operator==(const RegexEdit &other) const
    {
        return allow == other.allow && deny == other.deny;
    }
};

// Applies proposed regexes the way the factory would meet them: it compiles the regexes
// last, after the token checks (coderd/aibridged/mcp.go), so only a server that got that
// far changes outcome. One user's edits in the window and the fleet's what-if both use it.
class RegexEdits
{
public:
    static void apply(ResolvedServer &server, const RegexEdit &edit);
    // Edits by server index; tool verdicts and totals are refreshed.
    static Resolution applied(Resolution resolution, const QHash<int, RegexEdit> &edits);
};
