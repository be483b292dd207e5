// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DrpcCall.h"
#include "secrets/Secret.h"

#include <functional>
#include <memory>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebSocket;
class YamuxSession;

// coderd's AI Gateway endpoint (enterprise/coderd/aibridgeserve.go aiGatewayServe): a
// WebSocket at /api/v2/ai-gateway/serve?version=1.0 carrying one yamux session. A DRPC
// call runs on a stream of its own at a time; a stream that answered is kept for the
// next call (DrpcCall says why), so a scan holds as many streams as calls in flight.
// One connection serves every user and call; it connects on the first call, and after a
// loss (once lost() is said) again at once for calls left waiting, else on the next call.
// close() fails the calls in flight, those waiting and those their failures make, and
// opens nothing itself; a call made after it, or by a callback of its last failures,
// connects anew (not while the connection is being deleted). coderd pings the session
// every 30 s; the session answers from its receive path.
//
// Ownership: owns the socket and the session; when it is deleted, calls in flight fail
// and calls still waiting for a connection are dropped without their callbacks (a
// close() called by one of those failures fails the calls waiting then; any made after
// it are dropped).
class GatewayConnection : public QObject
{
    Q_OBJECT
public:
    // What went wrong before or while connecting, each with what the admin can do.
    enum class Failure {
        None,
        KeyRejected,    // 401: key missing or invalid
        NotLicensed,    // 403: the licence lacks the AI Gateway feature
        VersionRefused, // 400 naming the version: our API version is not one it accepts
        NoRoute,        // 404: no such route (older than v2.35, or not enterprise)
        Refused,        // not sent: the key would travel in clear text
        Network,        // TLS, DNS, connection refused, unexpected HTTP status
        Lost,           // the session ended (GoAway, missed pings, socket closed)
    };
    struct Options
    {
        int connectTimeoutMs = 10000;
        bool insecure = false;  // accept any TLS certificate (--insecure)
        bool allowHttp = false; // the key over plain http to another machine
    };
    using CallDone = std::function<void(const DrpcCall::Result &result)>;

    static constexpr auto ServePath = "/api/v2/ai-gateway/serve";
    static constexpr auto ApiVersion = "1.0";

    GatewayConnection(QNetworkAccessManager *network, const QUrl &deployment, const Secret &key,
                      QObject *parent = nullptr);
    ~GatewayConnection() override;

    void setOptions(const Options &options) { m_options = options; }
    // Connects now, and connected() or failed() follows, unless already connected or
    // connecting, or inside close() or a teardown (lose() reconnects for waiting calls).
    void open();
    void call(const QString &rpc, const QByteArray &request, int timeoutMs, CallDone done);
    void close();
    bool isConnected() const;
    Failure lastFailure() const { return m_lastFailure; }
    int connectCount() const { return m_connectCount; }
    int pingsAnswered() const;
    static QUrl serveUrl(const QUrl &deployment);

Q_SIGNALS:
    void connected();
    void failed(GatewayConnection::Failure failure, const QString &message);
    void lost(const QString &reason);

private:
    struct Pending
    {
        QString rpc;
        QByteArray request;
        int timeoutMs;
        CallDone done;
    };
    void onHandshakeError();
    void diagnose(int handshakeStatus, const QString &handshakeError);
    void fail(Failure failure, const QString &message);
    void onEstablished();
    void teardown(const QString &reason);
    void lose(const QString &reason); // teardown, then a new connection for waiting calls
    void startCall(const Pending &pending, bool freshStream = false);
    void queueOutgoing(const QByteArray &frame);
    void flushOutgoing() { sendOutgoing(true); }
    // Hands the queued frames to the socket as one message; writeNow also writes it to
    // the network at once, which may report a failure (teardown) before it returns, so
    // it is only asked from the event loop, never from inside a yamux send or teardown.
    void sendOutgoing(bool writeNow);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_deployment;
    Secret m_key;
    Options m_options;
    QWebSocket *m_socket = nullptr;
    YamuxSession *m_session = nullptr;
    QList<Pending> m_queue;
    bool m_connecting = false;
    bool m_closing = false;              // in close() or the destructor: open() does nothing
    bool m_tearingDown = false;          // calls in flight failing: open() waits for lose()
    int m_attempt = 0;                   // which connection attempt a late answer belongs to
    QPointer<QNetworkReply> m_diagnosis; // the GET that reads why an upgrade was refused
    Failure m_lastFailure = Failure::None;
    int m_connectCount = 0;
    int m_pingsAnsweredBefore = 0;
    QList<std::shared_ptr<DrpcCall::Lane>> m_idleLanes; // streams kept for the next call
    QByteArray m_outgoing; // frames of this event-loop turn, sent as one message
    bool m_flushQueued = false;
};
