// SPDX-License-Identifier: Apache-2.0
#include "CoderApiCall.h"

#include "net/UserAgent.h"

#include "net/ReplyRelease.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslError>

CoderApiCall::CoderApiCall(QNetworkAccessManager *network, QByteArray verb, QUrl url, Secret token,
                           QByteArray body, Options options, QObject *parent)
    : QObject(parent), m_network(network), m_verb(std::move(verb)), m_url(std::move(url)),
      m_token(std::move(token)), m_body(std::move(body)), m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(CoderApiResult::Error::Timeout, tr("no answer from %1 within %2 s")
                                                   .arg(m_url.host())
                                                   .arg(m_options.timeoutMs / 1000.0));
    });
}

CoderApiCall::~CoderApiCall()
{
    release();
}

CoderApiCall *CoderApiCall::run(QNetworkAccessManager *network, const QByteArray &verb,
                                const QUrl &url, const Secret &token, const QByteArray &body,
                                const Options &options, QObject *context,
                                std::function<void(const CoderApiResult &)> done)
{
    auto *call = new CoderApiCall(network, verb, url, token, body, options, context);
    connect(call, &CoderApiCall::finished, context,
            [call, done = std::move(done)](const CoderApiResult &r) {
                call->deleteLater();
                done(r);
            });
    call->start();
    return call;
}

void CoderApiCall::start()
{
    if (!m_network) {
        finish(CoderApiResult::Error::Network, tr("no network access manager"));
        return;
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    setUserAgent(request);
    if (!m_body.isEmpty() || m_verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Coder-Session-Token", m_token.reveal().toUtf8());
    m_timeout.start(m_options.timeoutMs);
    m_reply = m_network->sendCustomRequest(request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &CoderApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &CoderApiCall::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
        if (m_options.insecure)
            m_reply->ignoreSslErrors();
    });
}

void CoderApiCall::abort()
{
    finish(CoderApiResult::Error::Network, tr("cancelled"));
}

void CoderApiCall::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    m_received += m_reply->readAll();
    if (length > m_options.maxBodyBytes || m_received.size() > m_options.maxBodyBytes)
        finish(CoderApiResult::Error::TooLarge, tr("the answer from %1 is larger than %2 MiB")
                                                    .arg(m_url.path())
                                                    .arg(m_options.maxBodyBytes / (1024 * 1024)));
}

void CoderApiCall::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead();
    if (m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = m_reply->error();
    if (status == 0 || (netError > QNetworkReply::NoError &&
                        netError < QNetworkReply::ProxyConnectionRefusedError)) {
        if (netError == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty())
            finish(CoderApiResult::Error::Tls,
                   tr("TLS error talking to %1: %2")
                       .arg(m_url.host(), m_tlsErrors.isEmpty()
                                              ? m_reply->errorString()
                                              : m_tlsErrors.join(QLatin1String("; "))));
        else
            finish(CoderApiResult::Error::Network,
                   tr("cannot reach %1: %2")
                       .arg(m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                  QUrl::RemoveQuery),
                            m_reply->errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(m_received, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    if (status >= 300 && status < 400) {
        finish(CoderApiResult::Error::Redirect,
               tr("HTTP %1 redirect to %2 not followed (the session token stays with the origin)")
                   .arg(status)
                   .arg(QString::fromUtf8(m_reply->rawHeader("Location"))),
               status);
        return;
    }
    if (status < 200 || status >= 300) {
        const QString text =
            isJson ? coderErrorText(json) : QString::fromUtf8(m_received.left(200)).simplified();
        const auto kind = status == 401   ? CoderApiResult::Error::Unauthorized
                          : status == 403 ? CoderApiResult::Error::Forbidden
                          : status == 404 ? CoderApiResult::Error::NotFound
                                          : CoderApiResult::Error::Http;
        const QString prefix = status == 401   ? tr("session token rejected (HTTP 401)")
                               : status == 403 ? tr("forbidden (HTTP 403)")
                                               : tr("HTTP %1").arg(status);
        finish(kind, text.isEmpty() ? prefix : prefix + QStringLiteral(": ") + text, status);
        return;
    }
    if (!isJson) {
        finish(CoderApiResult::Error::InvalidJson,
               tr("%1 did not answer JSON (%2 at offset %3): %4")
                   .arg(m_url.path(), parseError.errorString())
                   .arg(parseError.offset)
                   .arg(QString::fromUtf8(m_received.left(80)).simplified()),
               status);
        return;
    }
    CoderApiResult result;
    result.httpStatus = status;
    result.json = json;
    m_done = true;
    m_timeout.stop();
    release();
    Q_EMIT finished(result);
}

QString CoderApiCall::coderErrorText(const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    QString text = object.value(QLatin1String("message")).toString();
    const QString detail = object.value(QLatin1String("detail")).toString();
    if (!detail.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
    QStringList validations;
    for (const QJsonValue &v : object.value(QLatin1String("validations")).toArray())
        validations << QStringLiteral("%1: %2").arg(v[QLatin1String("field")].toString(),
                                                    v[QLatin1String("detail")].toString());
    if (!validations.isEmpty())
        text += QStringLiteral(" (%1)").arg(validations.join(QLatin1String(", ")));
    return text;
}

void CoderApiCall::finish(CoderApiResult::Error error, const QString &message, int status)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    release();
    CoderApiResult result;
    result.error = error;
    result.message = m_token.maskIn(message); // a server may echo the token it was sent
    result.httpStatus = status;
    Q_EMIT finished(result);
}

void CoderApiCall::release()
{
    ::releaseReply(m_reply, this);
}
