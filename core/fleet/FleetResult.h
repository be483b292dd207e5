// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AiGatewayState.h"
#include "model/CoderEra.h"
#include "resolve/ResolvedServer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVector>

// What a user's token for one server amounts to, in the words an admin counts by.
// coderd/aibridgedserver (v2.35.1) puts only three texts into the token errors:
// "expired or invalid OAuth2 token", "no external auth link found", "no MCP config found".
enum class FleetTokenClass { Ok, Expired, NotLinked, OtherError, NotNeeded, Unknown, Count };

// One user × one server: the factory's decision, kept small (10 000 users × a handful of
// servers stay a few MiB). Texts are indices into FleetResult::texts.
struct FleetCell
{
    ResolvedServer::Outcome outcome = ResolvedServer::Outcome::Unknown;
    ResolvedServer::Reason reason = ResolvedServer::Reason::None;
    ResolvedServer::TokenStatus tokenStatus = ResolvedServer::TokenStatus::Unknown;
    FleetTokenClass tokenClass = FleetTokenClass::Unknown;
    int tokenError = -1;  // coderd's error text for this server, or why it is unknown
    bool present = false; // the server is among this user's configs
    // With --probe-each: the tools injected from this user's own tools/list, and which
    // list it was (a hash of the names), to tell who got another list than the shared one.
    int ownInjected = -1;
    uint ownToolsHash = 0;
    // The server refused this user's own token (a 401, or a 403 naming the token): it
    // injects nothing for them, whatever the regexes or the era.
    bool tokenRefused = false;
};

struct FleetUser
{
    QString id;
    QString username;
    QString error;            // the whole resolution failed (configs could not be read)
    QString missing;          // not scanned (cancelled, the connection was lost): why
    QVector<FleetCell> cells; // by server index
    bool scanned() const { return missing.isEmpty(); }
};

// One server as the fleet sees it: the config (deployment-wide in coderd) and, from one
// probe with the first user whose token is ok, its tools as each era's client gets them.
struct FleetServer
{
    QString id;
    ResolvedServer::Kind kind = ResolvedServer::Kind::External;
    QString url;
    QString allowRegex;
    QString denyRegex;
    ResolvedServer probed;       // tools, Coder's client views; never a token
    QString listedBy;            // whose token listed the tools (username)
    QString toolsNote;           // why the tools are unknown, or where they came from
    int usersProbed = 0;         // --probe-each: users whose own token listed the tools
    int usersWithOtherTools = 0; // of those, users who got another list than listedBy's
};

// A fleet scan: every matching user's decision per server, and the tools each server
// injects. Derived figures (per-user tool counts, budget) come from FleetEvaluation.
struct FleetResult
{
    QString sourceName;
    QString sourceNote;
    QString coderVersion;
    CoderEra::Era era = CoderEra::Era::Unknown;
    QString eraSource;
    int clientToolCount = 0;
    AiGatewayState aiGateway;
    QDateTime scannedAt;
    qint64 durationMs = 0; // how long the scan took (0 for a replay)
    bool tokensVisible = true; // false over REST: other users' tokens are unknown
    bool cancelled = false;
    bool probedEach = false;
    QList<FleetServer> servers;
    QVector<FleetUser> users;
    QStringList texts; // interned error texts (coderd repeats the same few)
    QStringList notes; // what the scan could not see, said once

    int serverIndex(const QString &id) const;
    int intern(const QString &text);
    QString text(int index) const
    {
        return index >= 0 && index < texts.size() ? texts.at(index) : QString();
    }
    QStringList missingUsers() const;
    static uint toolsHash(const ResolvedServer &server);
    static QString tokenClassName(FleetTokenClass c);
    static FleetTokenClass classify(ResolvedServer::TokenStatus status, const QString &error);
    static QString cellOutcomeName(const FleetCell &cell);

private:
    QHash<QString, int> m_textIndex;
};
