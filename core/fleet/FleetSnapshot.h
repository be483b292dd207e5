// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"
#include "model/AccessTokensResponse.h"
#include "model/CoderEra.h"
#include "model/McpTool.h"
#include "model/ServerConfigsResponse.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>

class FleetScanner;
class JsonReader;

// A fleet scan's inputs, saved for sharing and replay (README "Fleet snapshots"): the
// configs answer once, each user's token answer with tokens replaced by "<redacted>",
// each server's tools and whose token listed them. Replaying runs the same scanner over
// FleetReplaySource, so a saved fleet gives the same matrix offline.
// Written compact, the users last and one per line (older files, indented, read alike):
//   {"kind": "aibridge-inspector-fleet", "version": 1, "coderVersion", "coderEra",
//    "source", "scannedAt", "configs": <GetMCPServerConfigsResponse> | {"error"},
//    "tools": {"<server id>": [tools]}, "listedBy": {"<server id>": "username"},
//    "users": [{"id", "username", "tokens": <GetMCPServerAccessTokensBatchResponse> |
//               {"error"} | null, "missing": "why", "configs": only where a user had
//               configs of their own (the sandbox's stories; coderd's are deployment-wide),
//               "own": {"<server id>": injected from the user's own list}}]}
struct FleetSnapshot
{
    static constexpr auto Kind = "aibridge-inspector-fleet";
    // The format's bound: a user's record as the tool writes it (compact, one line) takes
    // about 350 bytes with three servers and under 2 KiB with fifteen providers and their
    // errors; a file may hold MaxUsers of UserBytesBudget each plus MaxFixedBytes of configs
    // and tool lists (the single-user snapshot's cap). One record past MaxUserBytes, or
    // more users than MaxUsers, is refused with where.
    static constexpr qint64 MaxUsers = 250000;
    static constexpr qint64 UserBytesBudget = 2048;
    static constexpr qint64 MaxUserBytes = 64 * 1024;
    static constexpr qint64 MaxFixedBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxFileSize = MaxFixedBytes + MaxUsers * UserBytesBudget;

    struct User
    {
        CoderUser user;
        std::optional<TokensResult> tokens;   // absent: not scanned (missing says why)
        std::optional<ConfigsResult> configs; // the user's own (a sandbox story), rare
        QString missing;
        // Tools injected for this user from a list of their own, by server id: -1 when the
        // server refused their own token (none), or --probe-each's count. "own" in the file.
        QHash<QString, int> ownInjected;
    };

    QString sourceName;
    QString coderVersion;
    CoderEra::Era era = CoderEra::Era::Unknown;
    QDateTime scannedAt;
    bool tokensVisible = true;
    ConfigsResult configs;
    QList<User> users;
    QHash<QString, QList<McpTool>> tools;
    QHash<QString, QString> listedBy;

    // True when the file is a fleet snapshot (its "kind"), without reading it all.
    static bool isFleetFile(const QString &path);
    bool perUserConfigs() const;
    static std::optional<FleetSnapshot> readFile(const QString &path, QString *error);
    static std::optional<FleetSnapshot> read(const QByteArray &data, const QString &origin,
                                             QString *error);
    // The finished scan's inputs (the scanner recorded them); no token is written.
    static QByteArray write(const FleetScanner &scanner);
    // Per user id, ownInjected: what a replay hands the scanner (Setup::recordedOwnInjected).
    QHash<QString, QHash<QString, int>> ownInjectedByUser() const;

private:
    static User readUser(JsonReader &reader, const QJsonValue &value, const QString &path);
};
