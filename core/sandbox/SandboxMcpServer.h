// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/McpTool.h"
#include "RawHttpServer.h"

#include <functional>
#include <QJsonObject>
#include <QSet>

// An MCP Streamable HTTP server in-process: the sandbox's servers and the tests'
// fakes. It behaves like the SDK servers seen in peers.md (SSE answers with a priming
// event, 400 "No valid session ID provided" without a session, 404 for an unknown
// one, 202 for notifications) and can be bent per request through a fault hook.
class SandboxMcpServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString name = QStringLiteral("sandbox-mcp");
        QList<McpTool> tools;
        int pageSize = 0;           // > 0: tools/list pages with nextCursor
        bool json = false;          // answer application/json instead of SSE
        bool stateless = false;     // no Mcp-Session-Id
        QString requiredToken;      // else 401 with WWW-Authenticate
        QStringList acceptedTokens; // any of these also passes the bearer check
        int delayMs = 0;            // before every answer
        QString protocolVersion;    // answer this instead of echoing the client's
    };
    // Return true when the hook answered the request itself.
    using Fault = std::function<bool(const RawHttpRequest &request, const QJsonObject &message,
                                     RawHttpResponder *responder)>;

    explicit SandboxMcpServer(Options options, QObject *parent = nullptr);

    bool listen(quint16 port = 0) { return m_http.listen(port); }
    QUrl url() const { return m_http.url(QStringLiteral("/mcp")); }
    RawHttpServer &http() { return m_http; }
    void setFault(Fault fault) { m_fault = std::move(fault); }
    void forgetSessions() { m_sessions.clear(); }
    Options &options() { return m_options; }

    static QList<McpTool> syntheticTools(const QString &prefix, int count);
    // The JSON-RPC answer for a message, as this server would give it (for fault hooks).
    QJsonObject answer(const QJsonObject &message) const;

private:
    void handle(const RawHttpRequest &request, RawHttpResponder *responder);
    void respondMessage(RawHttpResponder *responder, const QJsonObject &message,
                        const HttpHeaders &headers);

    Options m_options;
    RawHttpServer m_http;
    Fault m_fault;
    QSet<QByteArray> m_sessions;
    int m_sessionCounter = 0;
    int m_eventCounter = 0;
};
