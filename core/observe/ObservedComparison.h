// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Interception.h"
#include "ObservedActivity.h"
#include "resolve/Resolution.h"

#include <QJsonObject>
#include <QList>

// The prediction beside what the user's requests really used (issue 13): per injected
// tool call, whether the prediction expected it; failed calls with their error; servers
// never seen; and per API key the latest time its 15-minute bridge was built and the
// latest time a fix reaches it. Tool usages prove presence, not absence.
class ObservedComparison
{
public:
    enum class Kind { Unexpected, UnknownServer, Failed, Confirmed }; // most alarming first
    struct Row
    {
        Kind kind = Kind::Confirmed;
        QString serverId; // "" when no server of the resolution has that URL
        QString serverUrl;
        QString tool;
        QString invocationError;
        int calls = 0;
        QDateTime lastCall;
    };
    struct KeyBridge
    {
        QString apiKeyId;
        QDateTime lastRequest;  // the bridge serving it was built at this time or earlier
        QDateTime fixReachesBy; // + 15 minutes: the TTL runs from the request that built it
    };

    static constexpr int BridgeTtlMinutes =
        15; // coderd/aibridged pool: cache TTL, not extended by hits

    QList<Row> rows;
    QStringList serversNeverSeen; // predicted to inject, no call observed
    QList<KeyBridge> bridges;     // one with an empty key when the API names no keys
    // Each injected call, for a timeline (at most MaxCalls, the newest kept).
    struct Call
    {
        QString server; // server id, or the URL when no server of the prediction has it
        QDateTime at;
        Kind kind = Kind::Confirmed;
    };
    static constexpr int MaxCalls = 20000;
    QList<Call> calls;
    int interceptions = 0;
    QString api = QStringLiteral("interceptions"); // which API the activity came from
    bool invocationErrorsKnown = true;             // false: a failed call shows as called
    bool apiKeysKnown = true;
    QStringList notes;       // what the API cannot say, and what was cut
    int clientToolCalls = 0; // non-injected calls: the client's own tools

    static ObservedComparison compare(const Resolution &predicted,
                                      const QList<Interception> &observed);
    static ObservedComparison compare(const Resolution &predicted,
                                      const ObservedActivity &observed);
    static QString kindName(Kind kind);
    QJsonObject toJson() const;
    QString toText() const;
};
