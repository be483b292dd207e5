// SPDX-License-Identifier: Apache-2.0
#include "GatewayConnection.h"

#include "net/UserAgent.h"

#include "secrets/TokenPolicy.h"
#include "YamuxSession.h"
#include "YamuxStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace {
// The current header and the one some builds read (gateway-serve.md): both are sent.
constexpr auto KeyHeader = "X-Coder-AI-Governance-Gateway-Key";
constexpr auto OldKeyHeader = "X-AI-Governance-Gateway-Key";
// Our frames are at most 64 KiB; coderd's at most its window. Anything far larger is
// not yamux from coderd.
constexpr quint64 MaxIncomingMessage = 1024 * 1024;
constexpr qsizetype MaxIdleLanes = 64; // FleetScanner's concurrency is at most 64
} // namespace

GatewayConnection::GatewayConnection(QNetworkAccessManager *network, const QUrl &deployment,
                                     const Secret &key, QObject *parent)
    : QObject(parent), m_network(network), m_deployment(deployment), m_key(key)
{}

GatewayConnection::~GatewayConnection()
{
    // Calls in flight fail (their callbacks run now); calls still waiting are dropped, and
    // no callback may open a connection on an object being destroyed.
    m_closing = true;
    teardown(tr("the connection was closed"));
}

QUrl GatewayConnection::serveUrl(const QUrl &deployment)
{
    QUrl url = deployment;
    url.setScheme(deployment.scheme() == QLatin1String("http") ? QStringLiteral("ws")
                                                               : QStringLiteral("wss"));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String(ServePath));
    url.setQuery(QStringLiteral("version=%1").arg(QLatin1String(ApiVersion)));
    return url;
}

bool GatewayConnection::isConnected() const
{
    return m_session && !m_session->isClosed();
}

int GatewayConnection::pingsAnswered() const
{
    return m_pingsAnsweredBefore + (m_session ? m_session->pingsAnswered() : 0);
}

void GatewayConnection::open()
{
    if (m_closing || m_tearingDown || m_connecting || isConnected())
        return;
    // A session that closed itself (a flood, a protocol error) is torn down on the next
    // turn; a call made before then waits in the queue and goes out on a new connection.
    if (m_session)
        return;
    if (const QString refusal = TokenPolicy::plainHttpRefusal(m_deployment, m_options.allowHttp);
        !refusal.isEmpty()) {
        m_connecting = true;
        QTimer::singleShot(0, this, [this, refusal, attempt = ++m_attempt] {
            if (attempt == m_attempt)
                fail(Failure::Refused, refusal);
        });
        return;
    }
    m_connecting = true;
    ++m_attempt;
    // No Origin header: coderd (coder/websocket Accept) refuses one that does not match.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(MaxIncomingMessage);
    m_socket->setMaxAllowedIncomingFrameSize(MaxIncomingMessage);
    QNetworkRequest request(serveUrl(m_deployment));
    request.setRawHeader(KeyHeader, m_key.reveal().toUtf8());
    request.setRawHeader(OldKeyHeader, m_key.reveal().toUtf8());
    setUserAgent(request);
    request.setTransferTimeout(m_options.connectTimeoutMs);
    connect(m_socket, &QWebSocket::connected, this, &GatewayConnection::onEstablished);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &GatewayConnection::onHandshakeError);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_options.insecure)
            m_socket->ignoreSslErrors();
        else if (!errors.isEmpty())
            m_lastFailure = Failure::Network;
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        if (m_session)
            m_session->feed(bytes);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this] {
        lose(tr("the AI Gateway sent a text message; only binary yamux is expected"));
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_connecting)
            return; // the handshake error reports it
        lose(tr("the AI Gateway connection closed (%1)")
                 .arg(m_socket->closeReason().isEmpty()
                          ? tr("code %1").arg(int(m_socket->closeCode()))
                          : m_socket->closeReason()));
    });
    QTimer::singleShot(m_options.connectTimeoutMs, m_socket, [this, attempt = m_attempt] {
        if (attempt == m_attempt && m_connecting && m_socket)
            fail(Failure::Network, tr("no answer from %1 within %2 s")
                                       .arg(m_deployment.toDisplayString(QUrl::RemoveUserInfo))
                                       .arg(m_options.connectTimeoutMs / 1000.0));
    });
    m_socket->open(request);
}

