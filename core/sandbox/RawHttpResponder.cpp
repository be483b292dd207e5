// SPDX-License-Identifier: Apache-2.0
#include "RawHttpResponder.h"

RawHttpResponder::RawHttpResponder(QTcpSocket *socket) : QObject(socket), m_socket(socket) {}

QByteArray RawHttpResponder::statusLine(int status)
{
    const char *reason = "OK";
    switch (status) {
    case 202:
        reason = "Accepted";
        break;
    case 204:
        reason = "No Content";
        break;
    case 301:
        reason = "Moved Permanently";
        break;
    case 307:
        reason = "Temporary Redirect";
        break;
    case 308:
        reason = "Permanent Redirect";
        break;
    case 400:
        reason = "Bad Request";
        break;
    case 401:
        reason = "Unauthorized";
        break;
    case 403:
        reason = "Forbidden";
        break;
    case 404:
        reason = "Not Found";
        break;
    case 405:
        reason = "Method Not Allowed";
        break;
    case 406:
        reason = "Not Acceptable";
        break;
    case 415:
        reason = "Unsupported Media Type";
        break;
    case 500:
        reason = "Internal Server Error";
        break;
    case 503:
        reason = "Service Unavailable";
        break;
    default:
        break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

void RawHttpResponder::respond(int status, const QByteArray &contentType, const QByteArray &body,
                               const HttpHeaders &headers)
{
    if (!isOpen())
        return;
    QByteArray head = statusLine(status);
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    m_socket->write(head + "\r\n" + body);
    Q_EMIT finished();
}

void RawHttpResponder::startStream(int status, const QByteArray &contentType,
                                   const HttpHeaders &headers)
{
    if (!isOpen())
        return;
    QByteArray head = statusLine(status);
    head += "Content-Type: " + contentType + "\r\nConnection: close\r\nCache-Control: no-cache\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    m_socket->write(head + "\r\n");
}

void RawHttpResponder::write(const QByteArray &bytes)
{
    if (isOpen())
        m_socket->write(bytes);
}

void RawHttpResponder::close()
{
    if (isOpen())
        m_socket->disconnectFromHost();
}

void RawHttpResponder::reset()
{
    if (isOpen())
        m_socket->abort();
}
