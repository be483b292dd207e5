// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "McpError.h"
#include "McpHttpExchange.h"
#include "McpTransportOptions.h"
#include "model/McpTool.h"
#include "secrets/Secret.h"

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <QNetworkAccessManager>

// An MCP client over Streamable HTTP (spec 2025-11-25, "Transports"), one per server:
// initialize, notifications/initialized, then tools/list (all pages) or tools/call,
// and DELETE of the session at the end. Fully asynchronous: each step is one
// McpHttpExchange, and the next starts from its finished() signal.
//
// A session the server no longer knows (404, or 400 naming the session) is started
// over once. An SSE stream that closes before our answer is resumed with GET and
// Last-Event-ID after the server's retry delay.
//
// Ownership: exchanges are children, deleted when done; the network manager is not
// owned and must outlive the client.
class McpClient : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Initialize, Initialized, ListTools, CallTool, Close };
    Q_ENUM(Phase)

    struct Timing
    {
        QString step;
        qint64 ms = 0;
    };

    McpClient(QNetworkAccessManager *network, const QUrl &url, const Secret &bearer,
              QObject *parent = nullptr);

    void setOptions(const McpTransportOptions &options) { m_options = options; }
    const McpTransportOptions &options() const { return m_options; }
    const QUrl &url() const { return m_url; }

    static constexpr int CloseBoundMs = 3000; // how long close() waits for the DELETE

    void listTools();
    void callTool(const QString &name, const QJsonObject &arguments);
    // Ends the session with DELETE (if the server gave one) and waits for its answer, at
    // most CloseBoundMs, then emits closed().
    void close();
    void cancel();

    bool isInitialized() const { return !m_protocolVersion.isEmpty(); }
    const QString &protocolVersion() const { return m_protocolVersion; }
    const QJsonObject &serverInfo() const { return m_serverInfo; }
    const QJsonObject &serverCapabilities() const { return m_serverCapabilities; }
    const QString &instructions() const { return m_instructions; }
    bool hasSession() const { return !m_sessionId.isEmpty(); }
    // The server handed out an Mcp-Session-Id at some point (stateful server).
    bool sessionIssued() const { return m_sessionIssued; }
    int sessionRestarts() const { return m_sessionRestarts; }
    int streamResumes() const { return m_streamResumes; }
    int serverRequestsAnswered() const { return m_serverRequests; }
    static constexpr int MaxServerRequests = 32; // per operation
    const QList<Timing> &timings() const { return m_timings; }
    // What the profile's client left out of the listing: tools it drops (name, why), and
    // whether a next page existed that it does not read.
    const QList<QPair<QString, QString>> &droppedTools() const { return m_droppedTools; }
    bool leftPagesUnread() const { return m_leftPagesUnread; }

Q_SIGNALS:
    void phaseChanged(McpClient::Phase phase, int page);
    void toolsListed(const QList<McpTool> &tools);
    void toolCalled(const QJsonObject &result);
    void failed(const McpError &error);
    void closed();

private:
    enum class Operation { None, ListTools, CallTool };
    using Handler = std::function<void(const McpHttpResult &)>;

    void runOperation();
    void startDeadline();
    void discover();
    void initialize();
    void sendInitialized();
    void openStandaloneStream();
    void requestToolsPage(const QString &cursor);
    void sendToolCall();
    void request(const QString &method, const QJsonObject &params, const QString &step,
                 Handler done);
    void notify(const QString &method, const QString &step, Handler done);
    void exchange(McpHttpRequest request, const QString &step, Handler done);
    bool restartSessionIfExpired(const McpHttpResult &result);
    void answerServerRequest(const QJsonObject &request);
    void fail(McpError error, const QString &phase);
    void setPhase(Phase phase, int page = 0);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_url;
    Secret m_bearer;
    McpTransportOptions m_options;
    QPointer<McpHttpExchange> m_current;
    QTimer m_resumeTimer;
    QTimer m_deadline; // the whole operation: resumes and pages cannot stretch it for ever

    Operation m_operation = Operation::None;
    Phase m_phase = Phase::Idle;
    qint64 m_nextId = 1;
    QByteArray m_sessionId;
    bool m_sessionIssued = false;
    QString m_protocolVersion;
    QJsonObject m_serverInfo;
    QJsonObject m_serverCapabilities;
    QString m_instructions;
    int m_sessionRestarts = 0;
    int m_streamResumes = 0;
    QList<Timing> m_timings;
    int m_serverRequests = 0; // answered in this operation; a flood is not answered

    QList<McpTool> m_tools;
    int m_page = 0;
    bool m_discovered = false;
    qint64 m_listedBytes = 0;
    QStringList m_cursorsSeen;
    QList<QPair<QString, QString>> m_droppedTools;
    bool m_leftPagesUnread = false;
    QString m_callName;
    QJsonObject m_callArguments;
};
