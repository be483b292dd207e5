#pragma once

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
    QString error; // set when the whole resolution failed (configs could not be read)
    QList<ResolvedServer> servers;
    QStringList warnings;     // from the resolver: replaced ids, Coder config id
    QStringList toolWarnings; // from the tool lists: collisions, the 128-tool budget
    QList<TraceEntry> trace;
    bool toolsKnown = false; // true once any server's tool list was applied
    int injectedToolCount = 0;
    ConnectionFlags connection; // checks the admin relaxed for this run

    static constexpr int ProviderToolLimit = 128; // OpenAI's cap on the tools array

    bool failed() const { return !error.isEmpty(); }
    // Drops every token the resolution holds (the users' OAuth tokens from the gateway,
    // the session key): done once the probe used them, or when no probe will.
    void wipeTokens();
    const ResolvedServer *server(const QString &id) const;
    QStringList allWarnings() const { return warnings + toolWarnings; }
};
