// SPDX-License-Identifier: Apache-2.0
#include "observe/ActivityClient.h"
#include "observe/InterceptionsClient.h"
#include "observe/ObservedComparison.h"
#include "observe/SessionsClient.h"
#include "RawHttpServer.h"
#include "SandboxDeployment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

// The user's recorded AI Bridge activity beside the prediction: the REST client against
// a fake built from codersdk's shapes (AIBridgeListInterceptionsResponse, cursor paging
// with after_id), the comparison on hand-made data, and `observed` on the sandbox.
class TestObserved : public QObject
{
    Q_OBJECT

    static QJsonObject interception(const QString &id, const QJsonArray &tools = {})
    {
        return {{"id", id},
                {"api_key_id", "k1"},
                {"provider", "openai"},
                {"model", "gpt"},
                {"started_at", "2026-11-25T10:00:00Z"},
                {"tool_usages", tools}};
    }

    QList<Interception> fetch(RawHttpServer &server, QString *error)
    {
        QNetworkAccessManager network;
        InterceptionsClient client(&network, server.url(QString()), Secret(QStringLiteral("t")));
        QList<Interception> out;
        bool done = false;
        client.fetch(QStringLiteral("alice"),
                     QDateTime::fromString("2026-11-24T10:00:00Z", Qt::ISODate),
                     [&](const QList<Interception> &l, const QString &e) {
                         out = l;
                         *error = e;
                         done = true;
                     });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            *error = QStringLiteral("test: no answer");
        return out;
    }

