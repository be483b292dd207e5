// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetComparison.h"
#include "fleet/FleetProblems.h"
#include "fleet/FleetReplay.h"
#include "fleet/FleetReplaySource.h"
#include "fleet/FleetReport.h"
#include "fleet/FleetScanner.h"
#include "fleet/FleetSnapshot.h"
#include "fleet/WhatIfImpact.h"
#include "gateway/GatewaySource.h"
#include "mcp/ProbeRunner.h"
#include "models/FleetSortFilterModel.h"
#include "models/FleetTableModel.h"
#include "resolve/ToolInventory.h"
#include "SandboxDeployment.h"
#include "SandboxMcpServer.h"
#include "SandboxScenario.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Forwards to another source, but at the Nth token call cancels the scan instead of
// asking: exactly N - 1 users have answers (with concurrency 1), however progress is
// throttled.
class CancelAtTokenCall : public Source
{
public:
    CancelAtTokenCall(Source *inner, int n, std::function<void()> cancel)
        : m_inner(inner), m_n(n), m_cancel(std::move(cancel))
    {}
    void fetchConfigs(const QString &userId, ConfigsCallback done) override
    {
        m_inner->fetchConfigs(userId, std::move(done));
    }
    void fetchAccessTokens(const QString &userId, const QStringList &ids,
                           TokensCallback done) override
    {
        if (++m_calls == m_n) {
            QTimer::singleShot(0, this, m_cancel); // this call never answers
            return;
        }
        m_inner->fetchAccessTokens(userId, ids, std::move(done));
    }
    QString displayName() const override { return m_inner->displayName(); }

private:
    Source *m_inner;
    int m_n;
    int m_calls = 0;
    std::function<void()> m_cancel;
};

// Forwards to another source and notes when each token call was asked, on a clock the
// test starts before the scan.
class TimedCalls : public Source
{
public:
    explicit TimedCalls(Source *inner) : m_inner(inner) { clock.start(); }
    void fetchConfigs(const QString &userId, ConfigsCallback done) override
    {
        m_inner->fetchConfigs(userId, std::move(done));
    }
    void fetchAccessTokens(const QString &userId, const QStringList &ids,
                           TokensCallback done) override
    {
        startedMs << clock.nsecsElapsed() / 1e6;
        m_inner->fetchAccessTokens(userId, ids, std::move(done));
    }
    QString displayName() const override { return m_inner->displayName(); }
    QElapsedTimer clock;
    QList<double> startedMs;

private:
    Source *m_inner;
};

// The fleet against a population worked out by hand (tests/fixtures/fleet/population-12x3.json:
// 12 users, the Coder server, GitHub and Jira), replayed from the file and served by
// coderd-peer over coderd's own wire stack; hand-worked what-if edits; cancel and a peer
// that drops the connection mid-scan.
class TestFleet : public QObject
{
    Q_OBJECT

    static constexpr auto Population = AIBI_FIXTURES "/fleet/population-12x3.json";
    static inline const QString Key = QStringLiteral("tst-fleet-gateway-key");

    struct Peer
    {
        std::unique_ptr<QProcess> process;
        QUrl url;
        ~Peer()
        {
            if (!process)
                return;
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    };

    static std::unique_ptr<Peer> startPeer(const QStringList &arguments)
    {
        auto peer = std::make_unique<Peer>();
        peer->process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CODER_AI_GATEWAY_KEY"), Key);
        env.insert(QStringLiteral("CODER_SESSION_TOKEN"), QStringLiteral("tst-fleet-session"));
        peer->process->setProcessEnvironment(env);
        peer->process->start(
            QStringLiteral(AIBI_CODERD_PEER),
            QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
        if (!peer->process->waitForStarted(10000))
            return nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return peer->process->canReadLine() ||
                           peer->process->state() == QProcess::NotRunning;
                },
                20000) ||
            !peer->process->canReadLine())
            return nullptr;
        const QByteArray line = peer->process->readLine().trimmed();
        peer->url = QUrl(QString::fromUtf8(line.mid(int(strlen("listening on ")))));
        return peer;
    }

    static QList<CoderUser> generatedUsers(int count)
    {
        QList<CoderUser> users;
        for (int i = 1; i <= count; ++i)
            users << CoderUser{SandboxScenario::generatedUserId(i),
                               SandboxScenario::generatedUsername(i),
                               {},
                               {},
                               {},
                               {},
                               {}};
        return users;
    }

    static FleetSnapshot population()
    {
        QString error;
        const auto snapshot = FleetSnapshot::readFile(QLatin1String(Population), &error);
        if (!snapshot)
            qFatal("%s", qPrintable(error));
        return *snapshot;
    }

    static FleetScanner::Setup replaySetup(Source *source, const FleetSnapshot &s)
    {
        return FleetReplay::setupFor(s, source);
    }

    // The population a while later: u01's Jira token expired since; u04 linked GitHub.
    static FleetSnapshot laterPopulation()
    {
        FleetSnapshot after = population();
        after.users[0].tokens->response->accessTokens.remove(QStringLiteral("jira"));
        after.users[0].tokens->response->errors.insert(
            QStringLiteral("jira"), QStringLiteral("expired or invalid OAuth2 token"));
        after.users[3].tokens = TokensResult{};
        after.users[3].tokens->response = AccessTokensResponse{};
        after.users[3].tokens->response->accessTokens.insert(QStringLiteral("github"),
                                                             Secret(QStringLiteral("t")));
        return after;
    }

    static FleetResult scan(FleetScanner::Setup setup, const QList<CoderUser> &users)
    {
        FleetScanner scanner;
        QSignalSpy finished(&scanner, &FleetScanner::finished);
        scanner.start(setup, users);
        if (scanner.isRunning() && !finished.wait(60000))
            qFatal("the scan did not finish");
        return scanner.result();
    }

    static FleetResult replay()
    {
        FleetReplaySource source(population());
        return scan(replaySetup(&source, source.snapshot()), source.users());
    }

    static QMap<QString, int> injectedByUser(const FleetResult &fleet, const FleetEvaluation &e)
    {
        QMap<QString, int> out;
        for (int u = 0; u < fleet.users.size(); ++u)
            out.insert(fleet.users.at(u).username, e.injected.at(u));
        return out;
    }

