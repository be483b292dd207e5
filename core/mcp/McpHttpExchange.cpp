// SPDX-License-Identifier: Apache-2.0
#include "McpHttpExchange.h"

#include "net/UserAgent.h"

#include "JsonRpc.h"

#include "net/ReplyRelease.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}
} // namespace

McpHttpExchange::McpHttpExchange(QNetworkAccessManager *network, McpHttpRequest request,
                                 const McpTransportOptions &options, QObject *parent)
    : QObject(parent), m_network(network), m_request(std::move(request)), m_options(options),
      m_sse(qMin<qint64>(options.maxBodyBytes, 8 * 1024 * 1024))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(McpError::Kind::Timeout,
             tr("no complete answer within %1 ms").arg(m_options.timeoutMs));
    });
}

McpHttpExchange::~McpHttpExchange()
{
    releaseReply();
}

void McpHttpExchange::start()
{
    m_elapsed.start();
    m_timeout.start(m_options.timeoutMs);
    send();
}

void McpHttpExchange::abort()
{
    fail(McpError::Kind::Cancelled, tr("cancelled"));
}

void McpHttpExchange::send()
{
    if (!m_network) {
        fail(McpError::Kind::Network, tr("no network access manager"));
        return;
    }
    QNetworkRequest request(m_request.url);
    // Redirects are followed here, by hand, so the token never leaves the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    setUserAgent(request);
    if (m_request.method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (m_request.method == "GET")
        request.setRawHeader("Accept", "text/event-stream");
    if (!m_request.bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_request.bearer.reveal().toUtf8());
    if (!m_request.sessionId.isEmpty())
        request.setRawHeader("Mcp-Session-Id", m_request.sessionId);
    if (!m_request.protocolVersion.isEmpty())
        request.setRawHeader("MCP-Protocol-Version", m_request.protocolVersion);
    if (!m_request.lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_request.lastEventId);

    m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &McpHttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &McpHttpExchange::onFinished);
    if (m_request.headersOnly)
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &McpHttpExchange::onHeaders);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
        if (m_options.insecure)
            m_reply->ignoreSslErrors();
    });
}

void McpHttpExchange::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_headersSeen) {
        m_headersSeen = true;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_options.maxBodyBytes) {
            fail(McpError::Kind::TooLarge,
                 tr("response of %1 bytes is over the %2-byte cap")
                     .arg(length)
                     .arg(m_options.maxBodyBytes),
                 status);
            return;
        }
        const QByteArray type =
            m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
        m_isSse = status >= 200 && status < 300 && type.startsWith("text/event-stream");
        // The body in one allocation: growing it by doubling would hold up to twice it.
        if (!m_isSse && length > 0)
            m_body.reserve(length);
    }
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_options.maxBodyBytes) {
        fail(McpError::Kind::TooLarge,
             tr("response passed the %1-byte cap").arg(m_options.maxBodyBytes), status);
        return;
    }
    if (m_isSse)
        consumeSse(chunk);
    else
        m_body += chunk;
}

bool McpHttpExchange::consumeSse(const QByteArray &bytes)
{
    if (!m_sse.feed(bytes)) {
        fail(McpError::Kind::TooLarge, m_sse.error());
        return false;
    }
    const bool lastLineOnly = m_options.profile.lastDataLineOnly;
    for (const SseEvent &event : m_sse.takeEvents()) {
        if (event.type != QLatin1String("message"))
            continue;
        const QByteArray &data = lastLineOnly ? event.lastDataLine : event.data;
        if (data.isEmpty())
            continue; // mcp-go dispatches nothing for an empty last line
        QJsonObject response;
        QString error;
        const JsonRpc::Found found =
            JsonRpc::readMessage(data, m_request.expectId, &response, &error,
                                 m_request.splitTools ? &m_result.toolSlices : nullptr);
        if (found == JsonRpc::Found::Invalid) {
            fail(McpError::Kind::InvalidJson,
                 (lastLineOnly && event.data != event.lastDataLine
                      ? tr("%1 reads only the last data: line of an SSE event, which is not "
                           "JSON-RPC (%2): %3")
                            .arg(m_options.profile.name())
                      : tr("SSE event data is not a JSON-RPC message (%1): %2"))
                     .arg(error, excerpt(data)));
            return false;
        }
        if (found == JsonRpc::Found::NotOurs) {
            ++m_result.otherMessages; // a notification or a server request
            const QJsonObject message = QJsonDocument::fromJson(data).object();
            if (message.contains(QLatin1String("method")) && message.contains(QLatin1String("id")))
                Q_EMIT serverRequest(message);
            if (m_done)
                return false;
            continue;
        }
        m_result.response = response;
        complete();
        return true;
    }
    return true;
}

