// SPDX-License-Identifier: Apache-2.0
#include "SandboxMcpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTest>

// What Coder's own AI Bridge client gets, per era, from the C++ probe's prediction
// (`probe --coder-era X --json`) and from the real Go clients (tests/coder-oracle:
// mcp-go v0.38.0 for eras A and B, go-sdk v1.7.0 for era C), side by side against the
// same servers. A difference is a failure (issue 10).
class TestCoderOracle : public QObject
{
    Q_OBJECT

    struct Side
    {
        QString outcome; // ok | fails | unknown
        QStringList tools;
        QStringList ids;
        QString reason;
        QStringList shadowed; // "tool>replacedBy"
        qint64 elapsedMs = -1;
        QStringList specTools; // the probe's own (spec) client, beside the prediction
    };
    struct Server
    {
        QString url;
        QString token; // "" for none
        std::shared_ptr<SandboxMcpServer> local;
        QString oracleTimeout = QStringLiteral("20s");
    };

    QMap<QString, Server> m_servers;

    static QByteArray sse(const QByteArray &data)
    {
        return "event: message\ndata: " + data + "\n\n";
    }
    static QJsonObject toolsResult(const QJsonObject &message, const QJsonArray &tools,
                                   const QString &cursor = {})
    {
        QJsonObject result{{QStringLiteral("tools"), tools}};
        if (!cursor.isEmpty())
            result.insert(QStringLiteral("nextCursor"), cursor);
        return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                {QStringLiteral("id"), message.value(QLatin1String("id"))},
                {QStringLiteral("result"), result}};
    }
    static QJsonObject tool(const QString &name, const QJsonObject &extra = {})
    {
        QJsonObject t{{QStringLiteral("name"), name},
                      {QStringLiteral("description"), QStringLiteral("tool ") + name},
                      {QStringLiteral("inputSchema"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            t.insert(it.key(), it.value());
        return t;
    }
    static bool isToolsList(const QJsonObject &m)
    {
        return m.value(QLatin1String("method")).toString() == QLatin1String("tools/list");
    }

    // Issue 18: a server that, asked for its tools, first sends `method` to the client
    // inside the SSE answer and holds the listing until the client answers. With
    // `dependent`, the tool names say what the answer was, so the C++ profiles' answers
    // are compared with the Go libraries' code by code.
    std::shared_ptr<SandboxMcpServer> asking(const QString &method, const QJsonObject &params,
                                             bool dependent)
    {
        auto server = local({});
        if (!server)
            return {};
        SandboxMcpServer *raw = server.get();
        struct Held
        {
            QPointer<RawHttpResponder> stream;
            QJsonObject listRequest;
        };
        // Per session: the probe lists with two clients at once (its own, Coder's).
        auto held = std::make_shared<QHash<QByteArray, Held>>();
        const QString askId = QStringLiteral("srv-ask-1");
        server->setFault(
            [=](const RawHttpRequest &request, const QJsonObject &m, RawHttpResponder *r) {
                Held &mine = (*held)[request.header("mcp-session-id")];
                if (isToolsList(m)) {
                    QJsonObject ask{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                    {QStringLiteral("id"), askId},
                                    {QStringLiteral("method"), method}};
                    if (!params.isEmpty())
                        ask.insert(QStringLiteral("params"), params);
                    mine.stream = r;
                    mine.listRequest = m;
                    r->startStream(200, "text/event-stream");
                    r->write(sse(QJsonDocument(ask).toJson(QJsonDocument::Compact)));
                    return true; // the listing waits for the client's answer
                }
                const bool isAnswer = !m.contains(QLatin1String("method")) &&
                                      m.value(QLatin1String("id")).toString() == askId;
                if (!isAnswer)
                    return false;
                r->respond(202, {}, {});
                if (!mine.stream)
                    return true;
                QJsonArray tools;
                if (!dependent) {
                    tools = raw->answer(mine.listRequest)
                                .value(QLatin1String("result"))
                                .toObject()
                                .value(QLatin1String("tools"))
                                .toArray();
                } else if (m.contains(QLatin1String("error"))) {
                    const int code = m.value(QLatin1String("error"))[QLatin1String("code")].toInt();
                    tools << tool(QStringLiteral("answer_error_%1").arg(qAbs(code)));
                } else {
                    const QJsonObject result = m.value(QLatin1String("result")).toObject();
                    QStringList keys = result.keys();
                    tools << tool(
                        QStringLiteral("answer_result_") +
                        (keys.isEmpty() ? QStringLiteral("empty") : keys.join(QLatin1Char('_'))));
                }
                mine.stream->write(sse(QJsonDocument(toolsResult(mine.listRequest, tools))
                                           .toJson(QJsonDocument::Compact)));
                mine.stream->close();
                return true;
            });
        return server;
    }

    // One in-process server, bent by a fault hook where the case needs it.
    std::shared_ptr<SandboxMcpServer> local(SandboxMcpServer::Options options)
    {
        if (options.tools.isEmpty())
            options.tools = SandboxMcpServer::syntheticTools(QStringLiteral("t"), 3);
        auto server = std::make_shared<SandboxMcpServer>(options);
        if (!server->listen())
            return {};
        return server;
    }

    Side run(const QString &program, const QStringList &arguments, const QString &token,
             bool oracle)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIBI_ORACLE_TOKEN"), token);
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        // In-process servers answer from this thread: keep its event loop turning.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
            return {QStringLiteral("hung"), {}, {}, {}};
        }
        const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QJsonObject c = oracle ? root : root.value(QLatin1String("coder")).toObject();
        Side side;
        side.outcome = c.value(QLatin1String("outcome")).toString();
        side.reason = c.value(QLatin1String("reason")).toString();
        for (const QJsonValue &v : c.value(QLatin1String("tools")).toArray())
            side.tools << v.toString();
        for (const QJsonValue &v : c.value(QLatin1String("ids")).toArray())
            side.ids << v.toString();
        for (const QJsonValue &v : c.value(QLatin1String("shadowed")).toArray())
            side.shadowed << v[QLatin1String("tool")].toString() + QLatin1Char('>') +
                                 v[QLatin1String("replacedBy")].toString();
        if (c.contains(QLatin1String("elapsedMs")))
            side.elapsedMs = qint64(c.value(QLatin1String("elapsedMs")).toDouble());
        for (const QJsonValue &v : root.value(QLatin1String("tools")).toArray())
            side.specTools << v[QLatin1String("name")].toString();
        if (side.outcome.isEmpty())
            side.reason = QString::fromUtf8(process.readAllStandardError());
        return side;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("AIBI_EVERYTHING_URL").isEmpty(),
                 "run through tests/peers/with-peers.sh");
        m_servers.insert(QStringLiteral("everything"),
                         {qEnvironmentVariable("AIBI_EVERYTHING_URL"), {}, {}});
        QVERIFY2(!qEnvironmentVariable("AIBI_SDK_TOKEN_URL").isEmpty(),
                 "tests/peers/mcp-test-server.mjs did not start");
        // mcp-test-server.mjs --token … --tools 5 --page-size 2: paging, and a bearer check.
        m_servers.insert(QStringLiteral("sdk-paged"), {qEnvironmentVariable("AIBI_SDK_TOKEN_URL"),
                                                       qEnvironmentVariable("AIBI_SDK_TOKEN"),
                                                       {}});

        SandboxMcpServer::Options old;
        old.protocolVersion = QStringLiteral("2024-11-05");
        m_servers.insert(QStringLiteral("answers-2024-11-05"), {{}, {}, local(old)});

        SandboxMcpServer::Options newer;
        newer.protocolVersion = QStringLiteral("2025-11-25"); // whatever was offered
        m_servers.insert(QStringLiteral("answers-2025-11-25"), {{}, {}, local(newer)});

        auto lossy = local({});
        QVERIFY(lossy);
        SandboxMcpServer *raw = lossy.get();
        lossy->setFault([raw](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *) {
            if (isToolsList(m))
                raw->forgetSessions(); // the server's own handling then answers 404
            return false;
        });
        m_servers.insert(QStringLiteral("loses-session"), {{}, {}, lossy});

        auto wrongType = local({});
        wrongType->setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isToolsList(m))
                return false;
            const QJsonArray tools{
                tool(QStringLiteral("fine")),
                tool(QStringLiteral("odd"),
                     {{QStringLiteral("annotations"),
                       QJsonObject{{QStringLiteral("readOnlyHint"), QStringLiteral("true")}}}})};
            r->respond(200, "application/json",
                       QJsonDocument(toolsResult(m, tools)).toJson(QJsonDocument::Compact));
            return true;
        });
        m_servers.insert(QStringLiteral("wrong-typed-annotation"), {{}, {}, wrongType});

        auto multiLine = local({});
        multiLine->setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isToolsList(m))
                return false;
            const QJsonArray tools{tool(QStringLiteral("alpha")), tool(QStringLiteral("beta"))};
            // One JSON-RPC message over two data: lines (valid SSE: joined with \n).
            QByteArray json = QJsonDocument(toolsResult(m, tools)).toJson(QJsonDocument::Compact);
            const qsizetype cut = json.indexOf(",\"result\"") + 1;
            const QByteArray body =
                "event: message\ndata: " + json.left(cut) + "\ndata: " + json.mid(cut) + "\n\n";
            r->respond(200, "text/event-stream", body);
            return true;
        });
        m_servers.insert(QStringLiteral("multi-line-sse-data"), {{}, {}, multiLine});

        SandboxMcpServer::Options slow;
        slow.delayMs = 1500;
        m_servers.insert(QStringLiteral("slow"), {{}, {}, local(slow)});

        auto header = local({});
        header->setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isToolsList(m))
                return false;
            const QJsonObject badHeader{
                {QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("region"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("x-mcp-header"), QStringLiteral("X-Region")}}}}}};
            const QJsonArray tools{
                tool(QStringLiteral("plain")),
                tool(QStringLiteral("headed"), {{QStringLiteral("inputSchema"), badHeader}})};
            r->respond(200, "application/json",
                       QJsonDocument(toolsResult(m, tools)).toJson(QJsonDocument::Compact));
            return true;
        });
        m_servers.insert(QStringLiteral("invalid-x-mcp-header"), {{}, {}, header});

        auto loop = local({});
        loop->setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isToolsList(m))
                return false;
            // Page 1 says "more", and every page after repeats the same cursor.
            const QJsonArray tools{tool(QStringLiteral("again"))};
            r->respond(200, "application/json",
                       QJsonDocument(toolsResult(m, tools, QStringLiteral("same-cursor")))
                           .toJson(QJsonDocument::Compact));
            return true;
        });
        // mcp-go follows it until the request is cancelled: give the oracle 3 s of that.
        Server looping{{}, {}, loop};
        looping.oracleTimeout = QStringLiteral("3s");
        m_servers.insert(QStringLiteral("repeating-cursor"), looping);

        // Issue 26.9, go-sdk v1.7.0 (era C): a null entry in the tools array is dereferenced
        // in filterValidTools (mcp/streamable_headers.go) and panics; the oracle recovers
        // it and says "fails" (in coderd nothing recovers it).
        auto nullTool = local({});
        nullTool->setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isToolsList(m))
                return false;
            const QJsonArray tools{tool(QStringLiteral("a")), QJsonValue::Null};
            r->respond(200, "application/json",
                       QJsonDocument(toolsResult(m, tools)).toJson(QJsonDocument::Compact));
            return true;
        });
        m_servers.insert(QStringLiteral("null-tool-entry"), {{}, {}, nullTool});

        // Issue 26.9: after initialize negotiates a version before 2026-07-28, go-sdk
        // v1.7.0 opens the standalone GET stream inside Connect and waits for its headers
        // with no deadline (mcp/streamable.go sessionUpdated, connectStandaloneSSE).
        // A server that never answers that GET holds Connect: unknown, for as long as
        // Coder waits (for ever). mcp-go (eras A, B) does not wait for it.
        SandboxMcpServer::Options legacy;
        legacy.protocolVersion = QStringLiteral("2025-03-26");
        auto holdsGet = local(legacy);
        auto heldGets = std::make_shared<QList<QPointer<RawHttpResponder>>>();
        holdsGet->setFault(
            [heldGets](const RawHttpRequest &request, const QJsonObject &, RawHttpResponder *r) {
                if (request.method != "GET")
                    return false;
                *heldGets << r; // never answered
                return true;
            });
        Server holding{{}, {}, holdsGet};
        holding.oracleTimeout = QStringLiteral("3s");
        m_servers.insert(QStringLiteral("holds-standalone-get"), holding);
        // The same GET answered 500 as an event stream: go-sdk's checkResponse fails the
        // session ("standalone SSE stream: Internal Server Error").
        auto failsGet = local(legacy);
        failsGet->setFault(
            [](const RawHttpRequest &request, const QJsonObject &, RawHttpResponder *r) {
                if (request.method != "GET")
                    return false;
                r->respond(500, "text/event-stream", "");
                return true;
            });
        m_servers.insert(QStringLiteral("standalone-get-500"), {{}, {}, failsGet});

        // Issue 18 item 1: requests from the server while it lists its tools.
        const QJsonObject sampling{
            {QStringLiteral("messages"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                             {QStringLiteral("content"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), QStringLiteral("hi")}}}}}},
            {QStringLiteral("maxTokens"), 10}};
        const QJsonObject elicit{{QStringLiteral("message"), QStringLiteral("Which repository?")},
                                 {QStringLiteral("requestedSchema"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                              {QStringLiteral("properties"), QJsonObject{}}}}};
        const QList<std::tuple<QString, QString, QJsonObject>> asks{
            {QStringLiteral("roots"), QStringLiteral("roots/list"), {}},
            {QStringLiteral("sampling"), QStringLiteral("sampling/createMessage"), sampling},
            {QStringLiteral("elicitation"), QStringLiteral("elicitation/create"), elicit},
            {QStringLiteral("ping"), QStringLiteral("ping"), {}}};
        for (const auto &[name, method, params] : asks) {
            m_servers.insert(QStringLiteral("waits-for-") + name,
                             {{}, {}, asking(method, params, false)});
            m_servers.insert(QStringLiteral("tools-follow-") + name,
                             {{}, {}, asking(method, params, true)});
        }

        // Two tools that one id stands for once sanitised (eras B, C): the later wins.
        auto colliding = local({});
        colliding->setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isToolsList(m))
                return false;
            const QJsonArray tools{tool(QStringLiteral("get.item")), tool(QStringLiteral("zeta")),
                                   tool(QStringLiteral("get_item")), tool(QStringLiteral("alpha"))};
            r->respond(200, "application/json",
                       QJsonDocument(toolsResult(m, tools)).toJson(QJsonDocument::Compact));
            return true;
        });
        m_servers.insert(QStringLiteral("ids-collide"), {{}, {}, colliding});

        for (auto it = m_servers.begin(); it != m_servers.end(); ++it) {
            if (it->local)
                it->url = it->local->url().toString();
            QVERIFY2(!it->url.isEmpty(), qPrintable(it.key()));
        }
    }

    void sameAsCodersClient_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("era");
        for (const QString &server : m_servers.keys())
            for (const QString &era :
                 {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
                QTest::newRow(qPrintable(server + QStringLiteral(", era ") + era)) << server << era;
    }
    void sameAsCodersClient()
    {
        QFETCH(QString, server);
        QFETCH(QString, era);
        const Server &s = m_servers[server];
        // Server keys with a dot tell raw (era A) ids from sanitised ones.
        const QString key = QStringLiteral("my.") + server;
        QStringList tokenArgs;
        if (!s.token.isEmpty())
            tokenArgs << QStringLiteral("--token-env") << QStringLiteral("AIBI_ORACLE_TOKEN");
        const Side oracle =
            run(QStringLiteral(AIBI_CODER_ORACLE),
                QStringList{QStringLiteral("--era"), era, QStringLiteral("--server"), key,
                            QStringLiteral("--timeout"), s.oracleTimeout} +
                    tokenArgs + QStringList{s.url},
                s.token, true);
        const Side probe =
            run(QStringLiteral(AIBI_CLI),
                QStringList{QStringLiteral("probe"), s.url, QStringLiteral("--coder-era"), era,
                            QStringLiteral("--server"), key, QStringLiteral("--json"),
                            QStringLiteral("--timeout"), QStringLiteral("10")} +
                    tokenArgs,
                s.token, false);
        const QString detail =
            QStringLiteral("oracle %1 %2 (%3) / probe %4 %5 (%6)")
                .arg(oracle.outcome, oracle.tools.join(QLatin1Char(',')), oracle.reason,
                     probe.outcome, probe.tools.join(QLatin1Char(',')), probe.reason);
        // The oracle's table, for the record (README, closing notes).
        qInfo("%s | era %s | %s | %s | %s", qPrintable(server), qPrintable(era),
              qPrintable(oracle.outcome), qPrintable(oracle.ids.join(QLatin1Char(' '))),
              qPrintable(oracle.reason.left(90)));
        // "unknown": the real client did not return within the oracle's time (Coder sets
        // none, so it would wait for ever); the probe must not claim more.
        QVERIFY2(oracle.outcome == QLatin1String("ok") ||
                     oracle.outcome == QLatin1String("fails") ||
                     (oracle.outcome == QLatin1String("unknown") &&
                      server.startsWith(QLatin1String("holds-"))),
                 qPrintable(detail));
        QVERIFY2(probe.outcome == oracle.outcome, qPrintable(detail));
        QVERIFY2(probe.tools == oracle.tools, qPrintable(detail));
        QVERIFY2(probe.ids == oracle.ids, qPrintable(detail));
        QVERIFY2(probe.shadowed == oracle.shadowed,
                 qPrintable(detail + QStringLiteral(" shadowed %1 / %2")
                                         .arg(oracle.shadowed.join(QLatin1Char(',')),
                                              probe.shadowed.join(QLatin1Char(',')))));
        if (server.startsWith(QLatin1String("waits-for-")) ||
            server.startsWith(QLatin1String("tools-follow-"))) {
            // Answered at once, as Coder's client: no waiting for a timeout, nor for the
            // 1 s resume retry (McpClient), which this bound also rules out.
            QVERIFY2(probe.elapsedMs >= 0 && probe.elapsedMs < 1000, qPrintable(detail));
            QVERIFY2(!probe.specTools.isEmpty(), "the spec probe answers too, and lists");
        }
        if (server == QLatin1String("ids-collide") && era != QLatin1String("A"))
            QCOMPARE(oracle.shadowed, QStringList{QStringLiteral("get.item>get_item")});
    }
};

QTEST_GUILESS_MAIN(TestCoderOracle)
#include "tst_coderoracle.moc"
