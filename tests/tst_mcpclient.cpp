// SPDX-License-Identifier: Apache-2.0
#include "mcp/McpClient.h"
#include "mcp/ProbeRunner.h"
#include "SandboxMcpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
struct Fixture
{
    SandboxMcpServer *server = nullptr;
    RawHttpServer *other = nullptr; // a second origin
    McpTransportOptions options;
    QUrl url;
    Secret token;
};
using Setup = std::function<void(Fixture &)>;

QByteArray rpcResult(const QJsonValue &id, const QJsonObject &result)
{
    return QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}})
        .toJson(QJsonDocument::Compact);
}
bool isMethod(const QJsonObject &message, const char *method)
{
    return message.value(QLatin1String("method")).toString() == QLatin1String(method);
}
// A fault that answers tools/list with `answer` and leaves the rest to the server.
Setup onToolsList(std::function<void(Fixture &, const QJsonObject &, RawHttpResponder *)> answer)
{
    return [answer](Fixture &f) {
        Fixture *fp = &f;
        f.server->setFault(
            [fp, answer](const RawHttpRequest &, const QJsonObject &message, RawHttpResponder *r) {
                if (!isMethod(message, "tools/list"))
                    return false;
                answer(*fp, message, r);
                return true;
            });
    };
}
Setup withOptions(std::function<void(McpTransportOptions &)> adjust, Setup inner)
{
    return [adjust, inner](Fixture &f) {
        adjust(f.options);
        inner(f);
    };
}
} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(McpError)

