// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "YamuxFrame.h"

#include <functional>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class YamuxStream;

// A hashicorp/yamux v0.1.2 session over any byte transport (a WebSocket in production,
// a TCP socket in the interop tests): the client opens odd stream ids from 1, the
// server even ones. Pings are answered from the receive path at once, never queued
// behind data: coderd pings every 30 s and drops a session whose answer takes 10 s.
// The server role (the sandbox) can send keep-alive pings itself.
//
// Ownership: streams are children; `send` must write bytes in order and must not call
// back into the session.
class YamuxSession : public QObject
{
    Q_OBJECT
public:
    enum class Role { Client, Server };
    using Sender = std::function<void(const QByteArray &bytes)>;

    YamuxSession(Role role, Sender send, QObject *parent = nullptr);
    ~YamuxSession() override;

    YamuxStream *openStream(); // nullptr once closed
    void feed(const QByteArray &bytes);
    void goAway(quint32 code = YamuxFrame::Normal);
    // The transport ended: every stream is aborted with this reason.
    void transportLost(const QString &reason);
    // Sends a ping every intervalMs; no answer within timeoutMs closes the session
    // (yamux config.go: KeepAliveInterval 30 s, ConnectionWriteTimeout 10 s).
    void setKeepAlive(int intervalMs, int timeoutMs);
    void ping();

    bool isClosed() const { return !m_closeReason.isEmpty(); }
    const QString &closeReason() const { return m_closeReason; }
    int pingsAnswered() const { return m_pingsAnswered; }
    // Answers to the peer's pings are rate-bound: hashicorp/yamux (v0.1.2 session.go
    // sendNoWait) queues at most 64 frames and gives a reply up after its 10 s write
    // timeout, so a flood costs it bounded memory; a burst of 64 and 64 a second here.
    // coderd pings once every 30 s.
    static constexpr int PingBurst = 64;
    static constexpr int PingsPerSecond = 64;

Q_SIGNALS:
    void incomingStream(YamuxStream *stream); // server role
    void pingAnswered(quint32 value);         // we answered the peer's ping
    void pongReceived(qint64 roundTripMs);
    void closed(const QString &reason);

private:
    friend class YamuxStream;
    void sendFrame(quint8 type, quint16 flags, quint32 streamId, quint32 length,
                   const QByteArray &body = {});
    void handle(const YamuxFrame::Frame &frame);
    void handleStreamFrame(const YamuxFrame::Frame &frame);
    void forget(quint32 id);
    void close(const QString &reason, bool sendGoAway, quint32 code);

    Role m_role;
    Sender m_send;
    YamuxFrame::Reader m_reader;
    quint32 m_nextId;
    QHash<quint32, QPointer<YamuxStream>> m_streams;
    QString m_closeReason;
    QTimer m_keepAlive;
    QTimer m_pingTimeout;
    QElapsedTimer m_pingClock;
    quint32 m_pingId = 0;
    bool m_pingOutstanding = false;
    int m_pingsAnswered = 0;
    double m_pingAllowance = PingBurst;
    QElapsedTimer m_pingRefill;
};
