// SPDX-License-Identifier: Apache-2.0
#include "gateway/GatewaySource.h"
#include "mcp/ProbeRunner.h"
#include "RawHttpServer.h"
#include "ResolveHelpers.h"
#include "SandboxDeployment.h"
#include "session/InspectorSession.h"
#include "session/ReportWriter.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

Q_DECLARE_METATYPE(Resolution)

// Each sandbox user's story, end to end over loopback: the configurator endpoint,
// the resolver, and live probes of the in-process MCP servers.
class TestSandbox : public QObject
{
    Q_OBJECT
    SandboxDeployment m_sandbox;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Resolution>();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void stories_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QString>("probes"); // id=tools or id!error-kind, proxied servers only
        QTest::addColumn<int>("injected");
        QTest::addColumn<QString>(
            "noteHas"); // in a regex error, token error, probe error or warning

        QTest::newRow("alice: all good")
            << "alice"
            << "coder:proxied//not-needed github:proxied//ok jira:proxied//ok"
            << "coder=4 github=5 jira=12" << 18 << "";
        QTest::newRow("bob: not linked to Jira")
            << "bob"
            << "coder:proxied//not-needed github:proxied//ok jira:dropped/token-error/error"
            << "coder=4 github=5" << 6 << "no external auth link found";
        QTest::newRow("carol: delegated, no session key")
            << "carol"
            << "coder:dropped/no-session-key/not-needed github:proxied//ok"
            << "github=5" << 2 << "";
        QTest::newRow("dave: look-ahead deny regex")
            << "dave"
            << "coder:proxied//not-needed github:proxied//ok notion:dropped/regex-compile/ok"
            << "coder=4 github=5" << 6 << "deny regex `^(?!search_).*`: invalid perl operator: (?!";
        QTest::newRow("erin: 401 from Linear, expired Jira token")
            << "erin"
            << "coder:proxied//not-needed jira:dropped/token-error/error linear:proxied//ok"
            << "coder=4 linear!unauthorized" << 4 << "expired or invalid OAuth2 token";
        QTest::newRow("frank: slow server still answers")
            << "frank"
            << "coder:proxied//not-needed slack:proxied//ok"
            << "coder=4 slack=2" << 6 << "";
        QTest::newRow("grace: over 128 tools (paged)")
            << "grace"
            << "coder:proxied//not-needed bigco:proxied//ok"
            << "coder=4 bigco=140" << 144 << "more than the 128";
        QTest::newRow("heidi: no links at all")
            << "heidi"
            << "coder:proxied//not-needed github:dropped/no-token/missing "
               "jira:dropped/no-token/missing"
            << "coder=4" << 4 << "Not linked";
    }
    void stories()
    {
        QFETCH(QString, user);
        QFETCH(QString, servers);
        QFETCH(QString, probes);
        QFETCH(int, injected);
        QFETCH(QString, noteHas);

        const SandboxUser *u = m_sandbox.scenario().user(user);
        QVERIFY(u);
        GatewaySource source(&m_network, m_sandbox.url(), m_sandbox.gatewayKey());
        Resolver resolver(&source);
        QSignalSpy resolved(&resolver, &Resolver::resolved);
        resolver.resolve({u->user.id, u->user.username, !u->delegated, m_sandbox.adminToken()});
        QVERIFY(resolved.wait(10000));
        Resolution r = resolved.at(0).at(0).value<Resolution>();
        QCOMPARE(compactServers(r), servers);
        // The sandbox says it is v2.36.4: era B, whose mcp-go client follows every page.
        r.era = CoderEra::fromVersion(QStringLiteral("v2.36.4-sandbox"));
        QCOMPARE(r.era, CoderEra::Era::B);

        ProbeRunner runner(&m_network);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.probe(r);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const Resolution probed = finished.at(0).at(0).value<Resolution>();
        QStringList seen;
        QStringList notes = probed.allWarnings();
        for (int i = 0; i < probed.servers.size(); ++i) {
            const ResolvedServer &s = probed.servers.at(i);
            notes << s.regexError << s.tokenError << s.detail << s.toolsError;
            if (s.outcome != ResolvedServer::Outcome::Proxied)
                continue;
            const ProbeState &state = runner.states().at(i);
            seen << (state.stage == ProbeState::Stage::Done
                         ? QStringLiteral("%1=%2").arg(s.id).arg(s.tools.size())
                         : QStringLiteral("%1!%2").arg(s.id, McpError::kindName(state.error.kind)));
        }
        QCOMPARE(seen.join(QLatin1Char(' ')), probes);
        QCOMPARE(probed.injectedToolCount, injected);
        // Linear's 401 answers the very token coderd holds for erin: its proxier's Init
        // fails (coderd/aibridged/pool.go) and injects nothing, so her count is exact.
        if (user == QLatin1String("erin")) {
            QVERIFY(probed.server(QStringLiteral("linear"))->tokenRefused);
            QVERIFY(probed.injectedCountKnown());
        }
        if (!noteHas.isEmpty())
            QVERIFY2(notes.join(QLatin1Char('\n')).contains(noteHas),
                     qPrintable(notes.join(QLatin1Char('\n'))));
    }

    // The same deployment predicted for era C (go-sdk v1.7.0): Jira lists 12 tools in pages
    // of 5, and Coder's client reads page 1 only; the rest are "not-listed", with why.
    void eraCReadsPageOne()
    {
        const SandboxUser *alice = m_sandbox.scenario().user(QStringLiteral("alice"));
        GatewaySource source(&m_network, m_sandbox.url(), m_sandbox.gatewayKey());
        Resolver resolver(&source);
        QSignalSpy resolved(&resolver, &Resolver::resolved);
        resolver.resolve({alice->user.id, alice->user.username, true, m_sandbox.adminToken()});
        QVERIFY(resolved.wait(10000));
        Resolution r = resolved.at(0).at(0).value<Resolution>();
        r.era = CoderEra::Era::C;
        ProbeRunner runner(&m_network);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.probe(r);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const Resolution probed = finished.at(0).at(0).value<Resolution>();
        const ResolvedServer *jira = probed.server(QStringLiteral("jira"));
        QCOMPARE(jira->tools.size(), 12); // the probe saw every page
        int notListed = 0;
        for (const ResolvedTool &t : jira->tools) {
            if (t.verdict != ToolVerdict::NotListed)
                continue;
            ++notListed;
            QVERIFY2(ToolInventory::reason(*jira, t).contains(QLatin1String("reads one page only")),
                     qPrintable(ToolInventory::reason(*jira, t)));
        }
        QCOMPARE(notListed, 7);
        QCOMPARE(jira->injectedToolCount, 5);
    }

    // A dev build names no era: the session shows every era's total and the tools whose
    // verdicts differ (here Jira's pages 2 and 3, which go-sdk never reads).
    void unknownEraShowsTheDifferences()
    {
        SandboxDeployment devel;
        devel.setBuildVersion(QStringLiteral("v0.0.0-devel"));
        QVERIFY(devel.start());
        InspectorSession session;
        QSignalSpy connected(&session, &InspectorSession::connected);
        session.connectToDeployment(devel.url(), devel.adminToken(), devel.gatewayKey());
        QVERIFY(connected.wait(10000));
        session.setTrustedOrigins({devel.mcpServer(QStringLiteral("coder"))->url()});
        session.selectUser(devel.scenario().user(QStringLiteral("alice"))->user);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.resolution().toolsKnown &&
                                     !session.resolution().injectedByEra.isEmpty(),
                                 20000);
        const Resolution &r = session.resolution();
        QCOMPARE(r.era, CoderEra::Era::Unknown);
        // alice: Coder 4 + GitHub 2 (gist regexes) + Jira 12 with mcp-go; Jira 5 with go-sdk.
        QCOMPARE(r.injectedByEra.value(int(CoderEra::Era::A)), 18);
        QCOMPARE(r.injectedByEra.value(int(CoderEra::Era::B)), 18);
        QCOMPARE(r.injectedByEra.value(int(CoderEra::Era::C)), 11);
        QCOMPARE(r.eraDifferences.size(), 7);
        QVERIFY2(r.eraDifferences.first().startsWith(QLatin1String("jira/")),
                 qPrintable(r.eraDifferences.first()));
        QVERIFY2(r.eraDifferences.first().contains(QLatin1String("C not-listed")),
                 qPrintable(r.eraDifferences.first()));

        // Choosing an era settles it.
        session.setEraOverride(CoderEra::Era::B);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() &&
                                     session.resolution().era == CoderEra::Era::B &&
                                     session.resolution().toolsKnown,
                                 20000);
        QCOMPARE(session.resolution().injectedToolCount, 18);
        QVERIFY(session.resolution().eraDifferences.isEmpty());
    }

    // Issue 11 item 6: server-supplied names are escaped in the Markdown report and kept
    // on one line in env comments.
    void reportEscapesServerText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Built as objects: a raw string over several lines stops moc reading the slots.
        const QString id = QStringLiteral("gh\nEVIL=1");
        const QJsonObject snapshot{
            {"user", QJsonObject{{"id", "u"}, {"username", "u"}}},
            {"configs", QJsonObject{{"externalAuthMcpConfigs",
                                     QJsonArray{QJsonObject{{"id", id}, {"url", "https://m"}}}}}},
            {"tokens", QJsonObject{{"accessTokens", QJsonObject{{id, "t"}}}}},
            {"tools", QJsonObject{{id, QJsonArray{QJsonObject{{"name", "x|y`*<img src=z>"}}}}}}};
        file.write(QJsonDocument(snapshot).toJson());
        file.close();
        InspectorSession session;
        QString error;
        QVERIFY2(session.openSnapshot(path, &error), qPrintable(error));
        QTRY_VERIFY(!session.isBusy() && session.resolution().toolsKnown);
        const QString md = ReportWriter::markdown(session);
        QVERIFY2(md.contains(QLatin1String("x\\|y\\`\\*\\<img src=z\\>")), qPrintable(md));
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<img"))));
        const QString env = session.envLines(0);
        QVERIFY2(env.startsWith(
                     QLatin1String("# Use the index n of CODER_EXTERNAL_AUTH_<n>_ID=gh EVIL=1\n")),
                 qPrintable(env));
    }

    // Issue 11 item 7: the sandbox's raw HTTP server remembers a bounded number of
    // requests (Authorization included) and drops a header that never ends.
    void rawServerMemoryIsBounded()
    {
        RawHttpServer server;
        server.setHandler([](const RawHttpRequest &, RawHttpResponder *r) {
            r->respond(200, "text/plain", "ok");
        });
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        const int sent = RawHttpServer::MaxKeptRequests + 50;
        QByteArray burst;
        for (int i = 0; i < sent; ++i)
            burst += "GET /x HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer secret-" +
                     QByteArray::number(i) + "\r\n\r\n";
        socket.write(burst);
        int answers = 0;
        QTRY_VERIFY_WITH_TIMEOUT((answers += int(socket.readAll().count("200 OK"))) >= sent, 10000);
        QCOMPARE(server.requests().size(), qsizetype(RawHttpServer::MaxKeptRequests));
        QCOMPARE(server.requests().first().header("authorization"),
                 QByteArray("Bearer secret-50")); // the oldest went first

        QTcpSocket endless;
        endless.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(endless.waitForConnected(5000));
        endless.write("GET /x HTTP/1.1\r\nX-Long: " +
                      QByteArray(RawHttpServer::MaxHeaderBytes + 1024, 'a'));
        QTRY_VERIFY_WITH_TIMEOUT(endless.state() == QAbstractSocket::UnconnectedState, 10000);
    }

    void restSessionWithASuppliedToken()
    {
        InspectorSession session;
        QSignalSpy connected(&session, &InspectorSession::connected);
        session.connectToDeployment(m_sandbox.url(), m_sandbox.adminToken()); // REST only
        QVERIFY(connected.wait(10000));
        const SandboxUser *alice = m_sandbox.scenario().user(QStringLiteral("alice"));
        session.selectUser(alice->user);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.resolution().userId == alice->user.id,
                                 20000);
        const auto jira = [&] {
            return *session.resolution().server(QStringLiteral("jira"));
        };
        QCOMPARE(jira().outcome, ResolvedServer::Outcome::Unknown);
        QVERIFY(session.supplyToken(QStringLiteral("jira"),
                                    m_sandbox.accessToken(alice->user.id, QStringLiteral("jira"))));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() &&
                                     jira().outcome == ResolvedServer::Outcome::Proxied &&
                                     jira().toolsKnown,
                                 20000);
        QCOMPARE(jira().tools.size(), 12);
        // Picking another user forgets alice's token; picking alice again asks anew.
        const SandboxUser *bob = m_sandbox.scenario().user(QStringLiteral("bob"));
        session.selectUser(bob->user);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.resolution().userId == bob->user.id,
                                 20000);
        session.selectUser(alice->user);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.resolution().userId == alice->user.id,
                                 20000);
        QCOMPARE(jira().outcome, ResolvedServer::Outcome::Unknown);
    }

    // Issue 11 item 20: every user the sandbox lists resolves, the admin too. coderd's
    // configs are deployment-wide; the admin linked GitHub only.
    void adminResolves()
    {
        GatewaySource source(&m_network, m_sandbox.url(), m_sandbox.gatewayKey());
        Resolver resolver(&source);
        QSignalSpy resolved(&resolver, &Resolver::resolved);
        resolver.resolve({m_sandbox.scenario().admin.id, QStringLiteral("admin"), true, {}});
        QVERIFY(resolved.wait(10000));
        const Resolution r = resolved.at(0).at(0).value<Resolution>();
        QVERIFY2(!r.failed(), qPrintable(r.error));
        QCOMPARE(r.server(QStringLiteral("github"))->outcome, ResolvedServer::Outcome::Proxied);
        QCOMPARE(r.server(QStringLiteral("jira"))->tokenError,
                 QStringLiteral("no external auth link found"));
    }

    void wrongGatewayKeyIsRefused()
    {
        GatewaySource source(&m_network, m_sandbox.url(), Secret(QStringLiteral("wrong")));
        Resolver resolver(&source);
        QSignalSpy resolved(&resolver, &Resolver::resolved);
        resolver.resolve({QStringLiteral("11111111-0000-4000-8000-000000000001"), {}, true, {}});
        QVERIFY(resolved.wait(15000));
        const QString error = resolved.at(0).at(0).value<Resolution>().error;
        QVERIFY2(error.contains(QStringLiteral("AI Gateway key invalid.")), qPrintable(error));
    }

    // Without a key the session says what REST cannot see and how to get a key; "create
    // a key" names it after this workstation, connects with it, and token status becomes
    // exact for another user.
    void createKeyThenExact()
    {
        InspectorSession session;
        QSignalSpy connected(&session, &InspectorSession::connected);
        session.connectToDeployment(m_sandbox.url(), m_sandbox.adminToken());
        QVERIFY(connected.wait(10000));
        QVERIFY(!session.usesGateway());
        QVERIFY2(session.sourceLimitations().contains(QLatin1String("Create a key")),
                 qPrintable(session.sourceLimitations()));
        const SandboxUser *erin = m_sandbox.scenario().user(QStringLiteral("erin"));
        session.selectUser(erin->user);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.resolution().userId == erin->user.id,
                                 20000);
        QCOMPARE(session.resolution().server(QStringLiteral("jira"))->outcome,
                 ResolvedServer::Outcome::Unknown);

        Secret created;
        session.createGatewayKey(QStringLiteral("aibridge-inspector-test"),
                                 [&](const Secret &key, const QString &error) {
                                     QVERIFY2(error.isEmpty(), qPrintable(error));
                                     created = key;
                                 });
        QTRY_VERIFY_WITH_TIMEOUT(session.usesGateway(), 10000);
        QVERIFY(!created.isEmpty());
        QVERIFY(
            m_sandbox.gatewayKeyNames().last().startsWith(QLatin1String("aibridge-inspector-")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !session.isBusy() && session.resolution().server(QStringLiteral("jira")) &&
                session.resolution().server(QStringLiteral("jira"))->tokenStatus ==
                    ResolvedServer::TokenStatus::Error,
            20000);
        QCOMPARE(session.resolution().server(QStringLiteral("jira"))->tokenError,
                 QStringLiteral("expired or invalid OAuth2 token"));

        // Issue 17 item 5: a second key of the same name is refused by coderd ("Key name must
        // be unique."): this tool's keys are listed, and a free name or a delete offered.
        QString refused;
        session.createGatewayKey(QStringLiteral("aibridge-inspector-test"),
                                 [&](const Secret &, const QString &error) { refused = error; });
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        QVERIFY2(refused.contains(QLatin1String("Key name must be unique")), qPrintable(refused));
        QList<CoderRestSource::GatewayKeyInfo> keys;
        bool listed = false;
        session.listGatewayKeys(
            [&](const QList<CoderRestSource::GatewayKeyInfo> &k, const QString &) {
                keys = k;
                listed = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        QStringList names;
        for (const auto &k : keys)
            names << k.name;
        QVERIFY(names.contains(QStringLiteral("aibridge-inspector-test")));
        QCOMPARE(CoderRestSource::freeKeyName(QStringLiteral("aibridge-inspector-test"), names),
                 QStringLiteral("aibridge-inspector-test-2"));
        QString deleteError = QStringLiteral("pending");
        for (const auto &k : keys)
            if (k.name == QLatin1String("aibridge-inspector-test"))
                session.deleteGatewayKey(k.id, [&](const QString &e) { deleteError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(deleteError != QLatin1String("pending"), 10000);
        QVERIFY2(deleteError.isEmpty(), qPrintable(deleteError));
        QVERIFY(!m_sandbox.gatewayKeyNames().contains(QStringLiteral("aibridge-inspector-test")));
    }

    void gatewayKeyNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "ws01"
                               << "aibridge-inspector-ws01";
        QTest::newRow("dots and case") << "Alice.Corp.Example"
                                       << "aibridge-inspector-alice-corp-example";
        QTest::newRow("runs of odd characters") << "a__b..c"
                                                << "aibridge-inspector-a-b-c";
        QTest::newRow("cut to 64, no trailing hyphen")
            << QString(60, QLatin1Char('x'))
            << "aibridge-inspector-" + QString(45, QLatin1Char('x'));
    }
    void gatewayKeyNames()
    {
        QFETCH(QString, host);
        QFETCH(QString, name);
        QCOMPARE(CoderRestSource::gatewayKeyName(host), name);
        QVERIFY(name.size() <= 64);
    }

    // coderd pings every 30 s and drops a session that misses an answer for 10 s: here
    // every 20 ms with 200 ms to answer, so 100 rounds pass quickly; the connection
    // still answers afterwards, without reconnecting.
    void survivesManyPingRounds()
    {
        SandboxDeployment sandbox;
        sandbox.setGatewayKeepAlive(20, 200);
        QVERIFY(sandbox.start());
        GatewaySource source(&m_network, sandbox.url(), sandbox.gatewayKey());
        const QString alice = sandbox.scenario().user(QStringLiteral("alice"))->user.id;
        int answers = 0;
        source.fetchConfigs(alice, [&](const ConfigsResult &r) { answers += r.response ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(source.connection()->pingsAnswered() >= 100, 20000);
        source.fetchConfigs(alice, [&](const ConfigsResult &r) { answers += r.response ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
        QCOMPARE(source.connection()->connectCount(), 1);
        QCOMPARE(sandbox.gatewaySessions(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