// Every error path of the Streamable HTTP client has a row that fails if its handling
// is removed; the success rows cover each transport variant real servers use.
class TestMcpClient : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        QStringList tools;
        McpError error;
        int restarts = 0;
        int resumes = 0;
        QString version;
    };

    // Lists tools from a fresh server bent by `setup`; keeps what the servers saw.
    Outcome run(const Setup &setup, bool closeAfter = false)
    {
        SandboxMcpServer::Options options;
        options.tools = SandboxMcpServer::syntheticTools(QStringLiteral("tool_"), 3);
        SandboxMcpServer server(options);
        RawHttpServer other;
        other.setHandler([](const RawHttpRequest &, RawHttpResponder *r) {
            r->respond(200, "text/plain", "other");
        });
        if (!server.listen() || !other.listen())
            qFatal("cannot listen on loopback");
        Fixture f;
        f.server = &server;
        f.other = &other;
        f.url = server.url();
        f.options.timeoutMs = 2000;
        if (setup)
            setup(f);

        QNetworkAccessManager network;
        McpClient client(&network, f.url, f.token);
        client.setOptions(f.options);
        QSignalSpy listed(&client, &McpClient::toolsListed);
        QSignalSpy failed(&client, &McpClient::failed);
        client.listTools();
        Outcome outcome;
        if (!QTest::qWaitFor([&] { return listed.count() + failed.count() > 0; }, 20000)) {
            outcome.error.kind = McpError::Kind::Cancelled;
            outcome.error.message = QStringLiteral("test: neither toolsListed nor failed");
            return outcome;
        }
        if (!listed.isEmpty())
            for (const McpTool &t : listed.at(0).at(0).value<QList<McpTool>>())
                outcome.tools << t.name;
        if (!failed.isEmpty())
            outcome.error = failed.at(0).at(0).value<McpError>();
        outcome.restarts = client.sessionRestarts();
        outcome.resumes = client.streamResumes();
        outcome.version = client.protocolVersion();
        if (closeAfter) {
            QSignalSpy closed(&client, &McpClient::closed);
            client.close();
            if (closed.isEmpty())
                closed.wait(5000);
        }
        m_requests = server.http().requests();
        m_otherRequests = int(other.requests().size());
        return outcome;
    }
    QList<RawHttpRequest> m_requests;
    int m_otherRequests = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<McpError>();
        qRegisterMetaType<QList<McpTool>>();
    }

    void listing_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QString>("tools");
        QTest::addColumn<int>("restarts");
        QTest::addColumn<int>("resumes");
        QTest::addColumn<QString>("version");
        const QString three = QStringLiteral("tool_000 tool_001 tool_002");

        QTest::newRow("SSE answers with priming events")
            << Setup() << three << 0 << 0 << "2025-11-25";
        QTest::newRow("JSON answers") << Setup([](Fixture &f) { f.server->options().json = true; })
                                      << three << 0 << 0 << "2025-11-25";
        QTest::newRow("stateless server")
            << Setup([](Fixture &f) { f.server->options().stateless = true; }) << three << 0 << 0
            << "2025-11-25";
        QTest::newRow("server answers 2025-06-18") << Setup([](Fixture &f) {
            f.server->options().protocolVersion = QStringLiteral("2025-06-18");
        }) << three << 0 << 0 << "2025-06-18";
        QTest::newRow("server answers 2025-03-26") << Setup([](Fixture &f) {
            f.server->options().protocolVersion = QStringLiteral("2025-03-26");
        }) << three << 0 << 0 << "2025-03-26";
        QTest::newRow("paged tools follow nextCursor") << Setup([](Fixture &f) {
            f.server->options().tools = SandboxMcpServer::syntheticTools(QStringLiteral("p"), 5);
            f.server->options().pageSize = 2;
        }) << "p000 p001 p002 p003 p004" << 0 << 0 << "2025-11-25";
        QTest::newRow("10 000 tools in one page") << Setup([](Fixture &f) {
            f.server->options().tools =
                SandboxMcpServer::syntheticTools(QStringLiteral("bulk_"), 10000);
            f.server->options().json = true;
        }) << QString() << 0 << 0 << "2025-11-25";
        QTest::newRow("bearer token accepted") << Setup([](Fixture &f) {
            f.server->options().requiredToken = QStringLiteral("right-token");
            f.token = Secret(QStringLiteral("right-token"));
        }) << three << 0 << 0 << "2025-11-25";
        QTest::newRow("notifications and a server request before our response")
            << onToolsList([](Fixture &f, const QJsonObject &m, RawHttpResponder *r) {
                   r->startStream(200, "text/event-stream");
                   r->write("id: a\ndata: \n\n");
                   r->write("event: message\ndata: "
                            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/"
                            "message\",\"params\":{}}\n\n");
                   r->write(": keep-alive\n\n");
                   r->write("event: message\ndata: "
                            "{\"jsonrpc\":\"2.0\",\"id\":\"srv-1\",\"method\":\"roots/list\"}\n\n");
                   r->write("event: message\ndata: " +
                            QJsonDocument(f.server->answer(m)).toJson(QJsonDocument::Compact) +
                            "\n\n");
                   r->close();
               })
            << three << 0 << 0 << "2025-11-25";
        QTest::newRow("CRLF lines and JSON split over data: lines")
            << onToolsList([](Fixture &f, const QJsonObject &m, RawHttpResponder *r) {
                   const QByteArray json =
                       QJsonDocument(f.server->answer(m)).toJson(QJsonDocument::Indented);
                   QByteArray event = "event: message\r\n";
                   for (const QByteArray &line : json.split('\n'))
                       event += "data: " + line + "\r\n";
                   r->startStream(200, "text/event-stream");
                   r->write(event + "\r\n");
                   r->close();
               })
            << three << 0 << 0 << "2025-11-25";
        QTest::newRow("404 on the session: initialize again once") << Setup([](Fixture &f) {
            auto forgotten = std::make_shared<bool>(false);
            SandboxMcpServer *server = f.server;
            f.server->setFault([server, forgotten](const RawHttpRequest &, const QJsonObject &m,
                                                   RawHttpResponder *) {
                if (isMethod(m, "tools/list") && !*forgotten) {
                    *forgotten = true;
                    server->forgetSessions(); // the server's own handling answers 404
                }
                return false;
            });
        }) << three << 1 << 0 << "2025-11-25";
        QTest::newRow("400 naming the session (real servers): initialize again once")
            << Setup([](Fixture &f) {
                   auto sent = std::make_shared<bool>(false);
                   f.server->setFault([sent](const RawHttpRequest &, const QJsonObject &m,
                                             RawHttpResponder *r) {
                       if (!isMethod(m, "tools/list") || *sent)
                           return false;
                       *sent = true;
                       r->respond(400, "application/json",
                                  "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":"
                                  "\"Bad Request: No valid session ID provided\"},\"id\":null}");
                       return true;
                   });
               })
            << three << 1 << 0 << "2025-11-25";
        QTest::newRow("same-origin redirect followed") << Setup([](Fixture &f) {
            f.server->setFault(
                [](const RawHttpRequest &req, const QJsonObject &, RawHttpResponder *r) {
                    if (req.path() != QLatin1String("/mcp"))
                        return false;
                    r->respond(307, "text/plain", "moved", {{"Location", "/mcp2"}});
                    return true;
                });
        }) << three << 0 << 0 << "2025-11-25";
        // Issue 11 item 12: initialize's stream closes early; the resumed GET carries the
        // session id the POST answer handed out, and so does every request after it.
        QTest::newRow("initialize resumed: the session id of the POST answer is kept")
            << Setup([](Fixture &f) {
                   SandboxMcpServer *server = f.server;
                   auto pending = std::make_shared<QJsonObject>();
                   f.server->setFault([server, pending](const RawHttpRequest &req,
                                                        const QJsonObject &m, RawHttpResponder *r) {
                       if (isMethod(m, "initialize")) {
                           QJsonObject answer = server->answer(m);
                           *pending = answer;
                           r->startStream(200, "text/event-stream", {{"Mcp-Session-Id", "sess-9"}});
                           r->write("id: init-1\nretry: 10\ndata: \n\n");
                           r->close();
                           return true;
                       }
                       if (req.header("mcp-session-id") != "sess-9") {
                           r->respond(400, "application/json",
                                      "{\"error\":{\"message\":\"No valid session ID provided\"}}");
                           return true;
                       }
                       if (req.method == "GET") {
                           r->startStream(200, "text/event-stream");
                           r->write("id: init-2\nevent: message\ndata: " +
                                    QJsonDocument(*pending).toJson(QJsonDocument::Compact) +
                                    "\n\n");
                           r->close();
                           return true;
                       }
                       if (m.contains(QLatin1String("id"))) {
                           r->respond(
                               200, "application/json",
                               QJsonDocument(server->answer(m)).toJson(QJsonDocument::Compact));
                       } else {
                           r->respond(202, "application/json", "");
                       }
                       return true;
                   });
               })
            << three << 0 << 1 << "2025-11-25";
        QTest::newRow("stream closed before the answer: resumed with GET and Last-Event-ID")
            << Setup([](Fixture &f) {
                   auto pending = std::make_shared<QJsonObject>();
                   SandboxMcpServer *server = f.server;
                   f.server->setFault([server, pending](const RawHttpRequest &req,
                                                        const QJsonObject &m, RawHttpResponder *r) {
                       if (isMethod(m, "tools/list")) {
                           *pending = server->answer(m);
                           r->startStream(200, "text/event-stream");
                           r->write("id: ev-1\nretry: 30\ndata: \n\n");
                           r->close();
                           return true;
                       }
                       if (req.method == "GET" && req.header("last-event-id") == "ev-1") {
                           r->startStream(200, "text/event-stream");
                           r->write("id: ev-2\nevent: message\ndata: " +
                                    QJsonDocument(*pending).toJson(QJsonDocument::Compact) +
                                    "\n\n");
                           r->close();
                           return true;
                       }
                       return false;
                   });
               })
            << three << 0 << 1 << "2025-11-25";
    }
    void listing()
    {
        QFETCH(Setup, setup);
        QFETCH(QString, tools);
        QFETCH(int, restarts);
        QFETCH(int, resumes);
        QFETCH(QString, version);
        const Outcome o = run(setup);
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        if (tools.isEmpty()) // the bulk row: count and ends only
            QVERIFY(o.tools.size() == 10000 && o.tools.first() == QLatin1String("bulk_000") &&
                    o.tools.last() == QLatin1String("bulk_9999"));
        else
            QCOMPARE(o.tools.join(QLatin1Char(' ')), tools);
        QCOMPARE(o.restarts, restarts);
        QCOMPARE(o.resumes, resumes);
        QCOMPARE(o.version, version);
    }

    void errors_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messageHas");

        // Issue 11 item 8: a server-chosen retry of INT_MAX is obeyed only up to the
        // request timeout, so three resumes end the probe in seconds, not never.
        QTest::newRow("retry: 2147483647 is bounded") << Setup([](Fixture &f) {
            f.options.timeoutMs = 300;
            f.server->setFault(
                [](const RawHttpRequest &req, const QJsonObject &m, RawHttpResponder *r) {
                    if (!isMethod(m, "tools/list") && req.method != "GET")
                        return false;
                    r->startStream(200, "text/event-stream");
                    r->write("id: ev-1\nretry: 2147483647\ndata: \n\n");
                    r->close();
                    return true;
                });
        }) << "stream-ended"
                                                      << "the SSE stream ended before the response";
        // Issue 11 item 11: pages are capped together, not only one by one.
        QTest::newRow("pages of 300 KB without end stop at the total cap")
            << Setup([](Fixture &f) {
                   f.options.maxTotalBytes = 1024 * 1024;
                   auto page = std::make_shared<int>(0);
                   f.server->setFault([page](const RawHttpRequest &, const QJsonObject &m,
                                             RawHttpResponder *r) {
                       if (!isMethod(m, "tools/list"))
                           return false;
                       const QJsonArray tools{
                           QJsonObject{{"name", QStringLiteral("t%1").arg(++*page)},
                                       {"description", QString(300 * 1024, QLatin1Char('d'))},
                                       {"inputSchema", QJsonObject{{"type", "object"}}}}};
                       r->respond(200, "application/json",
                                  rpcResult(m.value("id"),
                                            {{"tools", tools},
                                             {"nextCursor", QStringLiteral("c%1").arg(*page)}}));
                       return true;
                   });
               })
            << "too-large"
            << "the tool list passed 1 MiB over 4 pages";
        // Issue 11 item 12: two challenges in one header; a 403 names the missing scope.
        QTest::newRow("401 with Basic and Bearer challenges: Bearer's parameters")
            << Setup([](Fixture &f) {
                   f.server->setFault(
                       [](const RawHttpRequest &, const QJsonObject &, RawHttpResponder *r) {
                           r->respond(401, "application/json", "{}",
                                      {{"WWW-Authenticate",
                                        "Basic realm=\"corp\", Bearer error=\"invalid_token\", "
                                        "resource_metadata=\"http://127.0.0.1/m\""}});
                           return true;
                       });
               })
            << "unauthorized"
            << "token rejected (HTTP 401), invalid_token, resource metadata at http://127.0.0.1/m";
        QTest::newRow("403 insufficient_scope keeps the scope")
            << Setup([](Fixture &f) {
                   f.server->setFault(
                       [](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
                           if (!isMethod(m, "tools/list"))
                               return false;
                           r->respond(403, "application/json", "{}",
                                      {{"WWW-Authenticate", "Bearer error=\"insufficient_scope\", "
                                                            "scope=\"repo read:org\""}});
                           return true;
                       });
               })
            << "http"
            << "HTTP 403: {}, insufficient_scope, scope needed: repo read:org";
        QTest::newRow("401: token rejected, WWW-Authenticate parsed")
            << Setup([](Fixture &f) {
                   f.server->options().requiredToken = QStringLiteral("right");
                   f.token = Secret(QStringLiteral("wrong"));
               })
            << "unauthorized"
            << "initialize: token rejected (HTTP 401), invalid_token";
        QTest::newRow("401 with resource metadata")
            << Setup([](Fixture &f) {
                   f.server->setFault([](const RawHttpRequest &, const QJsonObject &,
                                         RawHttpResponder *r) {
                       r->respond(
                           401, "application/json", "{}",
                           {{"WWW-Authenticate", "Bearer "
                                                 "resource_metadata=\"http://127.0.0.1/.well-known/"
                                                 "oauth-protected-resource/mcp\""}});
                       return true;
                   });
               })
            << "unauthorized"
            << "resource metadata at http://127.0.0.1/.well-known/oauth-protected-resource/mcp";
        QTest::newRow("JSON-RPC error with code and message")
            << onToolsList([](Fixture &, const QJsonObject &m, RawHttpResponder *r) {
                   r->respond(
                       200, "application/json",
                       QJsonDocument(
                           QJsonObject{{"jsonrpc", "2.0"},
                                       {"id", m.value("id")},
                                       {"error", QJsonObject{{"code", -32601},
                                                             {"message", "Method not found"}}}})
                           .toJson());
               })
            << "json-rpc"
            << "tools/list: JSON-RPC error -32601: Method not found";
        QTest::newRow("no answer: timeout")
            << withOptions([](McpTransportOptions &o) { o.timeoutMs = 300; },
                           onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *) {}))
            << "timeout"
            << "no complete answer within 300 ms";
        QTest::newRow("slow-loris: a comment every 50 ms never completes")
            << Setup([](Fixture &f) {
                   f.options.timeoutMs = 400;
                   f.server->setFault(
                       [](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
                           if (!isMethod(m, "tools/list"))
                               return false;
                           r->startStream(200, "text/event-stream");
                           auto *timer = new QTimer(r);
                           QObject::connect(timer, &QTimer::timeout, r,
                                            [r] { r->write(": still here\n\n"); });
                           timer->start(50);
                           return true;
                       });
               })
            << "timeout"
            << "no complete answer within 400 ms";
        QTest::newRow("endless SSE of notifications with no response") << Setup([](Fixture &f) {
            f.options.timeoutMs = 400;
            f.server->setFault(
                [](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
                    if (!isMethod(m, "tools/list"))
                        return false;
                    r->startStream(200, "text/event-stream");
                    auto *timer = new QTimer(r);
                    QObject::connect(timer, &QTimer::timeout, r, [r] {
                        r->write("event: message\ndata: "
                                 "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\"}\n\n");
                    });
                    timer->start(20);
                    return true;
                });
        }) << "timeout"
                                                                       << "no complete answer";
        QTest::newRow("Content-Length over the cap")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "1073741824\r\n\r\n{\"jsonrpc\":");
               })
            << "too-large"
            << "response of 1073741824 bytes is over the 33554432-byte cap";
        QTest::newRow("streamed body over the cap")
            << withOptions([](McpTransportOptions &o) { o.maxBodyBytes = 64 * 1024; },
                           onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                               r->startStream(200, "application/json");
                               r->write(QByteArray(200 * 1024, ' '));
                           }))
            << "too-large"
            << "response passed the 65536-byte cap";
        QTest::newRow("invalid JSON body")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->respond(200, "application/json", "{not json");
               })
            << "invalid-json"
            << "invalid JSON at offset";
        QTest::newRow("invalid UTF-8 in a JSON string")
            << onToolsList([](Fixture &, const QJsonObject &m, RawHttpResponder *r) {
                   r->respond(
                       200, "application/json",
                       "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(m.value("id").toInt()) +
                           ",\"result\":{\"tools\":[{\"name\":\"\xff\xfe\"}]}}");
               })
            << "invalid-json"
            << "invalid JSON";
        QTest::newRow("invalid JSON in SSE data")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->startStream(200, "text/event-stream");
                   r->write("event: message\ndata: {oops\n\n");
                   r->close();
               })
            << "invalid-json"
            << "SSE event data is not a JSON-RPC message";
        QTest::newRow("truncated SSE (no event id to resume from)")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->startStream(200, "text/event-stream");
                   r->write("event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":2,\"res");
                   r->close();
               })
            << "stream-ended"
            << "the SSE stream ended before the response";
        QTest::newRow("connection reset mid-body")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            "1000\r\n\r\n{\"jsonrpc\":\"2.0\"");
                   QTimer::singleShot(50, r, [r] { r->reset(); });
               })
            << "network"
            << "(HTTP 200, after 16 bytes of the body)";
        QTest::newRow("connection refused") << Setup([](Fixture &f) {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            f.url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(probe.serverPort()));
        }) << "network"
                                            << "refused";
        QTest::newRow("redirect to another origin refused") << Setup([](Fixture &f) {
            const QByteArray target = f.other->url(QStringLiteral("/steal")).toEncoded();
            f.server->setFault(
                [target](const RawHttpRequest &, const QJsonObject &, RawHttpResponder *r) {
                    r->respond(307, "text/plain", "moved", {{"Location", target}});
                    return true;
                });
            f.token = Secret(QStringLiteral("must-not-leak"));
        }) << "redirect"
                                                            << "redirect to another origin";
        QTest::newRow("unsupported protocol version") << Setup([](Fixture &f) {
            f.server->options().protocolVersion = QStringLiteral("2024-11-05");
        }) << "protocol"
                                                      << "unsupported protocol version 2024-11-05";
        QTest::newRow("session expired again after starting over")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->respond(404, "application/json",
                              "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":"
                              "\"Session not found\"},\"id\":null}");
               })
            << "session-expired"
            << "session no longer known to the server (HTTP 404)";
        QTest::newRow("HTTP 500") << onToolsList([](Fixture &, const QJsonObject &,
                                                    RawHttpResponder *r) {
            r->respond(500, "text/plain", "upstream exploded");
        }) << "http"
                                  << "HTTP 500: upstream exploded";
        QTest::newRow("202 to a request")
            << onToolsList([](Fixture &, const QJsonObject &, RawHttpResponder *r) {
                   r->respond(202, {}, {});
               })
            << "protocol"
            << "HTTP 202 with no response to our request";
        QTest::newRow("result without a tools array")
            << onToolsList([](Fixture &, const QJsonObject &m, RawHttpResponder *r) {
                   r->respond(200, "application/json",
                              rpcResult(m.value("id"), QJsonObject{{"items", QJsonArray()}}));
               })
            << "protocol"
            << "no tools array";
        QTest::newRow("10 000 tools with 100 KiB schemas: stops at the 32 MiB cap")
            << onToolsList([](Fixture &, const QJsonObject &m, RawHttpResponder *r) {
                   // Streamed without a length, as fast as the socket takes it: the
                   // client must stop reading at its cap, long before 1 GB.
                   r->startStream(200, "application/json");
                   r->write("{\"jsonrpc\":\"2.0\",\"id\":" +
                            QByteArray::number(m.value("id").toInt()) + ",\"result\":{\"tools\":[");
                   const QByteArray schema = "{\"type\":\"object\",\"description\":\"" +
                                             QByteArray(100 * 1024, 'x') + "\"}";
                   auto *timer = new QTimer(r);
                   auto sent = std::make_shared<int>(0);
                   QObject::connect(timer, &QTimer::timeout, r, [r, schema, sent, timer] {
                       QByteArray chunk;
                       for (int i = 0; i < 20 && *sent < 10000; ++i, ++*sent)
                           chunk += (*sent ? "," : "") + QByteArray("{\"name\":\"t") +
                                    QByteArray::number(*sent) + "\",\"inputSchema\":" + schema +
                                    "}";
                       r->write(chunk);
                       if (*sent >= 10000)
                           timer->stop();
                   });
                   timer->start(0);
               })
            << "too-large"
            << "response passed the 33554432-byte cap";
        QTest::newRow("a cursor that repeats forever stops at the page cap")
            << Setup([](Fixture &f) {
                   f.options.maxPages = 4;
                   f.server->setFault([](const RawHttpRequest &, const QJsonObject &m,
                                         RawHttpResponder *r) {
                       if (!isMethod(m, "tools/list"))
                           return false;
                       r->respond(
                           200, "application/json",
                           rpcResult(
                               m.value("id"),
                               QJsonObject{{"tools", QJsonArray{QJsonObject{{"name", "again"}}}},
                                           {"nextCursor", "same"}}));
                       return true;
                   });
               })
            << "protocol"
            << "more than 4 pages of tools";
    }
    void errors()
    {
        QFETCH(Setup, setup);
        QFETCH(QString, kind);
        QFETCH(QString, messageHas);
        const Outcome o = run(setup);
        QVERIFY2(o.error.isError(), "expected an error, got a tool list");
        QCOMPARE(McpError::kindName(o.error.kind), kind);
        QVERIFY2(o.error.toString().contains(messageHas), qPrintable(o.error.toString()));
        if (kind == QLatin1String("redirect"))
            QCOMPARE(m_otherRequests, 0); // the token never reached the other origin
    }

    void headersAsTheSpecSays()
    {
        const Outcome o = run(
            [](Fixture &f) {
                f.server->options().requiredToken = QStringLiteral("tok");
                f.token = Secret(QStringLiteral("tok"));
            },
            true);
        QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
        QCOMPARE(m_requests.size(), 4); // initialize, initialized, tools/list, DELETE
        const RawHttpRequest &init = m_requests.at(0);
        QCOMPARE(init.method, QByteArray("POST"));
        QCOMPARE(init.header("accept"), QByteArray("application/json, text/event-stream"));
        QCOMPARE(init.header("content-type"), QByteArray("application/json"));
        QCOMPARE(init.header("authorization"), QByteArray("Bearer tok"));
        QVERIFY(init.header("mcp-session-id").isEmpty());
        QVERIFY(init.header("mcp-protocol-version").isEmpty());
        const QJsonObject params =
            QJsonDocument::fromJson(init.body).object().value("params").toObject();
        QCOMPARE(params.value("protocolVersion").toString(), QStringLiteral("2025-11-25"));
        QCOMPARE(params.value("clientInfo").toObject().value("name").toString(),
                 QStringLiteral("aibridge-inspector"));
        QVERIFY(params.value("capabilities").toObject().isEmpty()); // none, as AI Bridge
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(m_requests.at(i).header("mcp-session-id"), QByteArray("sandbox-session-1"));
            QCOMPARE(m_requests.at(i).header("mcp-protocol-version"), QByteArray("2025-11-25"));
        }
        QCOMPARE(QJsonDocument::fromJson(m_requests.at(1).body).object().value("method").toString(),
                 QStringLiteral("notifications/initialized"));
        QCOMPARE(m_requests.at(3).method, QByteArray("DELETE"));
        // Issue 17 item 5: every request names the tool, so admins can tell it apart.
        for (const RawHttpRequest &r : std::as_const(m_requests))
            QCOMPARE(r.header("user-agent"), QByteArray("aibridge-inspector/" AIBI_VERSION));
    }

    // Issue 17 item 5: coderd's MCP server logs a 500 ("context canceled") for a DELETE
    // cut short. A probe counts as finished only once its DELETE was answered, so a
    // caller that quits on finished() leaves no such line.
    void probeEndsItsSessionsBeforeFinishing()
    {
        SandboxMcpServer::Options options;
        options.tools = SandboxMcpServer::syntheticTools(QStringLiteral("tool_"), 2);
        SandboxMcpServer server(options);
        QVERIFY(server.listen());
        int deletesAnswered = 0;
        int deletesSeen = 0;
        server.setFault(
            [&](const RawHttpRequest &request, const QJsonObject &, RawHttpResponder *responder) {
                if (request.method != "DELETE")
                    return false;
                ++deletesSeen;
                // Answered late: a caller that does not wait has gone by then.
                QTimer::singleShot(300, responder, [responder, &deletesAnswered] {
                    ++deletesAnswered;
                    responder->respond(200, "text/plain", "");
                });
                return true;
            });
        Resolution resolution;
        resolution.era = CoderEra::Era::B; // the main probe and one era probe: two sessions
        ResolvedServer s;
        s.id = QStringLiteral("srv");
        s.url = server.url().toString();
        s.outcome = ResolvedServer::Outcome::Proxied;
        resolution.servers << s;
        QNetworkAccessManager network;
        ProbeRunner runner(&network);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.probe(resolution);
        QVERIFY(finished.wait(10000));
        QCOMPARE(deletesSeen, 2);
        QCOMPARE(deletesAnswered, 2);
    }

    void tlsErrorUnlessInsecure_data()
    {
        QTest::addColumn<bool>("insecure");
        QTest::newRow("untrusted certificate is an error") << false;
        QTest::newRow("--insecure accepts it") << true;
    }
    void tlsErrorUnlessInsecure()
    {
        QFETCH(bool, insecure);
        QFile cert(QStringLiteral(AIBI_FIXTURES "/tls/cert.pem"));
        QFile key(QStringLiteral(AIBI_FIXTURES "/tls/key.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        SandboxMcpServer::Options options;
        options.tools = SandboxMcpServer::syntheticTools(QStringLiteral("t"), 1);
        SandboxMcpServer server(options);
        QVERIFY(server.http().useTls(cert.readAll(), key.readAll()));
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        McpClient client(&network, server.url(), {});
        McpTransportOptions transport;
        transport.insecure = insecure;
        client.setOptions(transport);
        QSignalSpy listed(&client, &McpClient::toolsListed);
        QSignalSpy failed(&client, &McpClient::failed);
        client.listTools();
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() + failed.count() == 1, 15000);
        if (insecure) {
            QCOMPARE(listed.count(), 1);
        } else {
            const McpError e = failed.at(0).at(0).value<McpError>();
            QCOMPARE(e.kind, McpError::Kind::Tls);
            QVERIFY2(e.toString().contains(QStringLiteral("self signed")) ||
                         e.toString().contains(QStringLiteral("self-signed")),
                     qPrintable(e.toString()));
        }
    }

    void toolCallIsErrorIsAResult()
    {
        SandboxMcpServer::Options options;
        options.tools = SandboxMcpServer::syntheticTools(QStringLiteral("t"), 1);
        SandboxMcpServer server(options);
        server.setFault([](const RawHttpRequest &, const QJsonObject &m, RawHttpResponder *r) {
            if (!isMethod(m, "tools/call"))
                return false;
            r->respond(
                200, "application/json",
                rpcResult(m.value("id"),
                          QJsonObject{{"isError", true},
                                      {"content", QJsonArray{QJsonObject{{"type", "text"},
                                                                         {"text", "boom"}}}}}));
            return true;
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        McpClient client(&network, server.url(), {});
        QSignalSpy called(&client, &McpClient::toolCalled);
        QSignalSpy failed(&client, &McpClient::failed);
        client.callTool(QStringLiteral("t000"), QJsonObject{{"n", 1}});
        QVERIFY(called.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(called.at(0).at(0).toJsonObject().value("isError").toBool(), true);
        const QJsonObject sent =
            QJsonDocument::fromJson(server.http().requests().last().body).object();
        QCOMPARE(sent.value("params").toObject().value("arguments").toObject().value("n").toInt(),
                 1);
    }

    void wwwAuthenticateParsing()
    {
        QString scheme;
        QMap<QString, QString> params;
        McpError::parseWwwAuthenticate("Bearer error=\"invalid_token\", error_description=\"The "
                                       "\\\"token\\\" expired\", realm=x",
                                       &scheme, &params);
        QCOMPARE(scheme, QStringLiteral("Bearer"));
        QCOMPARE(params.value("error"), QStringLiteral("invalid_token"));
        QCOMPARE(params.value("error_description"), QStringLiteral("The \"token\" expired"));
        QCOMPARE(params.value("realm"), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcpclient.moc"
