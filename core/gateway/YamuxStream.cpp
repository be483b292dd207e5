// SPDX-License-Identifier: Apache-2.0
#include "YamuxStream.h"

#include "YamuxSession.h"

using namespace YamuxFrame;

namespace {
// Each frame goes out as one WebSocket message; coderd reads messages of < 256 KiB.
constexpr quint32 MaxFrameBody = 64 * 1024;
} // namespace

YamuxStream::YamuxStream(YamuxSession *session, quint32 id)
    : QObject(session), m_session(session), m_id(id), m_sendWindow(InitialWindow),
      m_recvWindow(InitialWindow)
{}

YamuxStream::~YamuxStream()
{
    if (!m_session)
        return;
    // Dropped before both sides finished: tell the peer, so it frees the stream too.
    if (!m_session->isClosed() && m_abortReason.isEmpty() && !m_finSent)
        m_session->sendFrame(WindowUpdate, Rst, m_id, 0);
    m_session->forget(m_id);
}

void YamuxStream::write(const QByteArray &data)
{
    if (!m_abortReason.isEmpty() || m_finQueued)
        return;
    m_pending.append(data);
    flush();
}

void YamuxStream::closeWrite()
{
    if (!m_abortReason.isEmpty() || m_finQueued)
        return;
    m_finQueued = true;
    flush();
}

void YamuxStream::reset()
{
    if (!m_abortReason.isEmpty())
        return;
    if (!m_session->isClosed())
        m_session->sendFrame(WindowUpdate, Rst, m_id, 0);
    abort(tr("reset"));
}

QByteArray YamuxStream::readAll()
{
    const QByteArray out = std::exchange(m_readBuffer, {});
    grantWindow();
    return out;
}

void YamuxStream::grantWindow()
{
    if (!m_abortReason.isEmpty() || m_remoteFin || m_session->isClosed())
        return;
    const quint32 delta = InitialWindow - quint32(m_readBuffer.size()) - m_recvWindow;
    if (delta < InitialWindow / 2)
        return;
    m_recvWindow += delta;
    m_session->sendFrame(WindowUpdate, std::exchange(m_nextFlags, 0), m_id, delta);
}

void YamuxStream::flush()
{
    if (!m_abortReason.isEmpty() || m_session->isClosed())
        return;
    while (!m_pending.isEmpty() && m_sendWindow > 0) {
        const quint32 size =
            qMin<quint32>(qMin<quint32>(m_sendWindow, MaxFrameBody), quint32(m_pending.size()));
        const QByteArray body = m_pending.left(size);
        m_pending.remove(0, size);
        m_sendWindow -= size;
        // The FIN rides on the last data frame when everything fits.
        quint16 flags = std::exchange(m_nextFlags, 0);
        if (m_pending.isEmpty() && m_finQueued) {
            flags |= Fin;
            m_finSent = true;
        }
        m_session->sendFrame(Data, flags, m_id, size, body);
    }
    if (m_pending.isEmpty() && m_finQueued && !m_finSent) {
        m_finSent = true;
        m_session->sendFrame(WindowUpdate, quint16(std::exchange(m_nextFlags, 0) | Fin), m_id, 0);
    }
    if (m_finSent && m_remoteFin)
        m_session->forget(m_id);
}

void YamuxStream::receive(const QByteArray &data)
{
    m_recvWindow -= quint32(data.size());
    m_readBuffer.append(data);
    Q_EMIT readyRead();
}

void YamuxStream::receiveWindowUpdate(quint32 delta)
{
    // Guard against a peer that overflows the 32-bit window.
    m_sendWindow = quint32(qMin<quint64>(quint64(m_sendWindow) + delta, 0xffffffffu));
    flush();
}

void YamuxStream::markRemoteClosed()
{
    if (m_remoteFin)
        return;
    m_remoteFin = true;
    if (m_finSent)
        m_session->forget(m_id);
    Q_EMIT remoteClosed();
}

void YamuxStream::abort(const QString &reason)
{
    if (!m_abortReason.isEmpty())
        return;
    m_abortReason = reason;
    m_pending.clear();
    m_session->forget(m_id);
    Q_EMIT aborted(reason);
}