void GatewayConnection::onEstablished()
{
    m_connecting = false;
    ++m_connectCount;
    m_outgoing.clear();
    m_session = new YamuxSession(
        YamuxSession::Role::Client, [this](const QByteArray &bytes) { queueOutgoing(bytes); },
        this);
    connect(m_session, &YamuxSession::closed, this, [this](const QString &reason) {
        QMetaObject::invokeMethod(
            this,
            [this, reason, session = QPointer<YamuxSession>(m_session)] {
                // Already torn down (the socket closed too) and maybe connecting anew:
                // that connection is not this session's to end.
                if (!session || session != m_session)
                    return;
                lose(reason);
            },
            Qt::QueuedConnection);
    });
    m_lastFailure = Failure::None;
    Q_EMIT connected();
    const QList<Pending> queue = std::exchange(m_queue, {});
    for (const Pending &p : queue)
        startCall(p);
}

void GatewayConnection::onHandshakeError()
{
    if (!m_connecting)
        return; // after the upgrade: disconnected() reports it
    const QString error = m_socket->errorString();
    // QWebSocket reports a refused upgrade as "Unhandled http status code: 401 (…)", but a
    // 400 as "Unknown error condition" (it reads 400 as a WebSocket version mismatch).
    // Either way the server answered over HTTP: ask it again to learn what it said.
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("status code: (\\d{3})")).match(error);
    const bool answeredOverHttp = m.hasMatch() || error.contains(QLatin1String("processHandshake"));
    diagnose(m.hasMatch() ? m.captured(1).toInt() : (answeredOverHttp ? -1 : 0), error);
}

