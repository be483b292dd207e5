// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Answers one request on one connection, byte for byte as the caller wants: a whole
// response (kept alive), a stream that ends when the connection closes, or a reset.
// Ownership: created by RawHttpServer as a child of the socket.
class RawHttpResponder : public QObject
{
    Q_OBJECT
public:
    explicit RawHttpResponder(QTcpSocket *socket);

    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const HttpHeaders &headers = {});
    // Status line and headers with Connection: close and no length; then write().
    void startStream(int status, const QByteArray &contentType, const HttpHeaders &headers = {});
    void write(const QByteArray &bytes);
    void close(); // graceful end of a stream
    void reset(); // abort the connection (RST)

Q_SIGNALS:
    void finished(); // the response is complete: the connection may take the next request

private:
    static QByteArray statusLine(int status);
    QPointer<QTcpSocket> m_socket;
};
