// SPDX-License-Identifier: Apache-2.0
#include "YamuxFrame.h"

#include <QtEndian>

namespace YamuxFrame {

QByteArray encode(const Header &header)
{
    QByteArray out(HeaderSize, Qt::Uninitialized);
    out[0] = char(header.version);
    out[1] = char(header.type);
    qToBigEndian<quint16>(header.flags, out.data() + 2);
    qToBigEndian<quint32>(header.streamId, out.data() + 4);
    qToBigEndian<quint32>(header.length, out.data() + 8);
    return out;
}

QByteArray encode(quint8 type, quint16 flags, quint32 streamId, quint32 length)
{
    return encode(Header{0, type, flags, streamId, length});
}

Header decodeHeader(const char *bytes)
{
    Header h;
    h.version = quint8(bytes[0]);
    h.type = quint8(bytes[1]);
    h.flags = qFromBigEndian<quint16>(bytes + 2);
    h.streamId = qFromBigEndian<quint32>(bytes + 4);
    h.length = qFromBigEndian<quint32>(bytes + 8);
    return h;
}

void Reader::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

std::optional<Frame> Reader::next(quint32 maxBody)
{
    if (!m_error.isEmpty() || m_buffer.size() - m_pos < HeaderSize)
        return std::nullopt;
    const Header h = decodeHeader(m_buffer.constData() + m_pos);
    if (h.version != 0) {
        m_error = QStringLiteral("unsupported yamux version %1").arg(h.version);
        return std::nullopt;
    }
    if (h.type > GoAway) {
        m_error = QStringLiteral("invalid yamux message type %1").arg(h.type);
        return std::nullopt;
    }
    quint32 bodySize = 0;
    if (h.type == Data) {
        if (h.length > maxBody) {
            m_error = QStringLiteral("a data frame of %1 bytes exceeds the receive window (%2)")
                          .arg(h.length)
                          .arg(maxBody);
            return std::nullopt;
        }
        bodySize = h.length;
    }
    if (m_buffer.size() - m_pos < HeaderSize + qsizetype(bodySize))
        return std::nullopt;
    Frame frame{h, m_buffer.mid(m_pos + HeaderSize, bodySize)};
    m_pos += HeaderSize + bodySize;
    return frame;
}

} // namespace YamuxFrame
