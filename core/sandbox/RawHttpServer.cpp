// SPDX-License-Identifier: Apache-2.0
#include "RawHttpServer.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

namespace {
constexpr qsizetype MaxRequestBytes = 16 * 1024 * 1024;
const char *const BufferProperty = "aibiBuffer";
const char *const BusyProperty = "aibiBusy";
} // namespace

RawHttpServer::RawHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connectServer();
}

void RawHttpServer::connectServer()
{
    // QSslServer announces sockets once their handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &RawHttpServer::onConnection);
}

bool RawHttpServer::useTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    config.setPrivateKey(QSslKey(keyPem, QSsl::Rsa, QSsl::Pem));
    if (config.localCertificate().isNull() || config.privateKey().isNull())
        return false;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    delete m_server;
    m_server = server;
    m_tls = true;
    connectServer();
    return true;
}

bool RawHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl RawHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

void RawHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { parse(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void RawHttpServer::parse(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    // One request at a time per connection: the next waits until this one is answered.
    while (!socket->property(BusyProperty).toBool()) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 && buffer.size() > MaxHeaderBytes) {
            socket->abort(); // a header that never ends must not grow without bound
            return;
        }
        if (headerEnd < 0)
            break;
        RawHttpRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (length < 0 || length > MaxRequestBytes) {
            socket->abort();
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            break;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        // A short memory for the tests' assertions, not a log: the oldest go first.
        m_requests << request;
        if (m_requests.size() > MaxKeptRequests)
            m_requests.removeFirst();

        auto *responder = new RawHttpResponder(socket);
        socket->setProperty(BusyProperty, true);
        connect(responder, &RawHttpResponder::finished, socket, [this, socket, responder] {
            socket->setProperty(BusyProperty, false);
            responder->deleteLater();
            parse(socket); // a pipelined request may be waiting
        });
        if (m_handler)
            m_handler(request, responder);
        else
            responder->respond(404, "text/plain", "no handler");
    }
    socket->setProperty(BufferProperty, buffer);
}
