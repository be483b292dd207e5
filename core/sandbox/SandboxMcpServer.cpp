// SPDX-License-Identifier: Apache-2.0
#include "SandboxMcpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace {
QByteArray rpcError(const QJsonValue &id, int code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

SandboxMcpServer::SandboxMcpServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_http.setHandler([this](const RawHttpRequest &request, RawHttpResponder *responder) {
        if (m_options.delayMs <= 0) {
            handle(request, responder);
            return;
        }
        QPointer<RawHttpResponder> guard(responder);
        QTimer::singleShot(m_options.delayMs, this, [this, request, guard] {
            if (guard)
                handle(request, guard);
        });
    });
}

QList<McpTool> SandboxMcpServer::syntheticTools(const QString &prefix, int count)
{
    QList<McpTool> tools;
    for (int i = 0; i < count; ++i) {
        McpTool tool;
        tool.name = QStringLiteral("%1%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        tool.description = QStringLiteral("Synthetic tool number %1").arg(i);
        tool.inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        tools << tool;
    }
    return tools;
}

QJsonObject SandboxMcpServer::answer(const QJsonObject &message) const
{
    const QString method = message.value(QLatin1String("method")).toString();
    const QJsonObject params = message.value(QLatin1String("params")).toObject();
    QJsonObject result;
    if (method == QLatin1String("initialize")) {
        const QString version = m_options.protocolVersion.isEmpty()
                                    ? params.value(QLatin1String("protocolVersion")).toString()
                                    : m_options.protocolVersion;
        result = {
            {QStringLiteral("protocolVersion"), version},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject{}}}},
            {QStringLiteral("serverInfo"),
             QJsonObject{{QStringLiteral("name"), m_options.name},
                         {QStringLiteral("version"), QStringLiteral("1.0.0")}}}};
    } else if (method == QLatin1String("tools/list")) {
        const int start = params.value(QLatin1String("cursor")).toString().toInt();
        const int count = m_options.pageSize > 0 ? m_options.pageSize : int(m_options.tools.size());
        QJsonArray tools;
        for (int i = start; i < qMin<int>(start + count, m_options.tools.size()); ++i) {
            const McpTool &t = m_options.tools.at(i);
            QJsonObject tool{{QStringLiteral("name"), t.name},
                             {QStringLiteral("description"), t.description},
                             {QStringLiteral("inputSchema"),
                              t.inputSchema.isEmpty()
                                  ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}
                                  : t.inputSchema.object()}};
            if (!t.title.isEmpty())
                tool.insert(QStringLiteral("title"), t.title);
            tools << tool;
        }
        result = {{QStringLiteral("tools"), tools}};
        if (m_options.pageSize > 0 && start + count < m_options.tools.size())
            result.insert(QStringLiteral("nextCursor"), QString::number(start + count));
    } else if (method == QLatin1String("tools/call")) {
        const QString name = params.value(QLatin1String("name")).toString();
        result = {
            {QStringLiteral("content"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QStringLiteral("%1 ok").arg(name)}}}}};
    } else if (method == QLatin1String("ping")) {
        result = {};
    } else {
        return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                {QStringLiteral("id"), message.value(QLatin1String("id"))},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), -32601},
                             {QStringLiteral("message"), QStringLiteral("Method not found")}}}};
    }
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), message.value(QLatin1String("id"))},
            {QStringLiteral("result"), result}};
}

void SandboxMcpServer::handle(const RawHttpRequest &request, RawHttpResponder *responder)
{
    const QJsonObject message = QJsonDocument::fromJson(request.body).object();
    if (m_fault && m_fault(request, message, responder))
        return;

    const QByteArray authorization = request.header("authorization");
    const bool checksToken =
        !m_options.requiredToken.isEmpty() || !m_options.acceptedTokens.isEmpty();
    const QString presented =
        authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)) : QString();
    if (checksToken && (presented.isEmpty() || (presented != m_options.requiredToken &&
                                                !m_options.acceptedTokens.contains(presented)))) {
        const QByteArray challenge =
            request.header("authorization").isEmpty()
                ? QByteArray("Bearer realm=\"sandbox\"")
                : QByteArray("Bearer error=\"invalid_token\", realm=\"sandbox\"");
        responder->respond(401, "application/json",
                           rpcError(QJsonValue::Null, -32001, QStringLiteral("Unauthorized")),
                           {{"WWW-Authenticate", challenge}});
        return;
    }
    const QByteArray session = request.header("mcp-session-id");
    if (request.method == "GET") {
        responder->respond(405, "text/plain", "GET not supported", {{"Allow", "POST, DELETE"}});
        return;
    }
    if (request.method == "DELETE") {
        if (m_options.stateless) {
            responder->respond(405, "text/plain", "stateless", {{"Allow", "POST"}});
            return;
        }
        const bool known = m_sessions.remove(session);
        responder->respond(known ? 200 : 404, "text/plain", known ? "" : "Session not found");
        return;
    }
    if (request.method != "POST") {
        responder->respond(405, "text/plain", "method not allowed");
        return;
    }
    const QByteArray accept = request.header("accept");
    if (!accept.contains("application/json") || !accept.contains("text/event-stream")) {
        responder->respond(406, "application/json",
                           rpcError(QJsonValue::Null, -32000,
                                    QStringLiteral("Not Acceptable: Client must accept both "
                                                   "application/json and text/event-stream")));
        return;
    }
    if (!request.header("content-type").startsWith("application/json")) {
        responder->respond(
            415, "application/json",
            rpcError(
                QJsonValue::Null, -32000,
                QStringLiteral("Unsupported Media Type: Content-Type must be application/json")));
        return;
    }
    if (message.isEmpty()) {
        responder->respond(400, "application/json",
                           rpcError(QJsonValue::Null, -32700, QStringLiteral("Parse error")));
        return;
    }
    const bool isInitialize =
        message.value(QLatin1String("method")).toString() == QLatin1String("initialize");
    HttpHeaders headers;
    if (!m_options.stateless) {
        if (isInitialize) {
            const QByteArray id = "sandbox-session-" + QByteArray::number(++m_sessionCounter);
            m_sessions.insert(id);
            headers << qMakePair(QByteArray("Mcp-Session-Id"), id);
        } else if (session.isEmpty()) {
            responder->respond(
                400, "application/json",
                rpcError(QJsonValue::Null, -32000,
                         QStringLiteral("Bad Request: No valid session ID provided")));
            return;
        } else if (!m_sessions.contains(session)) {
            responder->respond(
                404, "application/json",
                rpcError(QJsonValue::Null, -32001, QStringLiteral("Session not found")));
            return;
        }
    }
    if (!message.contains(QLatin1String("id"))) {
        responder->respond(202, {}, {}, headers); // a notification
        return;
    }
    respondMessage(responder, answer(message), headers);
}

void SandboxMcpServer::respondMessage(RawHttpResponder *responder, const QJsonObject &message,
                                      const HttpHeaders &headers)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (m_options.json) {
        responder->respond(200, "application/json", body, headers);
        return;
    }
    // As the SDK servers do: a priming event with an id and empty data, then the answer.
    const QByteArray id = QByteArray::number(++m_eventCounter);
    responder->startStream(200, "text/event-stream", headers);
    responder->write("id: " + id + "-0\ndata: \n\n");
    responder->write("event: message\nid: " + id + "-1\ndata: " + body + "\n\n");
    responder->close();
}
