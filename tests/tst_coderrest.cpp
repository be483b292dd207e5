// SPDX-License-Identifier: Apache-2.0
#include "coder/CoderApiCall.h"
#include "coder/CoderRestSource.h"
#include "gateway/GatewayConnection.h"
#include "mcp/ProbeRunner.h"
#include "model/AiGatewayState.h"
#include "RawHttpServer.h"
#include "resolve/ResolutionJson.h"
#include "ResolveHelpers.h"
#include "SandboxDeployment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>

Q_DECLARE_METATYPE(Resolution)
using FakeHandler = RawHttpServer::Handler;
Q_DECLARE_METATYPE(FakeHandler)

// The REST source against the sandbox over loopback, its codersdk parsing, and every
// bad answer a deployment (or something pretending to be one) can give.
class TestCoderRest : public QObject
{
    Q_OBJECT
    SandboxDeployment m_sandbox;
    QNetworkAccessManager m_network;

    Resolution resolveAs(CoderRestSource &rest, const QString &userId)
    {
        Resolver resolver(&rest);
        QSignalSpy resolved(&resolver, &Resolver::resolved);
        resolver.resolve({userId, {}, true, m_sandbox.adminToken()});
        if (!resolved.wait(10000))
            return {};
        return resolved.at(0).at(0).value<Resolution>();
    }
    bool signIn(CoderRestSource &rest, QString *error)
    {
        QSignalSpy ok(&rest, &CoderRestSource::signedIn);
        QSignalSpy failed(&rest, &CoderRestSource::signInFailed);
        rest.signIn();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15000)) {
            *error = QStringLiteral("test: no answer");
            return false;
        }
        *error = failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
        return failed.isEmpty();
    }

