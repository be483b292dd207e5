// SPDX-License-Identifier: Apache-2.0
#include "FleetEvaluation.h"

#include "resolve/ToolInventory.h"

bool FleetEvaluation::cellProxied(const FleetCell &cell, bool regexValid)
{
    if (!cell.present)
        return false;
    // The factory compiles the regexes last (coderd/aibridged/mcp.go): only a server that
    // got that far changes outcome with its regex (RegexEdits::apply).
    const bool reachedBuild = cell.outcome == ResolvedServer::Outcome::Proxied ||
                              cell.reason == ResolvedServer::Reason::RegexCompile;
    return reachedBuild && regexValid;
}

bool FleetEvaluation::ownListCounts(const FleetResult &fleet, int s, const WhatIfEdits &edits)
{
    return !edits.era && !edits.servers.contains(fleet.servers.at(s).id);
}

FleetEvaluation FleetEvaluation::evaluate(const FleetResult &fleet, const WhatIfEdits &edits,
                                          const WhatIfEdits *listsLike)
{
    FleetEvaluation e;
    e.eraAssumed = !edits.era && fleet.era == CoderEra::Era::Unknown;
    e.era = edits.era.value_or(fleet.era == CoderEra::Era::Unknown ? CoderEra::Era::C : fleet.era);
    e.clientToolCount = edits.clientTools.value_or(fleet.clientToolCount);
    e.servers.resize(fleet.servers.size());
    QVector<bool> &ownCounts = e.ownCounts;
    ownCounts.resize(fleet.servers.size());
    for (int s = 0; s < fleet.servers.size(); ++s) {
        const FleetServer &fs = fleet.servers.at(s);
        Server &out = e.servers[s];
        const bool coder = fs.kind == ResolvedServer::Kind::Coder;
        // coderd has no regex setting for its own server: an edit cannot reach it.
        const RegexEdit regex = coder ? RegexEdit{fs.allowRegex, fs.denyRegex}
                                      : edits.regexFor(fs.id, fs.allowRegex, fs.denyRegex);
        out.edited = bool(edits.era) || (!coder && edits.servers.contains(fs.id));
        ownCounts[s] =
            ownListCounts(fleet, s, edits) && (!listsLike || ownListCounts(fleet, s, *listsLike));
        out.allow = regex.allow;
        out.deny = regex.deny;
        ResolvedServer server = fs.probed;
        server.id = fs.id;
        server.kind = fs.kind;
        server.outcome = ResolvedServer::Outcome::Proxied; // as seen by a user it reaches
        server.reason = ResolvedServer::Reason::None;
        RegexEdits::apply(server, regex);
        out.regexValid = server.filter.isValid();
        out.regexError = server.regexError;
        out.stopsCoderd = !out.regexValid && fs.kind == ResolvedServer::Kind::External;
        // Only an edit can stop coderd: a deployed regex it could not compile would have
        // stopped it already (the sandbox keeps one for its story).
        if (out.stopsCoderd && !coder && edits.servers.contains(fs.id)) {
            e.coderdStopped = true;
            e.serversStoppingCoderd << fs.id;
        }
        out.toolsKnown = server.toolsKnown;
        if (server.toolsKnown && out.regexValid) {
            ToolInventory::classify(server, e.era);
            for (const ResolvedTool &tool : std::as_const(server.tools))
                if (tool.verdict == ToolVerdict::Injected)
                    out.injected << tool.injectedName;
                else if (tool.verdict == ToolVerdict::InvalidName)
                    out.rejected << tool.injectedName;
        }
    }

    const int users = int(fleet.users.size());
    e.injected.fill(-1, users);
    e.injectedAtLeast.fill(0, users);
    e.rejected.fill(0, users);
    e.proxiedMask.fill(0, users);
    for (int u = 0; u < users; ++u) {
        const FleetUser &user = fleet.users.at(u);
        if (!user.scanned() || !user.error.isEmpty())
            continue;
        for (int s = 0; s < user.cells.size() && s < e.servers.size(); ++s)
            if (user.cells.at(s).present)
                ++e.servers[s].tokens[int(user.cells.at(s).tokenClass)];
        if (e.coderdStopped) {
            e.injected[u] = 0; // coderd is not running: nothing is injected for anyone
            continue;
        }
        bool known = true;
        int count = 0;
        int rejected = 0;
        quint64 mask = 0;
        for (int s = 0; s < user.cells.size() && s < e.servers.size(); ++s) {
            const FleetCell &cell = user.cells.at(s);
            Server &server = e.servers[s];
            if (cell.present && cell.outcome == ResolvedServer::Outcome::Unknown) {
                known = false;
                continue;
            }
            if (!cellProxied(cell, server.regexValid))
                continue;
            ++server.proxiedUsers;
            if (s < 64)
                mask |= quint64(1) << s;
            if (cell.tokenRefused)
                continue; // refused the user's own token: nothing, in any era, any regex
            if (cell.ownInjected >= 0 && ownCounts.at(s)) {
                count += cell.ownInjected; // the user's own list (--probe-each)
                continue;
            }
            if (!server.toolsKnown)
                known = false;
            count += int(server.injected.size());
            rejected += int(server.rejected.size());
        }
        e.injectedAtLeast[u] = count;
        e.injected[u] = known ? count : -1;
        e.rejected[u] = rejected;
        e.proxiedMask[u] = mask;
        if (e.overBudget(u))
            ++e.usersOverBudget;
        e.usersWithRejectedNames += rejected > 0;
    }
    return e;
}

bool FleetEvaluation::proxied(int user, int server) const
{
    return server < 64 && (proxiedMask.value(user) >> server) & 1;
}

bool FleetEvaluation::overBudget(int user) const
{
    // A lower bound already past the limit is over too. Rejected names still take room in
    // the tools array, so they count toward OpenAI's cap.
    return injectedAtLeast.value(user) + rejected.value(user) + clientToolCount >
           Resolution::ProviderToolLimit;
}
