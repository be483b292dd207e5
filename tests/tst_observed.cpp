// SPDX-License-Identifier: Apache-2.0
#include "observe/InterceptionsClient.h"
#include "observe/ObservedComparison.h"
#include "RawHttpServer.h"
#include "SandboxDeployment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
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

private Q_SLOTS:
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

    // Every sandbox user: the command works, and no tool input is ever printed.
    void observedOnTheSandbox_data()
    {
        QTest::addColumn<QString>("user");
        for (const char *u : {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"})
            QTest::newRow(u) << QString::fromLatin1(u);
    }
    void observedOnTheSandbox()
    {
        QFETCH(QString, user);
        QProcess process;
        process.start(QStringLiteral(AIBI_CLI),
                      {QStringLiteral("observed"), QStringLiteral("--sandbox"),
                       QStringLiteral("--user"), user, QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!out.contains("sbx-input-secret"));
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        QCOMPARE(root.value("user").toString(), user);
        QVERIFY(root.value("note").toString().contains(QLatin1String("presence, not absence")));
        if (user != QLatin1String("alice"))
            return;
        QStringList kinds;
        for (const QJsonValue &v : root.value("injectedCalls").toArray())
            kinds << v.toObject().value("kind").toString() + QLatin1Char(':') +
                         v.toObject().value("tool").toString();
        QCOMPARE(kinds.join(QLatin1Char(' ')),
                 QStringLiteral("unexpected:create_gist failed:jira_001 confirmed:update_gist"));
        QCOMPARE(root.value("bridges").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestObserved)
#include "tst_observed.moc"