private Q_SLOTS:
    // Each figure follows coderd/aibridged/mcp.go (v2.35.1) by hand:
    //  - the Coder server is proxied for every request with a session key (2 tools);
    //  - an external server is proxied when the batch has a token for it; a response with
    //    no access token at all skips every external server ("no access tokens" branch:
    //    u04 with no links, u05 with two errors); a failed call (u08) gives a nil
    //    response, so again only the Coder server;
    //  - github's deny ^delete_ leaves create_issue, list_repos (2); jira's allow
    //    ^jira_(get|search) leaves jira_get_issue, jira_search.v2 (2)
    //    (aibridge/mcp/tool.go FilterAllowedTools: deny first, then allow).
    void handWorkedPopulation()
    {
        const FleetResult fleet = replay();
        const FleetEvaluation e = FleetEvaluation::evaluate(fleet);
        const QMap<QString, int> expected{{"u01", 6}, {"u02", 4}, {"u03", 4}, {"u04", 2},
                                          {"u05", 2}, {"u06", 4}, {"u07", 6}, {"u08", 2},
                                          {"u09", 6}, {"u10", 4}, {"u11", 4}, {"u12", 6}};
        QCOMPARE(injectedByUser(fleet, e), expected);
        QCOMPARE(fleet.servers.size(), 3);
        const int github = fleet.serverIndex(QStringLiteral("github"));
        const int jira = fleet.serverIndex(QStringLiteral("jira"));
        const auto counts = [&](int s) {
            QList<int> out;
            for (const FleetTokenClass c :
                 {FleetTokenClass::Ok, FleetTokenClass::Expired, FleetTokenClass::NotLinked,
                  FleetTokenClass::OtherError, FleetTokenClass::Unknown})
                out << e.servers.at(s).tokens[int(c)];
            return out;
        };
        // ok, expired, not linked (incl. u04's empty answer), other ("no MCP config
        // found": u10's jira), unknown (u08's failed call).
        QCOMPARE(counts(github), (QList<int>{7, 2, 2, 0, 1}));
        QCOMPARE(counts(jira), (QList<int>{6, 2, 2, 1, 1}));
        QCOMPARE(e.servers.at(github).injected,
                 (QStringList{"bmcp_github_create_issue", "bmcp_github_list_repos"}));
        // aibridge/mcp/tool.go: characters outside [a-zA-Z0-9_-] become '_' (era B).
        QCOMPARE(e.servers.at(jira).injected,
                 (QStringList{"bmcp_jira_jira_get_issue", "bmcp_jira_jira_search_v2"}));
        QCOMPARE(e.servers.at(github).proxiedUsers, 7);
        QCOMPARE(e.servers.at(jira).proxiedUsers, 6);
        QCOMPARE(e.usersOverBudget, 0);
        QCOMPARE(fleet.servers.at(github).listedBy, QStringLiteral("u01"));
        QVERIFY(fleet.missingUsers().isEmpty());
    }

    // The same population served by coderd-peer (storj.io/drpc over hashicorp/yamux over
    // coder/websocket): the scan over the wire equals the replay, cell for cell; saved and
    // read back it replays the same again, and the file holds no token.
    void peerEqualsSnapshot()
    {
        const auto peer = startPeer({QStringLiteral("--fleet"), QLatin1String(Population)});
        QVERIFY(peer);
        const FleetSnapshot s = population();
        QNetworkAccessManager network;
        GatewaySource gateway(&network, peer->url, Secret(Key));
        FleetReplaySource offline(s);
        FleetScanner scanner;
        FleetScanner::Setup setup = replaySetup(&gateway, s);
        setup.recordInputs = true;
        QSignalSpy finished(&scanner, &FleetScanner::finished);
        scanner.start(setup, offline.users());
        QVERIFY(finished.wait(30000));
        QCOMPARE(scanner.configCalls(), 1); // deployment-wide: asked once
        QCOMPARE(scanner.tokenCalls(), 12);
        const FleetResult live = scanner.result();
        const FleetResult offlineResult = replay();
        const QJsonObject a = FleetReport::json(live, FleetEvaluation::evaluate(live));
        const QJsonObject b =
            FleetReport::json(offlineResult, FleetEvaluation::evaluate(offlineResult));
        QCOMPARE(a.value(QLatin1String("users")), b.value(QLatin1String("users")));
        QCOMPARE(a.value(QLatin1String("servers")), b.value(QLatin1String("servers")));

        const QByteArray saved = FleetSnapshot::write(scanner);
        QVERIFY(!saved.contains("tok-github"));
        QVERIFY(saved.contains("<redacted>"));
        QString error;
        const auto back = FleetSnapshot::read(saved, QStringLiteral("saved"), &error);
        QVERIFY2(back, qPrintable(error));
        FleetReplaySource replaySource(*back);
        const FleetResult again = scan(replaySetup(&replaySource, *back), replaySource.users());
        QCOMPARE(FleetReport::json(again, FleetEvaluation::evaluate(again))
                     .value(QLatin1String("users")),
                 a.value(QLatin1String("users")));
        QVERIFY(!FleetSnapshot::read("{\"kind\":\"other\"}", QStringLiteral("x"), &error));
        QVERIFY(error.contains(QLatin1String("not a fleet snapshot")));
    }

    // Hand-worked edits on the population.
    void whatIf()
    {
        const FleetResult fleet = replay();
        QString error;
        // 1. github's deny also takes create_: the 7 users with github proxied lose
        //    bmcp_github_create_issue; nobody else changes.
        auto edits = WhatIfEdits::fromJson(
            R"j({"servers":{"github":{"deny":"^(delete_|create_)"}}})j", &error);
        QVERIFY2(edits, qPrintable(error));
        WhatIfImpact impact = WhatIfImpact::evaluate(fleet, *edits);
        QCOMPARE(impact.usersAffected, 7);
        QCOMPARE(impact.groups.size(), 1);
        QCOMPARE(impact.groups.first().lost, QStringList{"bmcp_github_create_issue"});
        QVERIFY(impact.groups.first().gained.isEmpty());
        QCOMPARE(impact.lost(0), // u01
                 QStringList{"bmcp_github_create_issue"});
        QVERIFY(impact.summaryLines(fleet).first().startsWith(QLatin1String("7 user(s)")));

        // 2. jira without its allow regex: the 6 users with jira proxied gain jira_create.
        edits = WhatIfEdits::fromJson(R"j({"servers":{"jira":{"allow":""}}})j", &error);
        impact = WhatIfImpact::evaluate(fleet, *edits);
        QCOMPARE(impact.usersAffected, 6);
        QCOMPARE(impact.groups.first().gained, QStringList{"bmcp_jira_jira_create"});

        // 3. Era A (up to v2.34) keeps raw ids: jira_search.v2 keeps its dot
        //    (ToolId::encodeRaw), outside ^[a-zA-Z0-9_-]{1,64}$, which the OpenAI API
        //    refuses as a tool name, failing the whole request (aibridge/mcp/tool.go
        //    sanitises from v2.35 on "so a single invalid server or tool name cannot 400
        //    the entire inference request"). The same 6 users lose the sanitised id and
        //    gain no usable tool: the raw one breaks their requests.
        edits = WhatIfEdits::fromJson(R"j({"era":"A"})j", &error);
        impact = WhatIfImpact::evaluate(fleet, *edits);
        QCOMPARE(impact.usersAffected, 6);
        QCOMPARE(impact.groups.first().lost, QStringList{"bmcp_jira_jira_search_v2"});
        QVERIFY(impact.groups.first().gained.isEmpty());
        const int jira = fleet.serverIndex(QStringLiteral("jira"));
        QCOMPARE(impact.after.servers.at(jira).rejected, QStringList{"bmcp_jira_jira_search.v2"});
        QCOMPARE(impact.after.usersWithRejectedNames, 6);
        QCOMPARE(impact.after.rejected.at(0), 1); // u01
        QCOMPARE(impact.before.usersWithRejectedNames, 0);

        // 4. 123 client tools: the 4 users at 6 injected tools cross 128 (6 + 123 = 129);
        //    those at 4 stay at 127.
        edits = WhatIfEdits::fromJson(R"j({"clientTools":123})j", &error);
        impact = WhatIfImpact::evaluate(fleet, *edits);
        QCOMPARE(impact.crossingBudget.size(), 4);
        QCOMPARE(impact.usersAffected, 0);

        // 5. A deny regex RE2 rejects: coderd/externalauth ConvertConfig returns "compile
        //    MCP tool deny regex for external auth provider" and cli/server.go stops, so
        //    every scanned user (all 12, those with only the Coder server too) loses every
        //    tool: u01's 6, u04's 2.
        edits = WhatIfEdits::fromJson(R"j({"servers":{"github":{"deny":"(?!x)"}}})j", &error);
        impact = WhatIfImpact::evaluate(fleet, *edits);
        QCOMPARE(impact.serversStoppingCoderd, QStringList{"github"});
        QVERIFY(impact.after.coderdStopped);
        QCOMPARE(impact.usersAffected, 12);
        QVERIFY(impact.affectedKnown);
        for (int u = 0; u < 12; ++u)
            QCOMPARE(impact.after.injected.at(u), 0);
        QCOMPARE(impact.lost(0).size(), 6);
        QCOMPARE(impact.lost(3), (QStringList{"bmcp_coder_coder_list_workspaces",
                                              "bmcp_coder_coder_create_workspace"}));
        const QJsonObject json = FleetReport::json(fleet, impact.before, &impact);
        QCOMPARE(json.value(QLatin1String("whatIfSummary"))
                     .toObject()
                     .value(QLatin1String("usersAffected"))
                     .toInt(),
                 12);
        const QJsonObject u01 = json.value(QLatin1String("users")).toArray().at(0).toObject();
        QCOMPARE(u01.value(QLatin1String("whatIf"))
                     .toObject()
                     .value(QLatin1String("injectedToolCount"))
                     .toInt(-1),
                 0);
        QCOMPARE(u01.value(QLatin1String("whatIf"))
                     .toObject()
                     .value(QLatin1String("lost"))
                     .toArray()
                     .size(),
                 6);
        QVERIFY(impact.summaryLines(fleet).first().contains(QLatin1String("every user loses")));

        // 6. The Coder MCP server has no regex setting in coderd
        //    (aibridgedserver.go getCoderMCPServerConfig sets id and url only).
        edits = WhatIfEdits::fromJson(R"j({"servers":{"coder":{"deny":"x"}}})j", &error);
        QVERIFY(edits);
        QVERIFY(edits->refusalFor(fleet).contains(QLatin1String("no tool regexes")));
        edits = WhatIfEdits::fromJson(R"j({"servers":{"gitlab":{"deny":"x"}}})j", &error);
        QVERIFY(edits->refusalFor(fleet).contains(QLatin1String("no server of that id")));

        // Bad files say what is wrong.
        QVERIFY(!WhatIfEdits::fromJson(R"j({"era":"D"})j", &error));
        QVERIFY(error.contains(QLatin1String("era")));
        QVERIFY(!WhatIfEdits::fromJson(R"j({"servers":{"github":{"alow":"x"}}})j", &error));
        QVERIFY(error.contains(QLatin1String("alow")));
        QVERIFY(!WhatIfEdits::fromJson("[1]", &error));
    }

    void compareAgainstSaved()
    {
        FleetSnapshot before = population();
        FleetSnapshot after = laterPopulation(); // u01 worse, u04 better
        FleetReplaySource a(before), b(after);
        const FleetResult old = scan(replaySetup(&a, before), a.users());
        const FleetResult now = scan(replaySetup(&b, after), b.users());
        const FleetComparison c = FleetComparison::compare(old, now);
        QCOMPARE(c.changes.size(), 2);
        QCOMPARE(c.changes.at(0).username, QStringLiteral("u01")); // the problem first
        QVERIFY(c.changes.at(0).worse);
        QCOMPARE(c.changes.at(0).toolsLost,
                 (QStringList{"bmcp_jira_jira_get_issue", "bmcp_jira_jira_search_v2"}));
        QCOMPARE(c.changes.at(1).username, QStringLiteral("u04"));
        QVERIFY(!c.changes.at(1).worse);
        QCOMPARE(c.changes.at(1).toolsGained,
                 (QStringList{"bmcp_github_create_issue", "bmcp_github_list_repos"}));
    }

    // Cancelled mid-scan at the 101st user's token call (concurrency 1): users 1–100 keep
    // their answers, cell by cell as the generator's rule says (docs/fleet.md), and the
    // 2900 others are listed as not scanned, the 101st included.
    void cancelMidScan()
    {
        const auto peer = startPeer({QStringLiteral("--users"), QStringLiteral("3000")});
        QVERIFY(peer);
        QNetworkAccessManager network;
        GatewaySource gateway(&network, peer->url, Secret(Key));
        const QList<CoderUser> users = generatedUsers(3000);
        FleetScanner scanner;
        CancelAtTokenCall source(&gateway, 101, [&scanner] { scanner.cancel(); });
        FleetScanner::Setup setup;
        setup.source = &source;
        setup.probe = false;
        setup.concurrency = 1;
        QSignalSpy finished(&scanner, &FleetScanner::finished);
        scanner.start(setup, users);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        const FleetResult fleet = scanner.result();
        QVERIFY(fleet.cancelled);
        QCOMPARE(fleet.missingUsers().size(), 2900);
        QCOMPARE(fleet.missingUsers().first(), SandboxScenario::generatedUsername(101));
        const int github = fleet.serverIndex(QStringLiteral("github"));
        for (int i = 1; i <= 100; ++i) {
            const FleetUser &u = fleet.users.at(i - 1);
            QVERIFY2(u.scanned(), qPrintable(u.username));
            QCOMPARE(u.cells.size(), fleet.servers.size());
            bool noLinks = false;
            const QString error = SandboxScenario::generatedTokenError(i, 0, &noLinks);
            const FleetTokenClass want = noLinks || error.contains(QLatin1String("no external"))
                                             ? FleetTokenClass::NotLinked
                                         : error.isEmpty() ? FleetTokenClass::Ok
                                                           : FleetTokenClass::Expired;
            QCOMPARE(int(u.cells.at(github).tokenClass), int(want));
        }
        for (int i = 101; i <= 3000; ++i)
            QVERIFY(fleet.users.at(i - 1).missing.contains(QLatin1String("cancelled")));
    }

    // A peer that drops the connection mid-scan: the scan reconnects and asks again, so
    // nobody is missing and every cell follows the generator's rule; without retries the
    // users it hit are named, never silently dropped.
    void connectionDroppedMidScan_data()
    {
        QTest::addColumn<int>("retries");
        QTest::newRow("resumes") << 2;
        QTest::newRow("says who is missing") << 0;
    }
    void connectionDroppedMidScan()
    {
        QFETCH(int, retries);
        const auto peer = startPeer({QStringLiteral("--users"), QStringLiteral("400"),
                                     QStringLiteral("--drop-after-tokens"), QStringLiteral("150")});
        QVERIFY(peer);
        QNetworkAccessManager network;
        GatewaySource gateway(&network, peer->url, Secret(Key));
        const QList<CoderUser> users = generatedUsers(400);
        FleetScanner::Setup setup;
        setup.source = &gateway;
        setup.probe = false;
        setup.retries = retries;
        const FleetResult fleet = scan(setup, users);
        if (retries == 0) {
            // The peer's 150th token call never answers and the connection goes: that
            // user, and any still in flight with it, are missing. Calls reach the peer and
            // answers come back out of order, so which users is not fixed; but at most 4
            // are in flight, so when the 150th arrived at most 150 + 3 had been started:
            // 1 to 4 users missing, all among users 1-153, everyone after answered on a
            // new connection.
            QVERIFY(!fleet.missingUsers().isEmpty());
            QVERIFY(fleet.missingUsers().size() <= 4);
            for (int i = 1; i <= 400; ++i)
                QVERIFY2(fleet.users.at(i - 1).scanned() || i <= 153,
                         qPrintable(QString::number(i)));
            for (const FleetUser &u : fleet.users)
                if (!u.scanned())
                    QVERIFY2(u.missing.contains(QLatin1String("no answer from coderd")),
                             qPrintable(u.missing));
            return;
        }
        QVERIFY2(fleet.missingUsers().isEmpty(), qPrintable(fleet.missingUsers().join(',')));
        const int github = fleet.serverIndex(QStringLiteral("github"));
        for (int i = 1; i <= 400; ++i) {
            bool noLinks = false;
            const QString error = SandboxScenario::generatedTokenError(i, 0, &noLinks);
            const FleetCell &cell = fleet.users.at(i - 1).cells.at(github);
            const FleetTokenClass want = noLinks || error.contains(QLatin1String("no external"))
                                             ? FleetTokenClass::NotLinked
                                         : error.isEmpty() ? FleetTokenClass::Ok
                                                           : FleetTokenClass::Expired;
            QCOMPARE(int(cell.tokenClass), int(want));
        }
    }

    // The CLI: `fleet --sandbox --json` keeps the documented shape and no token reaches
    // JSON or CSV; a bad what-if file is a clear error (exit 2).
    void cliJsonCsvAndBadInput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("fleet.csv"));
        const QString whatIf = dir.filePath(QStringLiteral("what-if.json"));
        QFile file(whatIf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"j({"servers":{"github":{"deny":"(create_gist|update_gist)"}}})j");
        file.close();
        QProcess cli;
        cli.start(QStringLiteral(AIBI_CLI),
                  {QStringLiteral("fleet"), QStringLiteral("--sandbox"), QStringLiteral("--json"),
                   QStringLiteral("--quiet"), QStringLiteral("--csv"), csv,
                   QStringLiteral("--what-if"), whatIf});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        const QJsonArray users = json.value(QLatin1String("users")).toArray();
        QCOMPARE(users.size(), 9);
        for (const QJsonValue &u : users) {
            const QJsonObject o = u.toObject();
            QVERIFY(o.contains(QLatin1String("username")));
            QVERIFY(o.contains(QLatin1String("injectedToolCount")));
            QVERIFY(o.value(QLatin1String("whatIf")).isObject());
            for (const QJsonValue &c : o.value(QLatin1String("servers")).toArray())
                for (const char *key : {"id", "outcome", "tokenStatus", "injectedToolCount"})
                    QVERIFY2(c.toObject().contains(QLatin1String(key)), key);
        }
        const QJsonArray servers = json.value(QLatin1String("servers")).toArray();
        QVERIFY(!servers.isEmpty());
        for (const QJsonValue &s : servers)
            QVERIFY(s.toObject().value(QLatin1String("tokenStatus")).isObject());
        QCOMPARE(json.value(QLatin1String("whatIfSummary"))
                     .toObject()
                     .value(QLatin1String("usersAffected"))
                     .toInt(),
                 5);
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray rows = table.readAll();
        QVERIFY(rows.startsWith("username,user_id,server,"));
        // The sandbox's tokens all start with sbx_: none may appear.
        QVERIFY(!out.contains("sbx_") && !rows.contains("sbx_"));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"j({"servers":{"github":{"alow":"x"}}})j");
        file.close();
        cli.start(QStringLiteral(AIBI_CLI), {QStringLiteral("fleet"), QStringLiteral("--sandbox"),
                                             QStringLiteral("--what-if"), whatIf});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("unknown key \"alow\""));
    }

    // --probe-each: every user's servers listed again with their own token, a few users
    // at a time; the sandbox's servers give every token the same list.
    void probeEachUser()
    {
        SandboxDeployment sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        GatewaySource gateway(&network, sandbox.url(), sandbox.gatewayKey());
        QList<CoderUser> users{sandbox.scenario().admin};
        for (const SandboxUser &u : sandbox.scenario().users)
            users << u.user;
        FleetScanner::Setup setup;
        setup.source = &gateway;
        setup.perUserConfigs = true;
        setup.network = &network;
        setup.probeEach = true;
        setup.perUserProbes = 2;
        setup.era = CoderEra::Era::B;
        setup.sessionKey = sandbox.adminToken();
        setup.deploymentUrl = sandbox.url();
        setup.trustedOrigins = {sandbox.mcpServer(QStringLiteral("coder"))->url()};
        const FleetResult fleet = scan(setup, users);
        QVERIFY(fleet.probedEach);
        const FleetServer &github = fleet.servers.at(fleet.serverIndex(QStringLiteral("github")));
        // admin, alice, bob, carol, dave have github proxied (heidi has no links).
        QCOMPARE(github.usersProbed, 5);
        QCOMPARE(github.usersWithOtherTools, 0);
        const FleetServer &jira = fleet.servers.at(fleet.serverIndex(QStringLiteral("jira")));
        QCOMPARE(jira.usersProbed, 1); // alice only
        // Linear answers 401 to erin's own token, the one coderd holds: her proxier's Init
        // fails (coderd/aibridged/pool.go) and Linear injects nothing for her. That is an
        // answer for her (0), while Linear's list for anyone else stays unknown.
        const FleetServer &linear = fleet.servers.at(fleet.serverIndex(QStringLiteral("linear")));
        QCOMPARE(linear.usersProbed, 1);
        QCOMPARE(linear.usersWithOtherTools, 0);
        QVERIFY(!linear.probed.toolsKnown);
        QVERIFY(linear.toolsNote.contains(QLatin1String("refused erin's token")));
        const FleetEvaluation e = FleetEvaluation::evaluate(fleet);
        int alice = -1, erin = -1;
        for (int u = 0; u < fleet.users.size(); ++u) {
            if (fleet.users.at(u).username == QLatin1String("alice"))
                alice = u;
            if (fleet.users.at(u).username == QLatin1String("erin"))
                erin = u;
        }
        QCOMPARE(e.injected.at(alice), 18); // 4 coder + 2 github + 12 jira, her own lists
        QCOMPARE(e.injected.at(erin), 4);   // 4 coder + 0 linear (refused); jira expired
    }

    // A sandbox fleet saved by the CLI replays to the same users, story configs included.
    void cliSaveAndReplay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString saved = dir.filePath(QStringLiteral("fleet.json"));
        const auto run = [](const QStringList &arguments) {
            QProcess cli;
            cli.start(QStringLiteral(AIBI_CLI), arguments);
            cli.waitForFinished(60000);
            return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        };
        const QJsonObject live =
            run({QStringLiteral("fleet"), QStringLiteral("--sandbox"), QStringLiteral("--quiet"),
                 QStringLiteral("--json"), QStringLiteral("--save-snapshot"), saved});
        const QJsonObject replayed =
            run({QStringLiteral("fleet"), QStringLiteral("--snapshot"), saved,
                 QStringLiteral("--quiet"), QStringLiteral("--json")});
        QCOMPARE(live.value(QLatin1String("users")).toArray().size(), 9);
        QCOMPARE(replayed.value(QLatin1String("users")), live.value(QLatin1String("users")));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sbx_"));
    }

    // Issue 26.2: an edited server whose tools are unknown never reads as "no change".
    // Without jira's recorded tools, an edit to jira may change the 6 users it is proxied
    // for (u01, u03, u06, u07, u09, u12 by the hand-worked table): the count is unknown, at
    // least 0, and the summary names jira. An edit to github (tools known) stays exact.
    void unknownToolsAreNotNoChange()
    {
        FleetReplaySource source(population());
        FleetScanner::Setup setup = replaySetup(&source, source.snapshot());
        setup.recordedTools.remove(QStringLiteral("jira"));
        const FleetResult fleet = scan(setup, source.users());
        QString error;
        auto edits = WhatIfEdits::fromJson(R"j({"servers":{"jira":{"allow":""}}})j", &error);
        WhatIfImpact impact = WhatIfImpact::evaluate(fleet, *edits);
        QVERIFY(!impact.affectedKnown);
        QCOMPARE(impact.serversWithUnknownTools, QStringList{"jira"});
        const QJsonObject summary = impact.summaryJson(fleet);
        QVERIFY(summary.value(QLatin1String("usersAffected")).isNull());
        QCOMPARE(summary.value(QLatin1String("usersAffectedAtLeast")).toInt(-1), 0);
        const QString lines = impact.summaryLines(fleet).join(QLatin1Char('\n'));
        QVERIFY2(!lines.contains(QLatin1String("No user gains or loses")), qPrintable(lines));
        QVERIFY2(lines.contains(QLatin1String("jira")) && lines.contains(QLatin1String("Unknown")),
                 qPrintable(lines));
        // Why unknown says what would make it known: here the tools were not probed.
        QVERIFY2(lines.contains(QLatin1String("without --no-probe")), qPrintable(lines));

        edits = WhatIfEdits::fromJson(R"j({"servers":{"github":{"deny":"^(delete_|create_)"}}})j",
                                      &error);
        impact = WhatIfImpact::evaluate(fleet, *edits);
        QVERIFY(impact.affectedKnown);
        QCOMPARE(impact.usersAffected, 7);
    }

    // Issue 26.6: before and after count on the same lists. A user whose own list
    // (--probe-each) holds 130 tools is over the limit as deployed; an edit to that
    // server counts the shared list (2 tools) on both sides, so nobody "leaves" the
    // budget because of whose list was counted.
    void budgetOnOneBaseline()
    {
        FleetResult fleet;
        fleet.era = CoderEra::Era::C;
        FleetServer github;
        github.id = QStringLiteral("github");
        github.probed.id = github.id;
        ToolInventory::setServerTools(github.probed, {McpTool{QStringLiteral("create_issue")},
                                                      McpTool{QStringLiteral("list_repos")}});
        fleet.servers << github;
        FleetUser user;
        user.id = QStringLiteral("u");
        user.username = QStringLiteral("u");
        FleetCell cell;
        cell.present = true;
        cell.outcome = ResolvedServer::Outcome::Proxied;
        cell.tokenClass = FleetTokenClass::Ok;
        cell.ownInjected = 130;
        cell.ownToolsHash = 7;
        user.cells << cell;
        fleet.users << user;
        QVERIFY(FleetEvaluation::evaluate(fleet).overBudget(0)); // as deployed: her own 130
        QString error;
        const auto edits =
            WhatIfEdits::fromJson(R"j({"servers":{"github":{"deny":"^delete_"}}})j", &error);
        const WhatIfImpact impact = WhatIfImpact::evaluate(fleet, *edits);
        QCOMPARE(impact.before.injected.at(0), 2);
        QCOMPARE(impact.after.injected.at(0), 2);
        QVERIFY(impact.leavingBudget.isEmpty());
        QVERIFY(impact.crossingBudget.isEmpty());
    }

    // Issue 26.5: a user the later scan did not reach is "not scanned", never "no longer
    // in the fleet", and the comparison says the scan was partial.
    void comparePartialScan()
    {
        const FleetResult old = replay();
        FleetResult now = replay();
        now.cancelled = true;
        now.users[2].cells.clear();
        now.users[2].missing = QStringLiteral("not scanned: the scan was cancelled"); // u03
        const FleetComparison c = FleetComparison::compare(old, now);
        QCOMPARE(c.changes.size(), 1);
        QCOMPARE(c.changes.at(0).username, QStringLiteral("u03"));
        QVERIFY(c.changes.at(0).notScannedAfter);
        QVERIFY(!c.changes.at(0).removed);
        QVERIFY(c.afterPartial);
        QCOMPARE(c.usersCompared, 11);
        const QString lines = c.summaryLines().join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QLatin1String("partial")), qPrintable(lines));
        QVERIFY(!lines.contains(QLatin1String("no longer in the fleet")));
        // The other way round: not scanned then.
        const FleetComparison back = FleetComparison::compare(now, old);
        QCOMPARE(back.changes.size(), 1);
        QVERIFY(back.changes.at(0).notScannedBefore);
        QVERIFY(back.beforePartial);
    }

    // Issue 26.8: an external provider with id "coder" lands on the key the factory
    // registers the Coder MCP server under (coderd/aibridged/mcp.go: proxiers["coder"]
    // first, then proxiers[cfg.Id] for each external config with a token), so where its
    // token is ok it replaces the Coder server: u01 (token ok) has the Coder server
    // "replaced" and the provider proxied; u02 (expired) keeps the Coder server.
    void externalProviderNamedCoder()
    {
        FleetSnapshot s = population();
        McpServerConfig impostor;
        impostor.id = QStringLiteral("coder");
        impostor.url = QStringLiteral("http://127.0.0.1:1/impostor");
        s.configs.response->externalAuthMcpConfigs << impostor;
        s.users[0].tokens->response->accessTokens.insert(QStringLiteral("coder"),
                                                         Secret(QStringLiteral("t")));
        s.users[1].tokens->response->errors.insert(
            QStringLiteral("coder"), QStringLiteral("expired or invalid OAuth2 token"));
        FleetReplaySource source(s);
        const FleetResult fleet = scan(replaySetup(&source, s), source.users());
        int coderServer = -1, external = -1;
        for (int i = 0; i < fleet.servers.size(); ++i)
            if (fleet.servers.at(i).id == QLatin1String("coder"))
                (fleet.servers.at(i).kind == ResolvedServer::Kind::Coder ? coderServer : external) =
                    i;
        QVERIFY(coderServer >= 0 && external >= 0);
        const FleetCell &u01 = fleet.users.at(0).cells.at(coderServer);
        QCOMPARE(u01.outcome, ResolvedServer::Outcome::Dropped);
        QCOMPARE(u01.reason, ResolvedServer::Reason::Replaced);
        QCOMPARE(fleet.users.at(0).cells.at(external).outcome, ResolvedServer::Outcome::Proxied);
        QCOMPARE(fleet.users.at(1).cells.at(coderServer).outcome, ResolvedServer::Outcome::Proxied);
        QVERIFY(
            fleet.notes.join(QLatin1Char(' ')).contains(QLatin1String("replaces the Coder MCP")));
    }

    // Issue 26.8: an unknown era is said and shown per era. The population's tools in era
    // A keep jira_search.v2's dot (a name the OpenAI API refuses), in B and C it is
    // sanitised: jira injects 1 usable tool in A, 2 in B and C.
    void unknownEraPerEra()
    {
        FleetReplaySource source(population());
        FleetScanner::Setup setup = replaySetup(&source, source.snapshot());
        setup.era = CoderEra::Era::Unknown;
        const FleetResult fleet = scan(setup, source.users());
        const FleetEvaluation e = FleetEvaluation::evaluate(fleet);
        QVERIFY(e.eraAssumed);
        const QJsonObject json = FleetReport::json(fleet, e);
        QCOMPARE(json.value(QLatin1String("era")).toString(), QStringLiteral("unknown"));
        const QJsonObject u01 = json.value(QLatin1String("users")).toArray().at(0).toObject();
        const QJsonObject byEra = u01.value(QLatin1String("injectedToolCountByEra")).toObject();
        QCOMPARE(byEra.value(QLatin1String("A")).toInt(), 5);
        QCOMPARE(byEra.value(QLatin1String("B")).toInt(), 6);
        QCOMPARE(byEra.value(QLatin1String("C")).toInt(), 6);
        const QString text = FleetReport::text(fleet, e);
        QVERIFY2(text.contains(QLatin1String("jira injects per era: A 1, B 2, C 2")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("era unknown")));
    }

    // Issue 26.10: the tools are listed with the first scanned user whose token is ok,
    // in list order (concurrency 1): heidi has no links, erin has no GitHub, dave's
    // GitHub token is ok (the sandbox's stories), so dave lists GitHub; alice lists Jira.
    void listedByFirstOkUser()
    {
        SandboxDeployment sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        GatewaySource gateway(&network, sandbox.url(), sandbox.gatewayKey());
        QList<CoderUser> users;
        for (const char *name : {"heidi", "erin", "dave", "alice", "bob"})
            users << sandbox.scenario().user(QLatin1String(name))->user;
        FleetScanner::Setup setup;
        setup.source = &gateway;
        setup.perUserConfigs = true;
        setup.network = &network;
        setup.concurrency = 1;
        setup.era = CoderEra::Era::B;
        setup.sessionKey = sandbox.adminToken();
        setup.sessionUsername = QStringLiteral("admin");
        setup.deploymentUrl = sandbox.url();
        setup.trustedOrigins = {sandbox.mcpServer(QStringLiteral("coder"))->url()};
        const FleetResult fleet = scan(setup, users);
        QCOMPARE(fleet.servers.at(fleet.serverIndex(QStringLiteral("github"))).listedBy,
                 QStringLiteral("dave"));
        QCOMPARE(fleet.servers.at(fleet.serverIndex(QStringLiteral("jira"))).listedBy,
                 QStringLiteral("alice"));
        QCOMPARE(fleet.servers.at(fleet.serverIndex(QStringLiteral("coder"))).listedBy,
                 QStringLiteral("admin"));
        QVERIFY(fleet.servers.at(fleet.serverIndex(QStringLiteral("github"))).probed.toolsKnown);
    }

    // Issue 26.11: a fleet snapshot of 1 GiB (sparse: no disk) is refused before it is
    // read, with a clear error, by the CLI too (exit 2).
    void hugeSnapshotRefused()
    {
        // The cap worked by hand from the format's bound (FleetSnapshot.h): 64 MiB of
        // configs and tool lists + 250 000 users × 2 048 bytes = 67 108 864 + 512 000 000 =
        // 579 108 864 bytes (552 MiB). At the cap a file is read (and here fails as JSON);
        // one byte over, it is refused before reading.
        constexpr qint64 Cap = 579108864;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"j({"kind": "aibridge-inspector-fleet", "version": 1)j");
        QVERIFY(file.resize(Cap));
        file.close();
        QString error;
        QVERIFY(!FleetSnapshot::readFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("invalid JSON")), qPrintable(error));
        QVERIFY(file.resize(Cap + 1));
        QVERIFY(!FleetSnapshot::readFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("larger than the 552 MiB a fleet snapshot may take")),
                 qPrintable(error));
        QProcess cli;
        cli.start(QStringLiteral(AIBI_CLI), {QStringLiteral("fleet"), QStringLiteral("--snapshot"),
                                             path, QStringLiteral("--quiet")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("larger than the 552 MiB"));
    }

    // Issue 25.3: the matrix's order over more rows than are ordered at once comes from a
    // worker, applied in one step; the expected orders are built by hand from how the
    // fleet is made, not by the model's own code.
    void matrixOrderOffThread()
    {
        constexpr int N = 6000; // above FleetSortFilterModel::SyncRows
        QVERIFY(N > FleetSortFilterModel::SyncRows);
        FleetResult fleet;
        fleet.era = CoderEra::Era::C;
        FleetServer github;
        github.id = QStringLiteral("github");
        github.kind = ResolvedServer::Kind::External;
        github.probed.id = github.id;
        github.probed.kind = github.kind;
        ToolInventory::setServerTools(github.probed, {McpTool{QStringLiteral("create_issue")},
                                                      McpTool{QStringLiteral("list_repos")}});
        fleet.servers << github;
        for (int i = 0; i < N; ++i) {
            FleetUser user;
            // 7919 is prime to 6000: the names are a permutation of user00000..user05999.
            user.username = QStringLiteral("user%1").arg((i * 7919) % N, 5, 10, QLatin1Char('0'));
            user.id = QStringLiteral("id-%1").arg(i);
            FleetCell cell;
            cell.present = true;
            // Every third user is not linked: dropped, a problem, 0 tools; the others 2.
            cell.outcome =
                i % 3 == 0 ? ResolvedServer::Outcome::Dropped : ResolvedServer::Outcome::Proxied;
            cell.reason =
                i % 3 == 0 ? ResolvedServer::Reason::NoToken : ResolvedServer::Reason::None;
            cell.tokenClass = i % 3 == 0 ? FleetTokenClass::NotLinked : FleetTokenClass::Ok;
            user.cells << cell;
            fleet.users << user;
        }
        FleetTableModel model;
        FleetSortFilterModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy settled(&view, &FleetSortFilterModel::settled);
        QSignalSpy busy(&view, &FleetSortFilterModel::busyChanged);
        view.setFleetModel(&model);
        model.setFleet(fleet, FleetEvaluation::evaluate(fleet));
        QCOMPARE(view.rowCount(), N); // the scan's order until the sort is ready
        QVERIFY(view.isBusy());
        QVERIFY(settled.wait(20000));
        QVERIFY(!view.isBusy());
        QCOMPARE(busy.count(), 2); // on, then off
        const auto name = [&](int row) {
            return view.index(row, FleetTableModel::UserColumn).data().toString();
        };
        for (int v = 0; v < N; v += 997)
            QCOMPARE(name(v), QStringLiteral("user%1").arg(v, 5, 10, QLatin1Char('0')));

        // Tools descending, stable: the linked users in scan order, then the others.
        const QPersistentModelIndex held = view.index(0, 0); // user00000, scan row 0: not linked
        QCOMPARE(name(0), fleet.users.at(0).username);
        settled.clear();
        view.sort(FleetTableModel::UserColumn, Qt::DescendingOrder);
        view.sort(FleetTableModel::InjectedColumn, Qt::DescendingOrder); // supersedes it
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.count(), 1);
        QList<int> expected;
        for (int i = 0; i < N; ++i)
            if (i % 3 != 0)
                expected << i;
        for (int i = 0; i < N; i += 3)
            expected << i;
        for (int v = 0; v < N; v += 101)
            QCOMPARE(view.mapToSource(view.index(v, 0)).row(), expected.at(v));
        QCOMPARE(view.mapToSource(view.index(N - 1, 0)).row(), N - 3);
        // A held row (a selection) follows its user.
        QCOMPARE(held.row(), 4000); // the first of the 2 000 not linked, after 4 000 linked
        QCOMPARE(held.data().toString(), fleet.users.at(0).username);

        // Only users with a problem: the 2 000 not linked; then a name filter within them.
        settled.clear();
        view.setProblemsOnly(true);
        QVERIFY(settled.wait(20000));
        QCOMPARE(view.rowCount(), N / 3);
        for (int v = 0; v < view.rowCount(); v += 97)
            QCOMPARE(view.mapToSource(view.index(v, 0)).row() % 3, 0);
        settled.clear();
        view.setProblemsOnly(false);
        view.setText(QStringLiteral("USER0599")); // case-insensitive: user05990..user05999
        QVERIFY(settled.wait(20000));
        QCOMPARE(view.rowCount(), 10);
    }

    // Issue 25.2: --rate paces the token calls: at 25 a second the k-th starts no earlier
    // than k × 40 ms into the scan, with four slots free to go sooner; the answers are the
    // same as unpaced.
    void rateCapsTokenCalls()
    {
        FleetReplaySource inner(population());
        TimedCalls timed(&inner);
        FleetScanner::Setup setup = replaySetup(&timed, inner.snapshot());
        setup.concurrency = 4;
        setup.rate = 25;
        const FleetResult paced = scan(setup, inner.users());
        QCOMPARE(timed.startedMs.size(), 12);
        for (int k = 0; k < timed.startedMs.size(); ++k)
            QVERIFY2(
                timed.startedMs.at(k) >= k * 40.0,
                qPrintable(QStringLiteral("call %1 at %2 ms").arg(k).arg(timed.startedMs.at(k))));
        const FleetResult unpaced = replay();
        QCOMPARE(injectedByUser(paced, FleetEvaluation::evaluate(paced)),
                 injectedByUser(unpaced, FleetEvaluation::evaluate(unpaced)));

        // The notice before a scan: 2 000 users × 50 ms ÷ 4 = 25 s, and 4 ÷ 50 ms = 80
        // GETs a second per provider; --rate 10 makes it 2 000 ÷ 10 = 200 s and 10 a second.
        FleetReport::CostOptions cost;
        cost.validateMs = 50;
        const QStringList external{QStringLiteral("github")};
        QString text = FleetReport::cost(2000, external, true, cost);
        QVERIFY2(
            text.contains(QStringLiteral("at least 25 s (2000 user(s) × 50 ms ÷ 4 at a time)")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("up to 80 validate GET(s) a second")),
                 qPrintable(text));
        cost.rate = 10;
        text = FleetReport::cost(2000, external, true, cost);
        QVERIFY2(text.contains(QLatin1String("at least 3 min 20 s")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("up to 10 validate GET(s) a second")),
                 qPrintable(text));
        cost = FleetReport::CostOptions();
        text = FleetReport::cost(2000, external, true, cost);
        QVERIFY2(text.contains(QLatin1String("unknown here")), qPrintable(text));
        // Bad input to the CLI: a rate of zero, and a latency that is not a number.
        for (const QStringList &args :
             {QStringList{QStringLiteral("--rate"), QStringLiteral("0")},
              QStringList{QStringLiteral("--validate-ms"), QStringLiteral("soon")}}) {
            QProcess cli;
            cli.start(QStringLiteral(AIBI_CLI),
                      QStringList{QStringLiteral("fleet"), QStringLiteral("--sandbox")} + args);
            QVERIFY(cli.waitForFinished(30000));
            QCOMPARE(cli.exitCode(), 2);
            const QByteArray err = cli.readAllStandardError();
            QVERIFY2(err.contains(args.first().mid(2).toUtf8()), err.constData());
        }
    }

    void snapshotBoundsPerUser()
    {
        const QByteArray head =
            R"j({"kind":"aibridge-inspector-fleet","version":1,"configs":{},"users":[)j";
        QString error;
        // One user's record past 64 KiB (65 536 bytes): 23 + 65 536 + 2 = 65 561 bytes, refused.
        const QByteArray big =
            QByteArray("{\"id\":\"u1\",\"username\":\"") + QByteArray(65536, 'a') + "\"}";
        QVERIFY(!FleetSnapshot::read(head + R"j({"id":"u0","username":"a"},)j" + big + "]}",
                                     QStringLiteral("big.json"), &error));
        QVERIFY2(error.contains(QLatin1String("users[1]: 65561 bytes, more than the 64 KiB")),
                 qPrintable(error));
        // 250 001 users: one more than a snapshot holds.
        QByteArray many = head;
        for (int i = 0; i < 250001; ++i)
            many += i ? ",{}" : "{}";
        QVERIFY(!FleetSnapshot::read(many + "]}", QStringLiteral("many.json"), &error));
        QVERIFY2(error.contains(QLatin1String("250001 users, more than the 250000")),
                 qPrintable(error));
        // A user's own JSON error names the user; the same file indented or with the users
        // first reads alike (the structural walk is not the format's only reader).
        QVERIFY(!FleetSnapshot::read(head + R"j({"id":"u0","username":}]})j",
                                     QStringLiteral("bad.json"), &error));
        QVERIFY2(error.contains(QLatin1String("users[0]: invalid JSON")), qPrintable(error));
        const QByteArray indented = R"j({
    "users": [ { "id": "u0", "username": "ana", "tokens": null },
               { "id": "u1", "username": "bo", "missing": "why" } ],
    "kind": "aibridge-inspector-fleet", "version": 1, "configs": {}
})j";
        const auto read = FleetSnapshot::read(indented, QStringLiteral("indented.json"), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->users.size(), 2);
        QCOMPARE(read->users.at(1).user.username, QStringLiteral("bo"));
        QCOMPARE(read->users.at(1).missing, QStringLiteral("why"));
        // An escaped key is the same key to JSON: the whole-file parse reads it.
        const QByteArray escaped = "{\"kind\":\"aibridge-inspector-fleet\",\"configs\":{},"
                                   "\"us\\u0065rs\":[{\"id\":\"u0\",\"username\":\"ana\","
                                   "\"tokens\":null}]}";
        const auto viaTree = FleetSnapshot::read(escaped, QStringLiteral("escaped.json"), &error);
        QVERIFY2(viaTree, qPrintable(error));
        QCOMPARE(viaTree->users.size(), 1);
    }

    // Issue 26.4 and 26.10: coderd-peer computes each batch from a links table by
    // aibridgedserver's rules (its own implementation, tests/coderd-peer), with a real GET
    // to its validate endpoint per linked token. Expected classes from ValidateToken
    // (coderd/externalauth/externalauth.go, v2.35.1): 200 valid; 401 and a bare 403
    // invalid; a 403 with Retry-After and a 429 valid (rate limited); a past expiry
    // invalid without a request; a 503 invalid with an error. GetMCPServerAccessTokensBatch:
    // no link for the provider "no external auth link found"; no links at all, an empty
    // answer (not linked here). Jira's validate endpoint answers 503 to everyone: every
    // linked user reads invalid, so the fleet flags Jira, not GitHub.
    void peerComputesFromLinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString links = dir.filePath(QStringLiteral("links.json"));
        QFile file(links);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto user = [](int i, const QString &github, bool jira) {
            QJsonArray l;
            if (github == QLatin1String("expired"))
                l << QJsonObject{{"provider", "github"},
                                 {"token", QStringLiteral("g%1").arg(i)},
                                 {"expiry", "2000-01-01T00:00:00Z"}};
            else if (!github.isEmpty())
                l << QJsonObject{{"provider", "github"},
                                 {"token", QStringLiteral("g%1").arg(i)},
                                 {"validate", github}};
            if (jira)
                l << QJsonObject{{"provider", "jira"}, {"token", QStringLiteral("j%1").arg(i)}};
            return QJsonObject{
                {"id",
                 QStringLiteral("00000000-0000-4000-c000-%1").arg(i, 12, 10, QLatin1Char('0'))},
                {"username", QStringLiteral("l%1").arg(i, 2, 10, QLatin1Char('0'))},
                {"links", l}};
        };
        const QJsonArray users{user(1, "200", true), user(2, "401", true),
                               user(3, "403", true), user(4, "403-retry-after", true),
                               user(5, "429", true), user(6, "expired", true),
                               user(7, {}, true),    user(8, {}, false)};
        const QJsonObject table{
            {"coder", QJsonObject{{"url", "http://127.0.0.1:1/coder"}}},
            {"providers",
             QJsonArray{QJsonObject{{"id", "github"}, {"mcp_url", "http://127.0.0.1:1/github"}},
                        QJsonObject{{"id", "jira"},
                                    {"mcp_url", "http://127.0.0.1:1/jira"},
                                    {"validate", "503"}}}},
            {"users", users}};
        file.write(QJsonDocument(table).toJson());
        file.close();
        const auto peer = startPeer({QStringLiteral("--links"), links});
        QVERIFY(peer);
        QNetworkAccessManager network;
        GatewaySource gateway(&network, peer->url, Secret(Key));
        QList<CoderUser> list;
        for (const QJsonValue &u : users)
            list << CoderUser{u[QLatin1String("id")].toString(),
                              u[QLatin1String("username")].toString(),
                              {},
                              {},
                              {},
                              {},
                              {}};
        FleetScanner::Setup setup;
        setup.source = &gateway;
        setup.probe = false;
        const FleetResult fleet = scan(setup, list);
        QVERIFY(fleet.missingUsers().isEmpty());
        const int github = fleet.serverIndex(QStringLiteral("github"));
        const int jira = fleet.serverIndex(QStringLiteral("jira"));
        QStringList classes;
        for (const FleetUser &u : fleet.users)
            classes << FleetResult::tokenClassName(u.cells.at(github).tokenClass);
        QCOMPARE(classes, (QStringList{"ok", "expired", "expired", "ok", "ok", "expired",
                                       "not-linked", "not-linked"}));
        const FleetEvaluation e = FleetEvaluation::evaluate(fleet);
        QCOMPARE(e.servers.at(jira).tokens[int(FleetTokenClass::Expired)], 7);
        QCOMPARE(e.servers.at(jira).tokens[int(FleetTokenClass::Ok)], 0);
        QCOMPARE(FleetReport::suspectValidateOutages(fleet, e), QList<int>{jira});
        QVERIFY(FleetReport::text(fleet, e).contains(QLatin1String("validate endpoint failing")));
        // One validate request per linked, unexpired token: 5 to GitHub (l06's expired
        // token asks nothing), 7 to Jira.
        QNetworkReply *reply =
            network.get(QNetworkRequest(peer->url.resolved(QUrl(QStringLiteral("/peer/stats")))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(stats.value(QLatin1String("validate_calls")).toInt(), 12);
        QCOMPARE(stats.value(QLatin1String("token_calls")).toInt(), 8);
        // Nine calls (the configs once, eight token batches), at most four at a time: a
        // stream that answered carries the next call, so no more than four were opened.
        const int streams = stats.value(QLatin1String("yamux_streams")).toInt();
        QVERIFY2(streams >= 1 && streams <= 4, qPrintable(QString::number(streams)));
    }

    // Issue 26.1 through the CLI, as the issue runs it: the sandbox's 9 users, a deny
    // regex RE2 refuses on github: every user is affected, each with 0 tools after.
    void cliRegexStopsCoderd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString whatIf = dir.filePath(QStringLiteral("what-if.json"));
        QFile file(whatIf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"j({"servers":{"github":{"deny":"(?!x)"}}})j");
        file.close();
        QProcess cli;
        cli.start(QStringLiteral(AIBI_CLI),
                  {QStringLiteral("fleet"), QStringLiteral("--sandbox"), QStringLiteral("--json"),
                   QStringLiteral("--quiet"), QStringLiteral("--what-if"), whatIf});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject summary = json.value(QLatin1String("whatIfSummary")).toObject();
        QCOMPARE(summary.value(QLatin1String("usersAffected")).toInt(), 9);
        QVERIFY(summary.value(QLatin1String("coderdStopped")).toBool());
        for (const QJsonValue &u : json.value(QLatin1String("users")).toArray()) {
            const QJsonObject w = u[QLatin1String("whatIf")].toObject();
            QCOMPARE(w.value(QLatin1String("injectedToolCount")).toInt(-1), 0);
            const int before = u[QLatin1String("injectedToolCount")].toInt(-1);
            if (before > 0) // every tool they had is lost
                QCOMPARE(w.value(QLatin1String("lost")).toArray().size(), before);
        }
    }

    // Issue 26.3: which refusals are answers. RFC 6750 3.1: a 401, or a 403 whose
    // challenge says invalid_token or insufficient_scope, refuses the token itself; the
    // proxier's Init then fails (coderd/aibridged/pool.go) and the server injects nothing
    // for this user. A bare 403 may refuse this workstation only: unknown.
    void ownTokenRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<bool>("refused");
        QTest::newRow("401") << 401 << QByteArray("Bearer error=\"invalid_token\"") << true;
        QTest::newRow("403 insufficient_scope")
            << 403 << QByteArray("Bearer error=\"insufficient_scope\", scope=\"repo\"") << true;
        QTest::newRow("403 invalid_token")
            << 403 << QByteArray("Bearer error=\"invalid_token\"") << true;
        QTest::newRow("bare 403") << 403 << QByteArray() << false;
    }
    void ownTokenRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);
        QFETCH(bool, refused);
        SandboxMcpServer server({});
        QVERIFY(server.listen());
        server.setFault([&](const RawHttpRequest &, const QJsonObject &, RawHttpResponder *r) {
            HttpHeaders headers;
            if (!challenge.isEmpty())
                headers << qMakePair(QByteArray("WWW-Authenticate"), challenge);
            r->respond(status, "application/json", "{}", headers);
            return true;
        });
        Resolution r;
        r.era = CoderEra::Era::B;
        ResolvedServer s;
        s.id = QStringLiteral("github");
        s.kind = ResolvedServer::Kind::External;
        s.url = server.url().toString();
        s.outcome = ResolvedServer::Outcome::Proxied;
        s.tokenStatus = ResolvedServer::TokenStatus::Ok;
        s.bearerToken = Secret(QStringLiteral("the-users-own-token"));
        r.servers << s;
        QNetworkAccessManager network;
        ProbeRunner runner(&network);
        McpTransportOptions options;
        options.allowHttp = true; // the local server speaks plain http on 127.0.0.1
        runner.setOptions(options);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.probe(r);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const Resolution probed = finished.at(0).at(0).value<Resolution>();
        const ResolvedServer &out = probed.servers.first();
        QVERIFY2(out.tokenRefused == refused, qPrintable(out.toolsError));
        QCOMPARE(probed.injectedCountKnown(), refused);
        QCOMPARE(probed.injectedToolCount, 0);
        if (!refused) // the era's prediction claims nothing either
            QCOMPARE(out.coderViews.value(int(CoderEra::Era::A)).outcome,
                     CoderPrediction::Outcome::Unknown);
    }

    // Issue 26.4: the cost notice, hand-counted for 10 users and 2 providers: up to
    // 10 x 2 = 20 validate requests, 60 with 2 retries; --probe-each adds 10 x (2 + the
    // Coder server) = 30 MCP sessions; a rate-limited burst reads as valid.
    void costNotice()
    {
        FleetReport::CostOptions options;
        options.probeEach = true;
        const QString text = FleetReport::cost(10, {QStringLiteral("github"), QStringLiteral("jira")},
                                               true, options);
        QVERIFY2(text.contains(QLatin1String("Up to 20 validate requests")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("up to 60 validate requests in all")));
        QVERIFY(text.contains(QLatin1String("up to 30 more MCP sessions")));
        QVERIFY(text.contains(QLatin1String("counts as valid")));
        QVERIFY(text.contains(QLatin1String("a revoked token may then read as ok")));
    }

    // Issue 24.2, by hand on the population: since the earlier scan u01's Jira token
    // expired (new), u02's was expired already (not new again), u04 linked GitHub (better,
    // Jira still not linked: not new); with 123 client tools the users at 6 tools cross
    // the OpenAI API's 128 (u07, u09, u12: 129), u01 now at 4 does not (127).
    void newProblemsByHand()
    {
        FleetSnapshot before = population();
        FleetSnapshot after = laterPopulation();
        FleetReplaySource a(before), b(after);
        const FleetResult old = scan(replaySetup(&a, before), a.users());
        FleetScanner::Setup setup = replaySetup(&b, after);
        setup.clientToolCount = 123;
        const FleetResult now = scan(setup, b.users());
        const QList<FleetProblems::User> problems = FleetProblems::newSince(old, now);
        QMap<QString, QStringList> byUser;
        for (const FleetProblems::User &u : problems)
            byUser.insert(u.username, u.problems);
        QCOMPARE(byUser.keys(), (QStringList{"u01", "u07", "u09", "u12"}));
        QCOMPARE(byUser.value(QStringLiteral("u01")),
                 QStringList{QStringLiteral("jira: token expired or invalid")});
        QVERIFY(byUser.value(QStringLiteral("u07")).first().contains(QLatin1String("128-tool limit")));
        // The same scan twice: nothing new.
        QVERIFY(FleetProblems::newSince(now, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