void GatewayConnection::diagnose(int handshakeStatus, const QString &handshakeError)
{
    if (handshakeStatus == 0 || !m_network) {
        fail(Failure::Network,
             tr("cannot reach the AI Gateway at %1: %2")
                 .arg(m_deployment.toDisplayString(QUrl::RemoveUserInfo), handshakeError));
        return;
    }
    // QWebSocket drops the body of a refused upgrade; coderd's message is in it. Ask the
    // same route again without the upgrade (same origin, same key) to read it.
    QUrl url = serveUrl(m_deployment);
    url.setScheme(url.scheme() == QLatin1String("ws") ? QStringLiteral("http")
                                                      : QStringLiteral("https"));
    QNetworkRequest request(url);
    request.setRawHeader(KeyHeader, m_key.reveal().toUtf8());
    request.setRawHeader(OldKeyHeader, m_key.reveal().toUtf8());
    setUserAgent(request);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.connectTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_diagnosis = reply; // it carries the key: teardown aborts it
    if (m_options.insecure)
        reply->ignoreSslErrors();
    const int attempt = m_attempt; // a late answer, after a close, is not the next attempt's
    connect(reply, &QNetworkReply::finished, this, [this, reply, handshakeStatus, attempt] {
        reply->deleteLater();
        if (m_diagnosis == reply)
            m_diagnosis = nullptr;
        if (attempt != m_attempt)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                               ?: qMax(0, handshakeStatus);
        const QByteArray body = reply->read(64 * 1024);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QString message = json.value(QLatin1String("message")).toString();
        const QString detail = json.value(QLatin1String("detail")).toString();
        if (!detail.isEmpty())
            message += QStringLiteral(" (%1)").arg(detail);
        // coderd's 400 before the upgrade names our version among the validations
        // (enterprise/coderd/aibridgeserve.go). When websocket.Accept refuses, coder/websocket
        // answers first with its own status (426 to this GET without an upgrade), so any
        // other 400 is not coderd's version refusal: it is said as the bare status.
        QString versionError;
        for (const QJsonValue &v : json.value(QLatin1String("validations")).toArray()) {
            const QJsonObject validation = v.toObject();
            if (validation.value(QLatin1String("field")).toString() == QLatin1String("version"))
                versionError = validation.value(QLatin1String("detail")).toString();
        }
        int code = (status == 400 || status == 401 || status == 403 || status == 404)
                       ? status
                       : qMax(0, handshakeStatus);
        if (code == 400 && versionError.isEmpty())
            code = 0;
        if (message.isEmpty() || code != status)
            message = tr("HTTP %1").arg(code);
        switch (code) {
        case 401:
            fail(Failure::KeyRejected,
                 tr("the AI Gateway key was refused (401: %1): create one with `coder ai-gateway "
                    "keys create` or the window's \"Create a key\", then set "
                    "CODER_AI_GATEWAY_KEY or run `login --gateway-key`")
                     .arg(message));
            break;
        case 403:
            fail(Failure::NotLicensed,
                 tr("the deployment refused the AI Gateway (403: %1): coderd says this both "
                    "when the licence lacks the AI Gateway feature and when it is switched off "
                    "(CODER_AI_GATEWAY_ENABLED=false)")
                     .arg(message));
            break;
        case 400:
            // apiversion.Validate's words say which way: "behind" (the server is older) or
            // "no longer supported" (newer).
            fail(Failure::VersionRefused,
                 tr("the deployment refused API version %1 (400: %2: %3)")
                     .arg(QLatin1String(ApiVersion), message, versionError));
            break;
        case 404:
            fail(Failure::NoRoute,
                 tr("this deployment has no AI Gateway endpoint (404): it is older than v2.35 "
                    "or not an enterprise build"));
            break;
        default:
            fail(Failure::Network, tr("the AI Gateway upgrade failed with HTTP %1").arg(status));
        }
    });
}

void GatewayConnection::fail(Failure failure, const QString &message)
{
    if (!m_connecting)
        return;
    m_connecting = false;
    m_lastFailure = failure;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QList<Pending> queue = std::exchange(m_queue, {});
    Q_EMIT failed(failure, message);
    for (const Pending &p : queue)
        p.done({DrpcCall::Result::Status::Failed, {}, 0, message});
}

void GatewayConnection::queueOutgoing(const QByteArray &frame)
{
    // Frames are a byte stream to yamux on coderd's side (websocket.NetConn): one message
    // per event-loop turn wakes coderd's reader once instead of once per frame.
    // A message stays under coderd's read limit, conn.SetReadLimit(256 KiB) in
    // enterprise/coderd/aibridgeserve.go.
    constexpr qsizetype MaxMessage = 128 * 1024;
    if (!m_outgoing.isEmpty() && m_outgoing.size() + frame.size() > MaxMessage)
        sendOutgoing(false);
    m_outgoing.append(frame);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &GatewayConnection::flushOutgoing, Qt::QueuedConnection);
    }
}

void GatewayConnection::sendOutgoing(bool writeNow)
{
    if (writeNow)
        m_flushQueued = false;
    if (m_outgoing.isEmpty())
        return;
    const QByteArray message = std::exchange(m_outgoing, {});
    if (!m_socket || !m_session)
        return; // a torn-down session's frames never reach the next connection
    m_socket->sendBinaryMessage(message);
    // Written now, not on the socket's next write notification: one turn of the event
    // loop (a poll and a wake-up) less per message. A failed write tears the connection
    // down inside flush(): nothing here is touched after it.
    if (writeNow)
        m_socket->flush();
}

