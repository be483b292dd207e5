// SPDX-License-Identifier: Apache-2.0
#include "YamuxSession.h"

#include "YamuxStream.h"

using namespace YamuxFrame;

YamuxSession::YamuxSession(Role role, Sender send, QObject *parent)
    : QObject(parent), m_role(role), m_send(std::move(send)), m_nextId(role == Role::Client ? 1 : 2)
{
    m_pingTimeout.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, &YamuxSession::ping);
    connect(&m_pingTimeout, &QTimer::timeout, this, [this] {
        close(tr("keep-alive timeout: the peer did not answer a ping within %1 ms")
                  .arg(m_pingTimeout.interval()),
              false, 0);
    });
}

YamuxSession::~YamuxSession()
{
    // Streams are children and go with us; they must not call back into a dying session.
    for (const QPointer<YamuxStream> &stream : std::as_const(m_streams))
        if (stream)
            stream->m_session = nullptr;
    const auto children = findChildren<YamuxStream *>(Qt::FindDirectChildrenOnly);
    for (YamuxStream *stream : children)
        stream->m_session = nullptr;
}

YamuxStream *YamuxSession::openStream()
{
    if (isClosed() || m_nextId > 0xfffffffdu)
        return nullptr;
    auto *stream = new YamuxStream(this, m_nextId);
    m_nextId += 2;
    m_streams.insert(stream->id(), stream);
    // Opening is a window update with SYN and delta 0 (our window is the initial one).
    sendFrame(WindowUpdate, Syn, stream->id(), 0);
    return stream;
}

void YamuxSession::sendFrame(quint8 type, quint16 flags, quint32 streamId, quint32 length,
                             const QByteArray &body)
{
    if (isClosed() && type != GoAway)
        return;
    m_send(encode(type, flags, streamId, length) + body);
}

void YamuxSession::feed(const QByteArray &bytes)
{
    if (isClosed())
        return;
    m_reader.feed(bytes);
    QPointer<YamuxSession> self(this);
    while (self && !isClosed()) {
        const std::optional<Frame> frame = m_reader.next(InitialWindow);
        if (!frame) {
            if (!m_reader.error().isEmpty())
                close(tr("protocol error: %1").arg(m_reader.error()), true, ProtocolError);
            return;
        }
        handle(*frame);
    }
}

void YamuxSession::handle(const Frame &frame)
{
    const Header &h = frame.header;
    switch (h.type) {
    case Ping:
        if (h.flags & Syn) {
            if (!m_pingRefill.isValid())
                m_pingRefill.start();
            m_pingAllowance = qMin<double>(
                PingBurst, m_pingAllowance + m_pingRefill.restart() * PingsPerSecond / 1000.0);
            if (m_pingAllowance < 1) {
                // Every answer would be queued unsent behind a peer that does not read.
                close(tr("the peer floods pings (more than %1 a second): session closed to "
                         "bound what its answers would hold")
                          .arg(PingsPerSecond),
                      true, ProtocolError);
                return;
            }
            m_pingAllowance -= 1;
            // Answered at once, whatever data is queued (yamux session.go handlePing).
            sendFrame(Ping, Ack, 0, h.length);
            ++m_pingsAnswered;
            Q_EMIT pingAnswered(h.length);
        } else if ((h.flags & Ack) && m_pingOutstanding && h.length == m_pingId) {
            m_pingOutstanding = false;
            m_pingTimeout.stop();
            Q_EMIT pongReceived(m_pingClock.elapsed());
        }
        return;
    case GoAway: {
        const QString why = h.length == Normal          ? tr("normal termination")
                            : h.length == ProtocolError ? tr("protocol error")
                            : h.length == InternalError ? tr("internal error")
                                                        : tr("code %1").arg(h.length);
        close(tr("the peer ended the session (GoAway: %1)").arg(why), false, 0);
        return;
    }
    default:
        handleStreamFrame(frame);
    }
}

void YamuxSession::handleStreamFrame(const Frame &frame)
{
    const Header &h = frame.header;
    QPointer<YamuxStream> stream = m_streams.value(h.streamId);
    if (!stream && (h.flags & Syn)) {
        const bool theirs = (h.streamId % 2 == 1) == (m_role == Role::Server);
        if (!theirs || h.streamId == 0 || m_role == Role::Client) {
            // A client here serves nothing; a wrong-parity id is refused likewise.
            sendFrame(WindowUpdate, Rst, h.streamId, 0);
            return;
        }
        stream = new YamuxStream(this, h.streamId);
        stream->m_nextFlags = Ack;
        m_streams.insert(h.streamId, stream);
        sendFrame(WindowUpdate, std::exchange(stream->m_nextFlags, 0), h.streamId, 0);
        Q_EMIT incomingStream(stream);
        if (!stream)
            return;
    }
    if (!stream)
        return; // a frame for a stream already gone: drop it (session.go handleStreamMessage)
    if (h.flags & Rst) {
        stream->abort(tr("the peer reset the stream"));
        return;
    }
    if (h.type == Data && !frame.body.isEmpty()) {
        if (frame.body.size() > qsizetype(stream->m_recvWindow)) {
            close(tr("protocol error: stream %1 received %2 bytes past its window")
                      .arg(h.streamId)
                      .arg(frame.body.size()),
                  true, ProtocolError);
            return;
        }
        stream->receive(frame.body);
    } else if (h.type == WindowUpdate && h.length > 0) {
        stream->receiveWindowUpdate(h.length);
    }
    if (stream && (h.flags & Fin))
        stream->markRemoteClosed();
}

void YamuxSession::forget(quint32 id)
{
    m_streams.remove(id);
}

void YamuxSession::goAway(quint32 code)
{
    close(tr("session closed"), true, code);
}

void YamuxSession::transportLost(const QString &reason)
{
    close(reason, false, 0);
}

void YamuxSession::setKeepAlive(int intervalMs, int timeoutMs)
{
    m_pingTimeout.setInterval(timeoutMs);
    if (intervalMs > 0)
        m_keepAlive.start(intervalMs);
    else
        m_keepAlive.stop();
}

void YamuxSession::ping()
{
    if (isClosed() || m_pingOutstanding)
        return;
    m_pingOutstanding = true;
    ++m_pingId;
    m_pingClock.start();
    if (m_pingTimeout.interval() > 0)
        m_pingTimeout.start();
    sendFrame(Ping, Syn, 0, m_pingId);
}

void YamuxSession::close(const QString &reason, bool sendGoAway, quint32 code)
{
    if (isClosed())
        return;
    if (sendGoAway)
        sendFrame(GoAway, 0, 0, code);
    m_closeReason = reason;
    m_keepAlive.stop();
    m_pingTimeout.stop();
    QPointer<YamuxSession> self(this);
    const auto streams = m_streams.values();
    m_streams.clear();
    for (const QPointer<YamuxStream> &stream : streams)
        if (stream)
            stream->abort(reason);
    if (self)
        Q_EMIT closed(reason);
}