    ObservedActivity activity(RawHttpServer &server, const QString &version)
    {
        QNetworkAccessManager network;
        ActivityClient client(&network, server.url(QString()), Secret(QStringLiteral("t")),
                              version);
        ObservedActivity out;
        bool done = false;
        client.fetch(QStringLiteral("alice"),
                     QDateTime::fromString("2026-11-24T10:00:00Z", Qt::ISODate),
                     [&](const ObservedActivity &a) {
                         out = a;
                         done = true;
                     });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            out.error = QStringLiteral("test: no answer");
        return out;
    }

private Q_SLOTS:
    // Issue 17 item 1: the API the build has, never a route it lacks. Routes by tag:
    // enterprise/coderd/aibridge.go has /interceptions up to v2.34.5 and not in v2.35.0;
    // /sessions from v2.32.0 under /aibridge, and under /ai-gateway from v2.35.0.
    void activityRouteByVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("hasSessionsRoute");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("api");
        QTest::newRow("v2.34.5") << "v2.34.5" << true
                                 << QStringList{"/api/v2/aibridge/interceptions"}
                                 << "interceptions";
        QTest::newRow("v2.35.1") << "v2.35.1" << true << QStringList{"/api/v2/ai-gateway/sessions"}
                                 << "sessions";
        QTest::newRow("v2.37.0") << "v2.37.0" << true << QStringList{"/api/v2/ai-gateway/sessions"}
                                 << "sessions";
        QTest::newRow("dev build")
            << "v0.0.0-devel" << true << QStringList{"/api/v2/aibridge/sessions"} << "sessions";
        QTest::newRow("dev build without sessions")
            << "v0.0.0-devel" << false
            << QStringList{"/api/v2/aibridge/sessions", "/api/v2/aibridge/interceptions"}
            << "interceptions";
    }
    void activityRouteByVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, hasSessionsRoute);
        QFETCH(QStringList, paths);
        QFETCH(QString, api);
        RawHttpServer server;
        QStringList seen;
        server.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            seen << req.path();
            if (req.path().endsWith("/interceptions"))
                r->respond(200, "application/json", R"({"count": 0, "results": []})");
            else if (hasSessionsRoute)
                r->respond(200, "application/json", R"({"count": 0, "sessions": []})");
            else // a build before v2.32: aibridged's catch-all, no Bearer key sent
                r->respond(400, "text/plain", "no authentication key provided\n");
        });
        QVERIFY(server.listen());
        const ObservedActivity a = activity(server, version);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(seen, paths);
        QCOMPARE(ObservedActivity::apiName(a.api), api);
    }

    // Sessions as codersdk pages them: after_session_id, then each session's threads
    // (after_id), at most four requests at a time; tool calls flattened per thread.
    void sessionsPagingAndThreads()
    {
        RawHttpServer server;
        QList<QUrlQuery> listQueries;
        QStringList threadQueries;
        int inFlight = 0;
        int maxInFlight = 0;
        const auto thread = [](const QString &id) {
            return QJsonObject{
                {"id", id},
                {"model", "claude"},
                {"provider", "anthropic"},
                {"started_at", "2026-11-25T10:00:00Z"},
                {"agentic_actions",
                 QJsonArray{QJsonObject{
                     {"tool_calls",
                      QJsonArray{QJsonObject{{"server_url", "https://gh.example/mcp"},
                                             {"tool", "update_gist"},
                                             {"injected", true},
                                             {"input", "{\"token\": \"SECRET\"}"},
                                             {"created_at", "2026-11-25T10:00:01Z"}}}}}}}};
        };
        server.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            const QUrlQuery q(QUrl(QString::fromUtf8(req.target)).query());
            QByteArray body;
            if (req.path() == "/api/v2/ai-gateway/sessions") {
                listQueries << q;
                QJsonArray sessions;
                const bool second = q.hasQueryItem(QStringLiteral("after_session_id"));
                const int n = second ? 3 : SessionsClient::SessionPageSize;
                for (int i = 0; i < n; ++i)
                    sessions << QJsonObject{
                        {"id", QStringLiteral("s%1").arg(second ? 100 + i : i)}};
                body = QJsonDocument(QJsonObject{{"count", 103}, {"sessions", sessions}})
                           .toJson(QJsonDocument::Compact);
            } else {
                threadQueries << QString::fromUtf8(req.target);
                QJsonArray threads;
                // s7 has 205 threads: a full page of 200, then 5 after the last id.
                const bool big = req.path().endsWith("/s7");
                const bool later = q.hasQueryItem(QStringLiteral("after_id"));
                const int n = big ? (later ? 5 : SessionsClient::ThreadPageSize) : 1;
                for (int i = 0; i < n; ++i)
                    threads << thread(QStringLiteral("%1-t%2")
                                          .arg(req.path().section('/', -1))
                                          .arg(later ? 200 + i : i));
                body =
                    QJsonDocument(QJsonObject{{"threads", threads}}).toJson(QJsonDocument::Compact);
            }
            maxInFlight = qMax(maxInFlight, ++inFlight);
            QPointer<RawHttpResponder> responder(r);
            QTimer::singleShot(5, [&inFlight, responder, body] {
                --inFlight;
                if (responder)
                    responder->respond(200, "application/json", body);
            });
        });
        QVERIFY(server.listen());
        const ObservedActivity a = activity(server, QStringLiteral("v2.35.1"));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(listQueries.size(), 2);
        // codersdk AIBridgeListSessionsFilter.asRequestOption: %q-quoted, RFC 3339.
        QCOMPARE(listQueries.at(0).queryItemValue("q", QUrl::FullyDecoded),
                 QStringLiteral("initiator:\"alice\" started_after:\"2026-11-24T10:00:00.000Z\""));
        QCOMPARE(listQueries.at(0).queryItemValue("limit"), QStringLiteral("100"));
        QCOMPARE(listQueries.at(1).queryItemValue("after_session_id"), QStringLiteral("s99"));
        QCOMPARE(a.interceptions.size(), 102 + 205);
        QVERIFY(threadQueries.contains(
            QStringLiteral("/api/v2/ai-gateway/sessions/s7?limit=200&after_id=s7-t199")));
        QVERIFY2(maxInFlight <= SessionsClient::MaxInFlight,
                 qPrintable(QString::number(maxInFlight)));
        QVERIFY(maxInFlight > 1); // concurrent, not one by one
        QCOMPARE(a.interceptions.first().toolUsages.size(), 1);
        QVERIFY(!a.invocationErrorsKnown);
        QVERIFY(a.notes.isEmpty());
    }

    void sessionsAreCapped()
    {
        RawHttpServer server;
        int lists = 0;
        int reads = 0;
        server.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            if (req.path() == "/api/v2/ai-gateway/sessions") {
                QJsonArray sessions;
                for (int i = 0; i < SessionsClient::SessionPageSize; ++i)
                    sessions << QJsonObject{{"id", QStringLiteral("p%1-%2").arg(lists).arg(i)}};
                ++lists;
                r->respond(200, "application/json",
                           QJsonDocument(QJsonObject{{"sessions", sessions}})
                               .toJson(QJsonDocument::Compact));
                return;
            }
            ++reads;
            r->respond(200, "application/json", R"({"threads": []})");
        });
        QVERIFY(server.listen());
        const ObservedActivity a = activity(server, QStringLiteral("v2.36.4"));
        QCOMPARE(reads, SessionsClient::MaxSessions);
        QVERIFY(lists <= SessionsClient::MaxSessionPages);
        QCOMPARE(a.notes.size(), 1);
        QVERIFY2(a.notes.first().contains(QLatin1String("the newest 200 were read")),
                 qPrintable(a.notes.first()));
    }

    // enterprise/coderd/templates.go RequireFeatureMW: "<feature> is a Premium feature.
    // Contact sales!" with FeatureAIBridge humanized as "AI Gateway" (codersdk, v2.35.1).
    void sessionsUnlicensed()
    {
        RawHttpServer server;
        server.setHandler([](const RawHttpRequest &, RawHttpResponder *r) {
            r->respond(403, "application/json",
                       R"({"message": "AI Gateway is a Premium feature. Contact sales!"})");
        });
        QVERIFY(server.listen());
        const ObservedActivity a = activity(server, QStringLiteral("v2.35.1"));
        QVERIFY2(a.error.contains(QLatin1String("AI Gateway is a Premium feature")),
                 qPrintable(a.error));
        QVERIFY2(a.error.contains(QLatin1String("needs the AI Gateway licence")),
                 qPrintable(a.error));
        // Nothing was read: no server is reported as "never seen".
        Resolution r;
        ResolvedServer coder;
        coder.id = QStringLiteral("coder");
        coder.outcome = ResolvedServer::Outcome::Proxied;
        coder.injectedToolCount = 4;
        r.servers << coder;
        QVERIFY(ObservedComparison::compare(r, a).serversNeverSeen.isEmpty());
        ObservedActivity read;
        QCOMPARE(ObservedComparison::compare(r, read).serversNeverSeen,
                 QStringList{QStringLiteral("coder")});
    }

    // codersdk: offsets are not supported, the next page starts after_id the last one.
    void cursorPaging()
    {
        RawHttpServer server;
        QList<QUrlQuery> queries;
        server.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            const QUrlQuery q(QUrl(QString::fromUtf8(req.target)).query());
            queries << q;
            QJsonArray results;
            const int n =
                q.hasQueryItem(QStringLiteral("after_id")) ? 3 : InterceptionsClient::PageSize;
            for (int i = 0; i < n; ++i)
                results << interception(QStringLiteral("%1-%2").arg(queries.size()).arg(i));
            r->respond(200, "application/json",
                       QJsonDocument(QJsonObject{{"count", 103}, {"results", results}}).toJson());
        });
        QVERIFY(server.listen());
        QString error;
        const QList<Interception> all = fetch(server, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), InterceptionsClient::PageSize + 3);
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(0).queryItemValue("limit"), QStringLiteral("100"));
        QVERIFY(!queries.at(0).hasQueryItem("offset"));
        QCOMPARE(queries.at(1).queryItemValue("after_id"), QStringLiteral("1-99"));
        const QString q = queries.at(0).queryItemValue("q", QUrl::FullyDecoded);
        QVERIFY2(q.contains(QLatin1String("initiator:\"alice\"")) &&
                     q.contains(QLatin1String("started_after:\"2026-11-24T10:00:00")),
                 qPrintable(q));
    }

    void endlessAnswersAreBounded()
    {
        RawHttpServer server;
        int pages = 0;
        server.setHandler([&](const RawHttpRequest &, RawHttpResponder *r) {
            ++pages;
            QJsonArray results;
            for (int i = 0; i < InterceptionsClient::PageSize; ++i)
                results << interception(QStringLiteral("p%1-%2").arg(pages).arg(i));
            r->respond(200, "application/json",
                       QJsonDocument(QJsonObject{{"results", results}}).toJson());
        });
        QVERIFY(server.listen());
        QString error;
        const QList<Interception> all = fetch(server, &error);
        QCOMPARE(pages, InterceptionsClient::MaxPages);
        QCOMPARE(all.size(), InterceptionsClient::MaxPages * InterceptionsClient::PageSize);
        QVERIFY2(error.contains(QLatin1String("narrow --since")), qPrintable(error));
    }

    void noRoute()
    {
        RawHttpServer server;
        QStringList paths;
        server.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            paths << req.path();
            r->respond(404, "application/json", R"({"message": "Route not found."})");
        });
        QVERIFY(server.listen());
        QString error;
        QVERIFY(fetch(server, &error).isEmpty());
        QCOMPARE(paths, QStringList({QStringLiteral("/api/v2/aibridge/interceptions"),
                                     QStringLiteral("/api/v2/ai-gateway/interceptions")}));
        QVERIFY2(error.contains(QLatin1String("this build does not record interceptions")),
                 qPrintable(error));
    }

    void hostileBody()
    {
        RawHttpServer server;
        server.setHandler([](const RawHttpRequest &, RawHttpResponder *r) {
            r->respond(200, "application/json", R"({"results": "nope"})");
        });
        QVERIFY(server.listen());
        QString error;
        QVERIFY(fetch(server, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no results array")), qPrintable(error));
    }

    // Hand-made: github injects update_gist and denies create_gist; jira is proxied too.
    void comparison()
    {
        Resolution r;
        ResolvedServer github;
        github.id = QStringLiteral("github");
        github.url = QStringLiteral("https://gh.example/mcp");
        github.outcome = ResolvedServer::Outcome::Proxied;
        ResolvedTool update;
        update.name = QStringLiteral("update_gist");
        update.verdict = ToolVerdict::Injected;
        ResolvedTool create;
        create.name = QStringLiteral("create_gist");
        create.verdict = ToolVerdict::Denied;
        github.tools = {update, create};
        github.injectedToolCount = 1;
        ResolvedServer jira = github;
        jira.id = QStringLiteral("jira");
        jira.url = QStringLiteral("https://jira.example/mcp");
        r.servers = {github, jira};
        Interception i;
        i.apiKeyId = QStringLiteral("k1");
        i.startedAt = QDateTime::fromString("2026-11-25T10:00:00Z", Qt::ISODate);
        i.toolUsages = {
            {"https://gh.example/mcp/", "update_gist", true, {}, i.startedAt},
            {"https://gh.example/mcp", "create_gist", true, {}, i.startedAt},
            {"https://other.example/mcp", "x", true, {}, i.startedAt},
            {"https://gh.example/mcp", "update_gist", true, "401 Unauthorized", i.startedAt},
            {{}, "Read", false, {}, i.startedAt}};
        const ObservedComparison c = ObservedComparison::compare(r, {i});
        QStringList kinds;
        for (const auto &row : c.rows)
            kinds << ObservedComparison::kindName(row.kind) + QLatin1Char(':') + row.tool;
        QCOMPARE(kinds.join(QLatin1Char(' ')),
                 QStringLiteral("unexpected:create_gist unknown-server:x failed:update_gist "
                                "confirmed:update_gist"));
        QCOMPARE(c.clientToolCalls, 1);
        QCOMPARE(c.serversNeverSeen, QStringList{QStringLiteral("jira")});
        QCOMPARE(c.bridges.size(), 1);
        QCOMPARE(c.bridges.first().fixReachesBy,
                 QDateTime::fromString("2026-11-25T10:15:00Z", Qt::ISODate));
    }

    // Every sandbox user, in both eras of the API: the command works, and no tool input
    // is ever printed. A v2.34 build lists interceptions; v2.35+ sessions, whose tool
    // calls carry no invocation_error (coderd/database/db2sdk/db2sdk.go, v2.35.1) and
    // whose threads name no API key.
    void observedOnTheSandbox_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("version");
        for (const char *version : {"v2.34.5", "v2.36.4-sandbox"})
            for (const char *u :
                 {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(u, version)))
                    << QString::fromLatin1(u) << QString::fromLatin1(version);
    }
    void observedOnTheSandbox()
    {
        QFETCH(QString, user);
        QFETCH(QString, version);
        const bool sessions = version != QLatin1String("v2.34.5");
        QProcess process;
        process.start(QStringLiteral(AIBI_CLI),
                      {QStringLiteral("observed"), QStringLiteral("--sandbox"),
                       QStringLiteral("--sandbox-version"), version, QStringLiteral("--user"), user,
                       QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!out.contains("sbx-input-secret"));
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        QCOMPARE(root.value("user").toString(), user);
        QVERIFY(root.value("note").toString().contains(QLatin1String("presence, not absence")));
        QCOMPARE(root.value("api").toString(),
                 sessions ? QStringLiteral("sessions") : QStringLiteral("interceptions"));
        QCOMPARE(root.value("invocationErrorsKnown").toBool(), !sessions);
        QVERIFY2(!root.contains("error"), qPrintable(root.value("error").toString()));
        QCOMPARE(root.value("interceptions").toInt(), user == QLatin1String("alice") ? 3 : 1);
        if (user != QLatin1String("alice"))
            return;
        QStringList kinds;
        for (const QJsonValue &v : root.value("injectedCalls").toArray())
            kinds << v.toObject().value("kind").toString() + QLatin1Char(':') +
                         v.toObject().value("tool").toString();
        // The jira call failed (sandbox story); only the interceptions API says so. The
        // most alarming row comes first; rows of one kind follow the servers' ports.
        QCOMPARE(kinds.value(0), QStringLiteral("unexpected:create_gist"));
        kinds.sort();
        QCOMPARE(
            kinds.join(QLatin1Char(' ')),
            sessions
                ? QStringLiteral("confirmed:jira_001 confirmed:update_gist unexpected:create_gist")
                : QStringLiteral("confirmed:update_gist failed:jira_001 unexpected:create_gist"));
        QCOMPARE(root.value("bridges").toArray().size(), sessions ? 1 : 2);
    }
};

QTEST_GUILESS_MAIN(TestObserved)
#include "tst_observed.moc"
