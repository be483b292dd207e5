// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RawHttpRequest.h"
#include "RawHttpResponder.h"

#include <functional>
#include <QTcpServer>
#include <QUrl>

// A small HTTP/1.1 server on 127.0.0.1 for the sandbox's MCP servers and the tests'
// fakes: requests with Content-Length bodies, keep-alive, and a handler that answers
// through a RawHttpResponder, at once or later.
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const RawHttpRequest &, RawHttpResponder *)>;

    explicit RawHttpServer(QObject *parent = nullptr);

    bool listen(quint16 port = 0); // loopback only
    // Serve HTTPS with this certificate and key (PEM); call before listen().
    bool useTls(const QByteArray &certificatePem, const QByteArray &keyPem);
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/mcp")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxKeptRequests = 256;
    // The latest requests seen (MaxKeptRequests at most), for assertions.
    const QList<RawHttpRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void onConnection();
    void connectServer();
    void parse(QTcpSocket *socket);

    QTcpServer *m_server = nullptr; // a child; a QSslServer once useTls() was called
    bool m_tls = false;
    Handler m_handler;
    QList<RawHttpRequest> m_requests;
};