private Q_SLOTS:
    // Issue 17 item 2, worked by hand from v2.35.1: enterprise/coderd/coderd.go sets
    // features[aibridge].enabled from CODER_AI_GATEWAY_ENABLED; license.go forces it false
    // for a not_entitled feature; only enterprise/coderd serves /entitlements.
    void aiGatewayStateFromEntitlements_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("config"); // -1 unknown, 0 off, 1 on
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("chats");
        QTest::addColumn<int>("problems");
        QTest::newRow("licensed, on")
            << 200
            << QByteArray(R"({"features":{"aibridge":{"entitlement":"entitled","enabled":true}}})")
            << -1 << "enabled" << 1 << 0;
        QTest::newRow("grace period, on")
            << 200
            << QByteArray(
                   R"({"features":{"aibridge":{"entitlement":"grace_period","enabled":true}}})")
            << -1 << "enabled" << 1 << 0;
        QTest::newRow("licensed, off")
            << 200
            << QByteArray(R"({"features":{"aibridge":{"entitlement":"entitled","enabled":false}}})")
            << 0 << "disabled" << 0 << 0;
        QTest::newRow("unlicensed, config on")
            << 200
            << QByteArray(
                   R"({"features":{"aibridge":{"entitlement":"not_entitled","enabled":false}}})")
            << 1 << "not-licensed" << 1 << 0;
        QTest::newRow("unlicensed, config off")
            << 200
            << QByteArray(
                   R"({"features":{"aibridge":{"entitlement":"not_entitled","enabled":false}}})")
            << 0 << "not-licensed" << 0 << 0;
        QTest::newRow("unlicensed, config unseen")
            << 200
            << QByteArray(
                   R"({"features":{"aibridge":{"entitlement":"not_entitled","enabled":false}}})")
            << -1 << "not-licensed" << -1 << 0;
        QTest::newRow("AGPL build") << 404 << QByteArray("{}") << 1 << "not-in-build" << 1 << 0;
        QTest::newRow("before AI Bridge")
            << 200
            << QByteArray(R"({"features":{"scim":{"entitlement":"entitled","enabled":true}}})")
            << -1 << "not-in-build" << -1 << 0;
        QTest::newRow("error beside it")
            << 200
            << QByteArray(R"({"features":{"aibridge":{"entitlement":"entitled","enabled":true}},
                 "errors":["You have multiple External Auth Providers configured but your license is limited at one."],
                 "warnings":["Your license expires in 2 days."]})")
            << -1 << "enabled" << 1 << 1;
        QTest::newRow("unreachable") << 0 << QByteArray() << -1 << "unknown" << -1 << 0;
    }
    void aiGatewayStateFromEntitlements()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, config);
        QFETCH(QString, state);
        QFETCH(int, chats);
        QFETCH(int, problems);
        const AiGatewayState s = AiGatewayState::fromEntitlements(
            status, QJsonDocument::fromJson(body).object(),
            config < 0 ? std::nullopt : std::optional<bool>(config == 1), QStringLiteral("x"));
        QCOMPARE(AiGatewayState::name(s.state), state);
        const std::optional<bool> bridge = s.inProcessBridge();
        QCOMPARE(bridge ? int(*bridge) : -1, chats);
        QCOMPARE(int(s.problems.size()), problems);
        QCOMPARE(s.externalClientsRefused(),
                 state != QLatin1String("enabled") && state != QLatin1String("unknown"));
    }

    // Issue 17 item 5: REST calls and the AI Gateway's WebSocket upgrade name the tool.
    void requestsCarryTheUserAgent()
    {
        RawHttpServer server;
        QList<QByteArray> agents;
        server.setHandler([&](const RawHttpRequest &request, RawHttpResponder *responder) {
            agents << request.header("user-agent");
            responder->respond(404, "application/json", "{\"message\":\"Route not found.\"}");
        });
        QVERIFY(server.listen());
        QUrl base = server.url(QStringLiteral("/"));
        bool done = false;
        CoderApiCall::run(&m_network, "GET", server.url(QStringLiteral("/api/v2/buildinfo")),
                          Secret(QStringLiteral("tok")), {}, {}, this,
                          [&](const CoderApiResult &) { done = true; });
        QTRY_VERIFY(done);
        GatewayConnection gateway(&m_network, base, Secret(QStringLiteral("key")));
        QSignalSpy failed(&gateway, &GatewayConnection::failed);
        gateway.open();
        QVERIFY(failed.wait(10000));
        QVERIFY(agents.size() >= 2); // the REST call, the upgrade (and its re-read)
        for (const QByteArray &agent : std::as_const(agents))
            QCOMPARE(agent, QByteArray("aibridge-inspector/" AIBI_VERSION));
    }

    void initTestCase()
    {
        qRegisterMetaType<Resolution>();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void signInAsOwner()
    {
        CoderRestSource rest(&m_network, m_sandbox.url(), m_sandbox.adminToken());
        QString error;
        QVERIFY2(signIn(rest, &error), qPrintable(error));
        QCOMPARE(rest.signedInUser().username, QStringLiteral("admin"));
        QVERIFY(rest.signedInUser().isOwner());
        QCOMPARE(rest.deploymentVersion(), QStringLiteral("v2.36.4-sandbox"));
    }

    void userSearchAndPaging()
    {
        CoderRestSource rest(&m_network, m_sandbox.url(), m_sandbox.adminToken());
        const auto search = [&](const QString &text, int offset, int limit) {
            CoderUserPage page;
            QString error = QStringLiteral("no answer");
            bool done = false;
            rest.searchUsers(text, offset, limit, [&](const CoderUserPage &p, const QString &e) {
                page = p;
                error = e;
                done = true;
            });
            QTest::qWaitFor([&] { return done; }, 10000);
            QStringList names;
            for (const CoderUser &u : page.users)
                names << u.username;
            return QStringLiteral("%1/%2%3")
                .arg(names.join(QLatin1Char(',')))
                .arg(page.count)
                .arg(error);
        };
        QCOMPARE(search(QStringLiteral("ali"), 0, 25), QStringLiteral("alice/1"));
        QCOMPARE(search({}, 0, 3), QStringLiteral("admin,alice,bob/9"));
        QCOMPARE(search({}, 3, 3), QStringLiteral("carol,dave,erin/9"));
        QCOMPARE(search(QStringLiteral("sandbox.example"), 8, 25), QStringLiteral("heidi/9"));

        // A newer search supersedes the one still running: only its answer arrives.
        QStringList answers;
        rest.searchUsers(QStringLiteral("a"), 0, 25,
                         [&](const CoderUserPage &, const QString &) { answers << "a"; });
        rest.searchUsers(
            QStringLiteral("bob"), 0, 25,
            [&](const CoderUserPage &p, const QString &) { answers << p.users.value(0).username; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, QStringList{QStringLiteral("bob")}, 10000);
    }

    void anotherUsersTokensAreUnknown()
    {
        CoderRestSource rest(&m_network, m_sandbox.url(), m_sandbox.adminToken());
        QString error;
        QVERIFY(signIn(rest, &error));
        const Resolution r =
            resolveAs(rest, m_sandbox.scenario().user(QStringLiteral("alice"))->user.id);
        QCOMPARE(compactServers(r),
                 QStringLiteral(
                     // Coder first, then by id (the order is coderd's Go map's).
                     "coder:proxied//not-needed bigco:unknown//unknown github:unknown//unknown "
                     "jira:unknown//unknown linear:unknown//unknown "
                     "notion:dropped/regex-compile/unknown slack:unknown//unknown"));
        QVERIFY(r.servers.at(1).tokenError.contains(
            QStringLiteral("not visible through the REST API")));
        QVERIFY(r.servers.at(0).url.endsWith(QLatin1String("/api/experimental/mcp/http")));
    }

    void suppliedTokenMakesAServerProbeable()
    {
        CoderRestSource rest(&m_network, m_sandbox.url(), m_sandbox.adminToken());
        QString error;
        QVERIFY(signIn(rest, &error));
        const QString alice = m_sandbox.scenario().user(QStringLiteral("alice"))->user.id;
        rest.supplyToken(alice, QStringLiteral("jira"),
                         m_sandbox.accessToken(alice, QStringLiteral("jira")));
        const Resolution r = resolveAs(rest, alice);
        QCOMPARE(r.server(QStringLiteral("jira"))->outcome, ResolvedServer::Outcome::Proxied);
        QCOMPARE(r.server(QStringLiteral("jira"))->bearerToken,
                 m_sandbox.accessToken(alice, QStringLiteral("jira")));
        QCOMPARE(r.server(QStringLiteral("github"))->outcome, ResolvedServer::Outcome::Unknown);
        // Alice's token is hers: bob (as the fleet would resolve him) is not credited with it.
        const QString bob = m_sandbox.scenario().user(QStringLiteral("bob"))->user.id;
        const Resolution other = resolveAs(rest, bob);
        QCOMPARE(other.server(QStringLiteral("jira"))->outcome, ResolvedServer::Outcome::Unknown);
        QVERIFY(other.server(QStringLiteral("jira"))->bearerToken.isEmpty());
    }

    void theAdminsOwnLinksAreKnown()
    {
        CoderRestSource rest(&m_network, m_sandbox.url(), m_sandbox.adminToken());
        QString error;
        QVERIFY(signIn(rest, &error));
        const Resolution r = resolveAs(rest, rest.signedInUser().id);
        QCOMPARE(r.server(QStringLiteral("github"))->outcome, ResolvedServer::Outcome::Proxied);
        QCOMPARE(r.server(QStringLiteral("jira"))->tokenError,
                 QStringLiteral("no external auth link found"));
        QCOMPARE(r.server(QStringLiteral("jira"))->reason, ResolvedServer::Reason::TokenError);
    }

    // Issue 17 item 3: the REST API never returns an OAuth token, so the admin's own GitHub
    // server is probed without it and answers 401. That says nothing of what Coder gets
    // with the token: unknown, never "no tools", and the total only a lower bound.
    void aRefusedProbeWithoutTheTokenIsUnknown()
    {
        CoderRestSource rest(&m_network, m_sandbox.url(), m_sandbox.adminToken());
        QString error;
        QVERIFY(signIn(rest, &error));
        Resolution r = resolveAs(rest, rest.signedInUser().id);
        r.era = CoderEra::Era::B;
        const ResolvedServer *github = r.server(QStringLiteral("github"));
        QVERIFY(github && github->outcome == ResolvedServer::Outcome::Proxied);
        QVERIFY(!github->tokenWithheld.isEmpty());
        ProbeRunner runner(&m_network);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.probe(r);
        QVERIFY(finished.wait(20000));
        const Resolution probed = finished.at(0).at(0).value<Resolution>();
        github = probed.server(QStringLiteral("github"));
        QVERIFY(!github->toolsKnown);
        QVERIFY2(github->toolsError.contains(QLatin1String("probed without the user's token")),
                 qPrintable(github->toolsError));
        const CoderPrediction view = github->coderViews.value(int(CoderEra::Era::B));
        QCOMPARE(view.outcome, CoderPrediction::Outcome::Unknown);
        QVERIFY2(view.reason.contains(QLatin1String("an AI Gateway key gives exact answers")),
                 qPrintable(view.reason));
        QVERIFY(!probed.injectedCountKnown());
        QVERIFY(ResolutionJson::toJson(probed).value(QLatin1String("injectedToolCount")).isNull());
    }

    void configsFromDeployment_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("experiments");
        QTest::addColumn<QString>("expected"); // coder url | external ids
        QTest::addColumn<QString>("noteHas");
        const QByteArray ext =
            "\"external_auth\": {\"value\": [{\"id\": \"gh\", \"mcp_url\": \"http://m\", "
            "\"mcp_tool_allow_regex\": \"a\"}, {\"id\": \"plain-git\"}]}";
        QTest::newRow("experiments on, value wrapper")
            << "{\"config\": {\"access_url\": \"https://c.example/\", " + ext + "}}"
            << QByteArray("[\"oauth2\",\"mcp-server-http\"]")
            << "https://c.example/api/experimental/mcp/http | gh"
            << "whether the Coder MCP server is injected is unknown";
        QTest::newRow("an experiment missing: no Coder server")
            << "{\"config\": {\"access_url\": \"https://c.example\", " + ext + "}}"
            << QByteArray("[\"oauth2\"]") << " | gh"
            << "not both enabled";
        QTest::newRow("inject_coder_mcp_tools false")
            << QByteArray("{\"config\": {\"access_url\": \"https://c\", \"ai\": {\"bridge\": "
                          "{\"inject_coder_mcp_tools\": false}}}}")
            << QByteArray("[\"oauth2\",\"mcp-server-http\"]") << " | "
            << "inject_coder_mcp_tools is off";
        QTest::newRow("access_url as an old URL struct, bare external array")
            << QByteArray("{\"config\": {\"access_url\": {\"Scheme\": \"https\", \"Host\": "
                          "\"old.example\"}, "
                          "\"external_auth\": [{\"id\": \"x\", \"mcp_url\": \"http://x\"}]}}")
            << QByteArray("[\"oauth2\",\"mcp-server-http\"]")
            << "https://old.example/api/experimental/mcp/http | x"
            << "whether the Coder MCP server is injected is unknown";
    }
    void configsFromDeployment()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, experiments);
        QFETCH(QString, expected);
        QFETCH(QString, noteHas);
        QString note;
        const ServerConfigsResponse r = CoderRestSource::configsFromDeployment(
            QJsonDocument::fromJson(config).object(), QJsonDocument::fromJson(experiments).array(),
            &note);
        QStringList ids;
        for (const auto &c : r.externalAuthMcpConfigs)
            ids << c->id;
        QCOMPARE(QStringLiteral("%1 | %2").arg(r.coderMcpConfig ? r.coderMcpConfig->url : QString(),
                                               ids.join(QLatin1Char(','))),
                 expected);
        QVERIFY2(note.contains(noteHas), qPrintable(note));
    }

    void tokensFromLinks_data()
    {
        QTest::addColumn<QByteArray>("links");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no links at all: empty answer, no errors")
            << QByteArray("[]") << "tokens: errors:";
        QTest::newRow("valid link") << QByteArray("[{\"provider_id\": \"gh\", \"authenticated\": "
                                                  "true, \"expires\": \"0001-01-01T00:00:00Z\"}]")
                                    << "tokens:gh errors:jira=no external auth link found";
        QTest::newRow("expired token counts as invalid even with a refresh token")
            << QByteArray("[{\"provider_id\": \"gh\", \"authenticated\": true, "
                          "\"has_refresh_token\": true, \"expires\": \"2020-01-01T00:00:00Z\"}]")
            << "tokens: errors:gh=expired or invalid OAuth2 token,jira=no external auth link found";
        QTest::newRow("validate error")
            << QByteArray("[{\"provider_id\": \"jira\", \"authenticated\": true, "
                          "\"validate_error\": \"401\"}]")
            << "tokens: errors:gh=no external auth link found,jira=expired or invalid OAuth2 token";
    }
    void tokensFromLinks()
    {
        QFETCH(QByteArray, links);
        QFETCH(QString, expected);
        const AccessTokensResponse r = CoderRestSource::tokensFromLinks(
            QJsonObject{{"links", QJsonDocument::fromJson(links).array()}},
            {QStringLiteral("gh"), QStringLiteral("jira")});
        QStringList errors;
        for (auto it = r.errors.begin(); it != r.errors.end(); ++it)
            errors << it.key() + QLatin1Char('=') + it.value();
        QCOMPARE(
            QStringLiteral("tokens:%1 errors:%2")
                .arg(r.accessTokens.keys().join(QLatin1Char(',')), errors.join(QLatin1Char(','))),
            expected);
    }

    void badAnswers_data()
    {
        QTest::addColumn<FakeHandler>("handler");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("errorHas");
        const auto buildinfoThen = [](std::function<void(RawHttpResponder *)> me) {
            return FakeHandler([me](const RawHttpRequest &req, RawHttpResponder *r) {
                if (req.path() == QLatin1String("/api/v2/buildinfo"))
                    r->respond(200, "application/json", "{\"version\": \"v2.x\"}");
                else
                    me(r);
            });
        };
        QTest::newRow("401 from Coder")
            << buildinfoThen([](RawHttpResponder *r) {
                   r->respond(401, "application/json",
                              "{\"message\": \"You must be logged in to use this endpoint.\"}");
               })
            << false
            << "session token rejected (HTTP 401): You must be logged in to use this endpoint.";
        QTest::newRow("403 with detail and validations") << buildinfoThen([](RawHttpResponder *r) {
            r->respond(403, "application/json",
                       "{\"message\": \"Forbidden.\", \"detail\": \"rbac: unauthorized\", "
                       "\"validations\": [{\"field\": \"q\", \"detail\": \"bad\"}]}");
        }) << false << "forbidden (HTTP 403): Forbidden.: rbac: unauthorized (q: bad)";
        QTest::newRow("a signed-in member, not an Owner") << buildinfoThen([](RawHttpResponder *r) {
            r->respond(
                200, "application/json",
                "{\"id\": \"u\", \"username\": \"mem\", \"roles\": [{\"name\": \"member\"}]}");
        }) << false << "mem is not an Owner of this deployment";
        QTest::newRow("users/me of the wrong type") << buildinfoThen([](RawHttpResponder *r) {
            r->respond(200, "application/json", "[1, 2]");
        }) << false << "users/me did not describe a user";
        QTest::newRow("an HTML page instead of JSON")
            << FakeHandler([](const RawHttpRequest &, RawHttpResponder *r) {
                   r->respond(200, "text/html", "<html><body>Sign in</body></html>");
               })
            << false << "did not answer JSON";
        QTest::newRow("a 1 GiB body")
            << FakeHandler([](const RawHttpRequest &, RawHttpResponder *r) {
                   r->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "1073741824\r\n\r\n{\"version\":");
               })
            << false << "larger than 16 MiB";
        QTest::newRow("a redirect elsewhere is not followed") << FakeHandler([](const RawHttpRequest
                                                                                    &,
                                                                                RawHttpResponder
                                                                                    *r) {
            r->respond(302, "text/plain", "", {{"Location", "https://elsewhere.example/login"}});
        }) << false << "redirect to https://elsewhere.example/login not followed";
        QTest::newRow("a server that never answers")
            << FakeHandler([](const RawHttpRequest &, RawHttpResponder *) {}) << false
            << "no answer from 127.0.0.1 within 0.3 s";
        QTest::newRow("a self-signed certificate")
            << FakeHandler([](const RawHttpRequest &, RawHttpResponder *r) {
                   r->respond(200, "application/json", "{}");
               })
            << true << "TLS error talking to 127.0.0.1";
        QTest::newRow("unreachable host")
            << FakeHandler() << false << "cannot reach http://127.0.0.1:";
    }
    void badAnswers()
    {
        QFETCH(FakeHandler, handler);
        QFETCH(bool, tls);
        QFETCH(QString, errorHas);
        RawHttpServer fake;
        if (tls) {
            QFile cert(QStringLiteral(AIBI_FIXTURES "/tls/cert.pem"));
            QFile key(QStringLiteral(AIBI_FIXTURES "/tls/key.pem"));
            QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
            QVERIFY(fake.useTls(cert.readAll(), key.readAll()));
        }
        fake.setHandler(handler);
        QVERIFY(fake.listen());
        QUrl url = fake.url(QString());
        if (!handler) { // nothing listens there any more
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        }
        CoderRestSource rest(&m_network, url, Secret(QStringLiteral("planted-session-token")));
        CoderApiCall::Options options;
        options.timeoutMs = 300;
        rest.setOptions(options);
        QString error;
        QVERIFY(!signIn(rest, &error));
        QVERIFY2(error.contains(errorHas), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("planted-session-token")));
    }
};

QTEST_GUILESS_MAIN(TestCoderRest)
#include "tst_coderrest.moc"
