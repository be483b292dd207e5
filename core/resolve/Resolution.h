// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/CoderEra.h"
#include "model/AiGatewayState.h"
#include "model/ConnectionFlags.h"
#include "ResolvedServer.h"
#include "TraceEntry.h"

#include <QList>
#include <QStringList>

// The outcome of resolving one user: every config with its decision, the trace of
// decisions and, once tool lists are known, the injected tools.
struct Resolution
{
    QString userId;
    QString username;
    bool hasSessionKey = true;
    bool agentsChat = false; // resolved as a Coder Agents chat (placeholder session key)
    QString error;           // set when the whole resolution failed (configs could not be read)
    QList<ResolvedServer> servers;
    QStringList warnings;     // from the resolver: replaced ids, Coder config id
    QStringList toolWarnings; // from the tool lists: collisions, the 128-tool budget
    QList<TraceEntry> trace;
    bool toolsKnown = false; // true once any server's tool list was applied
    int injectedToolCount = 0;
    int rejectedNameCount = 0;  // injected under names an LLM API refuses: requests fail
    ConnectionFlags connection; // checks the admin relaxed for this run
    AiGatewayState aiGateway;   // who may use AI Bridge on the deployment (entitlements)

    // Which Coder build the predictions speak for, and how we know (the build's
    // version, the admin's override, a snapshot). Unknown: every view shows where the
    // eras differ; the verdicts shown are era C's, flagged as such.
    CoderEra::Era era = CoderEra::Era::Unknown;
    QString eraSource;
    CoderEra::Era displayEra() const
    {
        return era == CoderEra::Era::Unknown ? CoderEra::Era::C : era;
    }
    QMap<int, int> injectedByEra; // with an unknown era: the total each era predicts
    QStringList eraDifferences;   // with an unknown era: tool by tool, where they differ
    // The client's own tools (Claude Code, Cursor … send theirs): the provider's limit
    // counts them with the injected ones.
    int clientToolCount = 0;

    static constexpr int ProviderToolLimit = 128; // OpenAI's cap on the tools array

    bool failed() const { return !error.isEmpty(); }
    // injectedToolCount is exact only when no server that may be proxied has an unknown
    // tool list (or an unknown verdict from Coder's client); otherwise it is a lower bound.
    bool injectedCountKnown() const;
    // Drops every token the resolution holds (the users' OAuth tokens from the gateway,
    // the session key): done once the probe used them, or when no probe will.
    void wipeTokens();
    const ResolvedServer *server(const QString &id) const;
    QStringList allWarnings() const { return warnings + toolWarnings; }
};