void GatewayConnection::teardown(const QString &reason)
{
    m_idleLanes.clear(); // their streams go with the session
    // Everything is taken before any callback runs: a callback may call() or close() from
    // inside transportLost. Its calls wait; lose() connects for them once lost() is said.
    YamuxSession *session = std::exchange(m_session, nullptr);
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_connecting = false; // an attempt under way ends here; its late answers are ignored
    ++m_attempt;
    // A GoAway or a reset queued this turn still leaves (the socket's close writes it).
    if (const QByteArray last = std::exchange(m_outgoing, {}); socket && !last.isEmpty())
        socket->sendBinaryMessage(last);
    if (QNetworkReply *diagnosis = std::exchange(m_diagnosis, nullptr))
        diagnosis->abort();
    if (socket) {
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    if (session) {
        m_pingsAnsweredBefore += session->pingsAnswered();
        session->disconnect(this);
        const bool wasTearingDown = std::exchange(m_tearingDown, true);
        session->transportLost(reason); // fails the calls in flight (after close(): none)
        m_tearingDown = wasTearingDown;
        session->deleteLater();
        m_lastFailure = Failure::Lost;
        Q_EMIT lost(reason);
    }
}

void GatewayConnection::lose(const QString &reason)
{
    teardown(reason);
    if (!m_queue.isEmpty()) // made after the session closed itself, or by the failures above
        open();
}

void GatewayConnection::close()
{
    // Nothing reconnects for close(): the calls waiting, and any that the failing calls in
    // flight make, fail instead of waiting for a connection that will not come. Calls made
    // by the callbacks below, or after close() returns, connect anew.
    const bool wasClosing = std::exchange(m_closing, true); // close() inside close()
    if (m_session)
        m_session->goAway();
    teardown(tr("closed"));
    const QList<Pending> queue = std::exchange(m_queue, {});
    m_closing = wasClosing;
    for (const Pending &p : queue)
        p.done({DrpcCall::Result::Status::Failed,
                {},
                0,
                tr("%1: not sent: the AI Gateway connection was closed").arg(p.rpc)});
}

void GatewayConnection::call(const QString &rpc, const QByteArray &request, int timeoutMs,
                             CallDone done)
{
    Pending pending{rpc, request, timeoutMs, std::move(done)};
    if (isConnected()) {
        startCall(pending);
        return;
    }
    m_queue << pending;
    open();
}

void GatewayConnection::startCall(const Pending &pending, bool freshStream)
{
    std::shared_ptr<DrpcCall::Lane> lane;
    while (!freshStream && !lane && !m_idleLanes.isEmpty()) {
        lane = m_idleLanes.takeLast();
        if (!lane->usable()) {
            if (lane->stream)
                lane->stream->deleteLater();
            lane.reset();
        }
    }
    const bool reused = lane != nullptr;
    if (!lane)
        lane = DrpcCall::newLane(m_session ? m_session->openStream() : nullptr);
    auto *call = new DrpcCall(lane, pending.rpc, pending.request, pending.timeoutMs, this);
    QPointer<YamuxSession> session = m_session;
    connect(call, &DrpcCall::finished, this,
            [this, session, lane, reused, pending](const DrpcCall::Result &r) {
                const bool answered = r.ok() || r.status == DrpcCall::Result::Status::RemoteError;
                // A kept stream the server closed as the call began: once more on a new one.
                if (reused && r.status == DrpcCall::Result::Status::Failed && session &&
                    session == m_session && isConnected()) {
                    m_idleLanes.removeAll(lane);
                    startCall(pending, true);
                    return;
                }
                // Kept only on the session it belongs to, and as many as were ever busy
                // at once (the scan's concurrency).
                if (answered && lane->usable() && session && session == m_session &&
                    m_idleLanes.size() < MaxIdleLanes)
                    m_idleLanes << lane;
                else if (answered && lane->stream) {
                    lane->stream->closeWrite();
                    lane->stream->deleteLater();
                }
                pending.done(r);
            });
    call->start();
}