void McpHttpExchange::handleJsonBody(const QByteArray &body)
{
    QJsonObject response;
    QString error;
    switch (JsonRpc::findResponse(body, m_request.expectId, &response, &error,
                                  m_request.splitTools ? &m_result.toolSlices : nullptr)) {
    case JsonRpc::Found::Invalid:
        fail(McpError::Kind::InvalidJson, error, m_result.httpStatus);
        return;
    case JsonRpc::Found::NotOurs:
        fail(McpError::Kind::Protocol, tr("the answer holds no response with our id"),
             m_result.httpStatus);
        return;
    case JsonRpc::Found::Response:
        m_result.response = response;
        complete();
        return;
    }
}

void McpHttpExchange::onHeaders()
{
    if (m_done || !m_reply || m_headersDone)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || (status.toInt() >= 300 && status.toInt() < 400))
        return; // a redirect is followed in onFinished
    m_result.httpStatus = status.toInt();
    m_result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_result.reasonPhrase =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    // Not from inside the reply's own signal: aborting it there trips Qt's reply state.
    m_headersDone = true;
    QMetaObject::invokeMethod(this, &McpHttpExchange::complete, Qt::QueuedConnection);
}

void McpHttpExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    m_result.sessionId = reply->rawHeader("Mcp-Session-Id");

    const auto error = reply->error();
    // Network-layer errors (Qt codes 1-99) win over a status already received: a
    // reset mid-body still has its 200.
    if (status == 0 ||
        (error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError)) {
        if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
            fail(McpError::Kind::Tls,
                 tr("TLS error: %1")
                     .arg(m_tlsErrors.isEmpty() ? reply->errorString()
                                                : m_tlsErrors.join(QLatin1String("; "))));
        } else if (error == QNetworkReply::TimeoutError) {
            fail(McpError::Kind::Timeout,
                 tr("no complete answer within %1 ms").arg(m_options.timeoutMs));
        } else if (status != 0) {
            fail(McpError::Kind::Network, tr("%1 (HTTP %2, after %3 bytes of the body)")
                                              .arg(reply->errorString())
                                              .arg(status)
                                              .arg(m_received));
        } else {
            fail(McpError::Kind::Network, reply->errorString());
        }
        return;
    }
    const QByteArray rest = reply->readAll();
    m_received += rest.size();
    if (m_received > m_options.maxBodyBytes) {
        fail(McpError::Kind::TooLarge,
             tr("response passed the %1-byte cap").arg(m_options.maxBodyBytes), status);
        return;
    }

    if (status >= 300 && status < 400) {
        const QUrl location =
            m_request.url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!location.isValid() || reply->rawHeader("Location").isEmpty()) {
            fail(McpError::Kind::Http, tr("redirect without a Location"), status);
        } else if (!sameOrigin(location, m_request.url)) {
            fail(McpError::Kind::Redirect,
                 tr("redirect to another origin (%1) refused: the token is not sent there")
                     .arg(location.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                 status);
        } else if (++m_redirects > m_options.maxRedirects) {
            fail(McpError::Kind::Redirect, tr("more than %1 redirects").arg(m_options.maxRedirects),
                 status);
        } else {
            releaseReply();
            m_request.url = location;
            m_headersSeen = false;
            m_body.clear();
            send();
        }
        return;
    }
    if (m_request.headersOnly) {
        if (!m_headersDone) {
            onHeaders();
        }
        return;
    }
    if (m_isSse) {
        if (!consumeSse(rest) || m_done)
            return;
        m_sse.finish();
        consumeSse({});
        if (m_done)
            return;
        if (m_request.expectId.isNull()) {
            complete();
            return;
        }
        m_result.viaSse = true;
        m_result.lastEventId = m_sse.lastEventId();
        // A server picks the delay; it is obeyed up to a bound (issue 11: a retry of
        // INT_MAX would stall the probe for ever).
        if (m_sse.retryMs())
            m_result.retryMs = qBound(0, *m_sse.retryMs(), m_options.maxRetryMs);
        fail(McpError::Kind::StreamEnded, tr("the SSE stream ended before the response"), status);
        return;
    }
    m_body += rest;

    if (status == 401) {
        McpError error;
        error.kind = McpError::Kind::Unauthorized;
        error.httpStatus = status;
        McpError::parseWwwAuthenticate(reply->rawHeader("WWW-Authenticate"),
                                       &error.wwwAuthenticateScheme, &error.wwwAuthenticate);
        error.message = excerpt(m_body);
        m_result.error = error;
        complete();
        return;
    }
    const bool hadSession = !m_request.sessionId.isEmpty();
    if (hadSession && (status == 404 || (status == 400 && m_body.toLower().contains("session")))) {
        // Real servers answer 400 "No valid session ID provided" where the spec says 404.
        fail(McpError::Kind::SessionExpired,
             tr("session no longer known to the server (HTTP %1)").arg(status), status);
        return;
    }
    if (status < 200 || status >= 300) {
        if (status == 403)
            McpError::parseWwwAuthenticate(reply->rawHeader("WWW-Authenticate"),
                                           &m_result.error.wwwAuthenticateScheme,
                                           &m_result.error.wwwAuthenticate);
        // Prefer the JSON-RPC error text when the body carries one.
        const QJsonObject object = QJsonDocument::fromJson(m_body).object();
        const QString rpcMessage = object.value(QLatin1String("error"))
                                       .toObject()
                                       .value(QLatin1String("message"))
                                       .toString();
        fail(McpError::Kind::Http, rpcMessage.isEmpty() ? excerpt(m_body) : rpcMessage, status);
        return;
    }
    if (m_request.expectId.isNull()) {
        complete(); // a notification or DELETE: any 2xx will do (202 is the norm)
        return;
    }
    if (status == 202 || m_body.trimmed().isEmpty()) {
        fail(McpError::Kind::Protocol, tr("HTTP %1 with no response to our request").arg(status),
             status);
        return;
    }
    handleJsonBody(m_body);
}

void McpHttpExchange::fail(McpError::Kind kind, const QString &message, int status)
{
    if (m_done)
        return;
    m_result.error.kind = kind;
    m_result.error.message = message;
    m_result.error.httpStatus = status ? status : m_result.httpStatus;
    complete();
}

void McpHttpExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_result.bodyBytes = m_received;
    // A server may echo the token it was sent (in an error body): never pass it on.
    m_result.error.message = m_request.bearer.maskIn(m_result.error.message);
    m_timeout.stop();
    if (m_reply)
        m_result.sessionId = m_reply->rawHeader("Mcp-Session-Id");
    // A JSON-RPC error object is an error of the call, not of the transport.
    const QJsonObject rpcError = m_result.response.value(QLatin1String("error")).toObject();
    if (!m_result.error.isError() && m_result.response.contains(QLatin1String("error"))) {
        m_result.error.kind = McpError::Kind::JsonRpc;
        m_result.error.rpcCode = rpcError.value(QLatin1String("code")).toInt();
        m_result.error.message = rpcError.value(QLatin1String("message")).toString();
    }
    releaseReply();
    Q_EMIT finished(m_result);
}

void McpHttpExchange::releaseReply()
{
    ::releaseReply(m_reply, this);
}
