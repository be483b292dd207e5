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

FleetEvaluation FleetEvaluation::evaluate(const FleetResult &fleet, const WhatIfEdits &edits)
{
    FleetEvaluation e;
    e.era = edits.era.value_or(fleet.era == CoderEra::Era::Unknown ? CoderEra::Era::C : fleet.era);
    e.clientToolCount = edits.clientTools.value_or(fleet.clientToolCount);
    e.servers.resize(fleet.servers.size());
    for (int s = 0; s < fleet.servers.size(); ++s) {
        const FleetServer &fs = fleet.servers.at(s);
        Server &out = e.servers[s];
        const RegexEdit regex = edits.regexFor(fs.id, fs.allowRegex, fs.denyRegex);
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
        out.toolsKnown = server.toolsKnown;
        if (server.toolsKnown && out.regexValid) {
            ToolInventory::classify(server, e.era);
            for (const ResolvedTool &tool : std::as_const(server.tools))
                if (tool.verdict == ToolVerdict::Injected)
                    out.injected << tool.injectedName;
        }
    }

    const int users = int(fleet.users.size());
    e.injected.fill(-1, users);
    e.injectedAtLeast.fill(0, users);
    e.proxiedMask.fill(0, users);
    for (int u = 0; u < users; ++u) {
        const FleetUser &user = fleet.users.at(u);
        if (!user.scanned() || !user.error.isEmpty())
            continue;
        bool known = true;
        int count = 0;
        quint64 mask = 0;
        for (int s = 0; s < user.cells.size() && s < e.servers.size(); ++s) {
            const FleetCell &cell = user.cells.at(s);
            Server &server = e.servers[s];
            if (cell.present)
                ++server.tokens[int(cell.tokenClass)];
            if (cell.present && cell.outcome == ResolvedServer::Outcome::Unknown) {
                known = false;
                continue;
            }
            if (!cellProxied(cell, server.regexValid))
                continue;
            ++server.proxiedUsers;
            if (s < 64)
                mask |= quint64(1) << s;
            // A user's own list (--probe-each) counts where the edits leave the server and
            // the era as they are; what-ifs speak of the shared list.
            const bool own = cell.ownInjected >= 0 && !edits.era &&
                             !edits.servers.contains(fleet.servers.at(s).id);
            if (own) {
                count += cell.ownInjected;
                continue;
            }
            if (!server.toolsKnown)
                known = false;
            count += int(server.injected.size());
        }
        e.injectedAtLeast[u] = count;
        e.injected[u] = known ? count : -1;
        e.proxiedMask[u] = mask;
        if (e.overBudget(u))
            ++e.usersOverBudget;
    }
    return e;
}

bool FleetEvaluation::proxied(int user, int server) const
{
    return server < 64 && (proxiedMask.value(user) >> server) & 1;
}

bool FleetEvaluation::overBudget(int user) const
{
    // A lower bound already past the limit is over too.
    return injectedAtLeast.value(user) + clientToolCount > Resolution::ProviderToolLimit;
}
