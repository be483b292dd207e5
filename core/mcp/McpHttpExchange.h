// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonRpc.h"
#include "McpError.h"
#include "McpTransportOptions.h"
#include "secrets/Secret.h"
#include "SseParser.h"

#include <optional>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct McpHttpRequest
{
    QByteArray method = "POST"; // POST, GET (resume a stream) or DELETE (end the session)
    QUrl url;
    QByteArray body;
    QJsonValue expectId = QJsonValue::Null; // our JSON-RPC id; null for a notification
    Secret bearer;
    QByteArray sessionId;
    QByteArray protocolVersion; // MCP-Protocol-Version, once negotiated
    QByteArray lastEventId;     // for a GET that resumes a stream
    bool splitTools = false;    // a tools/list: a large answer's tools stay text
    bool headersOnly = false;   // done once the status and headers arrive (a stream's GET)
};

struct McpHttpResult
{
    McpError error;
    int httpStatus = 0;
    QJsonObject response; // the JSON-RPC response carrying our id
    QByteArray sessionId; // Mcp-Session-Id of the answer, if any
    bool viaSse = false;
    QByteArray lastEventId; // set when a stream ended early: resume from here
    std::optional<int> retryMs;
    int otherMessages = 0;          // notifications and server requests passed over
    qint64 bodyBytes = 0;           // what the answer's body weighed
    JsonRpc::ToolSlices toolSlices; // with splitTools: the tools, when cut out of `response`
    QByteArray contentType;         // with headersOnly
    QString reasonPhrase;           // with headersOnly
};

// One HTTP request to an MCP endpoint and its answer: JSON or an SSE stream read
// incrementally, with a size cap, an overall timeout, same-origin redirects only
// (the bearer token never goes to another origin), and TLS errors fatal unless the
// user chose `insecure`.
//
// Ownership: the reply is owned here and deleted with this object; finished() is
// emitted once, and the caller deletes the exchange (deleteLater) when done with it.
class McpHttpExchange : public QObject
{
    Q_OBJECT
public:
    McpHttpExchange(QNetworkAccessManager *network, McpHttpRequest request,
                    const McpTransportOptions &options, QObject *parent = nullptr);
    ~McpHttpExchange() override;

    void start();
    void abort();
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }

Q_SIGNALS:
    void finished(const McpHttpResult &result);
    // A request the server makes inside its SSE answer (it may wait for our answer).
    void serverRequest(const QJsonObject &request);

private:
    void send();
    void onReadyRead();
    void onFinished();
    void onHeaders();
    bool m_headersDone = false;
    bool consumeSse(const QByteArray &bytes);
    void handleJsonBody(const QByteArray &body);
    void fail(McpError::Kind kind, const QString &message, int status = 0);
    void complete();
    void releaseReply();

    QPointer<QNetworkAccessManager> m_network;
    McpHttpRequest m_request;
    McpTransportOptions m_options;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    SseParser m_sse;
    QByteArray m_body;
    qint64 m_received = 0;
    bool m_headersSeen = false;
    bool m_isSse = false;
    bool m_done = false;
    int m_redirects = 0;
    QStringList m_tlsErrors;
    McpHttpResult m_result;
};
