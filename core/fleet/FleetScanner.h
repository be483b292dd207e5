// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"
#include "FleetResult.h"
#include "mcp/McpTransportOptions.h"
#include "model/McpTool.h"
#include "resolve/Resolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

class FleetSource;
class ProbeRunner;
class QNetworkAccessManager;

// Resolves every user of a list through one source with the resolver itself (one
// Resolver per concurrent slot, reused), configs asked once, one token batch per user.
// Then lists each server's tools once, with the first user whose token is ok (upstream
// providers rate-limit; per user they would answer the same list for the same token
// scopes), and says whose token listed them.
//
// A token call that never reached coderd (the connection dropped) is asked again, up
// to `retries` times; a user still without an answer is marked missing with the reason,
// never dropped silently. cancel() keeps what was scanned.
class FleetScanner : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        Source *source = nullptr;
        bool perUserConfigs = false; // the sandbox: its stories have their own configs
        // Users asked at a time. 4: at a provider latency D each provider sees at most 4 ÷ D
        // validate GETs a second from this tool's scan (40 at 100 ms), and coderd works on
        // at most 4 of its token batches at once; docs/fleet.md "How fast, and how hard on
        // coderd and the providers".
        int concurrency = 4;
        int retries = 2;
        // At most this many token calls a second (users and retries), 0 for no cap:
        // --rate, for providers that rate-limit coderd's validate GETs. Each call starts at
        // least 1 ÷ rate after the one before, so a stall never turns into a burst.
        double rate = 0;
        // Probing: one live tools/list per server. Without it, recorded tools (a replay)
        // or none.
        bool probe = true;
        // --probe-each: also list every user's servers with that user's own token (at most
        // perUserProbes users at a time, so no MCP host sees more of them at once).
        bool probeEach = false;
        int perUserProbes = 2;
        QNetworkAccessManager *network = nullptr;
        McpTransportOptions probeOptions;
        Secret sessionKey;       // the Coder MCP server's bearer (the admin's session)
        QString sessionUsername; // whose session that is, named as the Coder server's lister
        QUrl deploymentUrl;
        QList<QUrl> trustedOrigins;
        QHash<QString, QList<McpTool>> recordedTools;
        QHash<QString, QString> recordedListedBy;
        QHash<QString, QHash<QString, int>> recordedOwnInjected; // user id -> server id -> n
        bool recordInputs = false; // keep each user's token answer (redacted) for a snapshot
        // The result's header.
        QString sourceName;
        QString sourceNote;
        QString coderVersion;
        CoderEra::Era era = CoderEra::Era::Unknown;
        QString eraSource;
        int clientToolCount = 0;
        AiGatewayState aiGateway;
        bool tokensVisible = true;
    };

    explicit FleetScanner(QObject *parent = nullptr);
    ~FleetScanner() override;

    void start(const Setup &setup, const QList<CoderUser> &users);
    void cancel();
    bool isRunning() const { return m_running; }
    const FleetResult &result() const { return m_result; }
    int doneCount() const { return m_done; }
    int totalCount() const { return int(m_result.users.size()); }
    // Seconds left at the pace so far; negative before there is a pace.
    double secondsLeft() const;
    // Recorded inputs (recordInputs), for a fleet snapshot; null before a scan.
    const FleetSource *source() const { return m_source; }
    int configCalls() const;
    int tokenCalls() const;

Q_SIGNALS:
    void progressed(int done, int total);
    void probing();
    void finished();

private:
    void startNext(int slot);
    void onResolved(int slot, const Resolution &resolution);
    void record(int user, const Resolution &resolution);
    void finishScan();
    void pumpUserProbes();
    void userProbed(int user, const Resolution &probed);
    void probeServers();
    void finish();
    void emitProgress(bool force);
    void noteCoderIdCollision();
    static QString serverKey(const ResolvedServer &server);

    Setup m_setup;
    FleetResult m_result;
    FleetSource *m_source = nullptr;
    QList<Resolver *> m_resolvers;
    QVector<int> m_slotUser; // user index each resolver works on, -1 idle, Waiting for --rate
    static constexpr int Waiting = -2;
    double m_nextStartMs = 0; // --rate: the earliest the next token call may start
    quint64 m_scanId = 0; // a paced start belongs to the scan that set it
    QList<int> m_queue;
    int m_queueHead = 0;
    QVector<int> m_attempts;
    QHash<QString, int> m_serverById;
    QHash<int, ResolvedServer> m_candidates; // server index -> first proxied with a token
    QHash<int, QString> m_candidateUser;
    QHash<int, int> m_candidateIndex; // server index -> the user whose token lists it
    QPointer<ProbeRunner> m_probe;
    QList<QPair<int, Resolution>> m_userProbeQueue; // users waiting for --probe-each, tokens held
    QList<QPointer<ProbeRunner>> m_userProbes;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
