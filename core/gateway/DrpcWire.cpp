// SPDX-License-Identifier: Apache-2.0
#include "DrpcWire.h"

#include <QtEndian>

namespace DrpcWire {

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const QByteArray &in, qsizetype &pos, quint64 *value, QString *error)
{
    quint64 result = 0;
    for (int shift = 0, i = 0; i < 10; ++i, shift += 7) {
        if (pos + i >= in.size())
            return false;
        const quint8 byte = quint8(in.at(pos + i));
        // The tenth byte may carry only the 64th bit (drpcwire/varint.go).
        if (i == 9 && byte > 1) {
            *error = QStringLiteral("varint overflows 64 bits");
            return false;
        }
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            pos += i + 1;
            *value = result;
            return true;
        }
    }
    *error = QStringLiteral("varint longer than 10 bytes");
    return false;
}

void appendFrame(QByteArray &out, const Frame &frame)
{
    quint8 control = quint8((frame.kind & 0x3f) << 1);
    if (frame.done)
        control |= 0x01;
    if (frame.control)
        control |= 0x80;
    out.append(char(control));
    appendVarint(out, frame.streamId);
    appendVarint(out, frame.messageId);
    appendVarint(out, quint64(frame.data.size()));
    out.append(frame.data);
}

QByteArray encodeMessage(quint8 kind, quint64 streamId, quint64 messageId, const QByteArray &data)
{
    QByteArray out;
    qsizetype offset = 0;
    do {
        Frame frame;
        frame.kind = kind;
        frame.streamId = streamId;
        frame.messageId = messageId;
        frame.data = data.mid(offset, SplitSize);
        offset += frame.data.size();
        frame.done = offset >= data.size();
        appendFrame(out, frame);
    } while (offset < data.size());
    return out;
}

void PacketReader::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

bool PacketReader::parseFrame(Frame *frame)
{
    qsizetype pos = m_pos;
    if (pos >= m_buffer.size())
        return false;
    const quint8 control = quint8(m_buffer.at(pos++));
    quint64 length = 0;
    if (!readVarint(m_buffer, pos, &frame->streamId, &m_error) ||
        !readVarint(m_buffer, pos, &frame->messageId, &m_error) ||
        !readVarint(m_buffer, pos, &length, &m_error)) {
        if (m_error.isEmpty() && m_buffer.size() - m_pos > 28)
            m_error = QStringLiteral("malformed frame header");
        return false;
    }
    if (length > quint64(MaxPacketBytes)) {
        m_error = QStringLiteral("data overflow: a frame of %1 bytes (limit %2)")
                      .arg(length)
                      .arg(MaxPacketBytes);
        return false;
    }
    if (quint64(m_buffer.size() - pos) < length)
        return false;
    frame->done = control & 0x01;
    frame->control = control & 0x80;
    frame->kind = quint8((control & 0x7e) >> 1);
    frame->data = m_buffer.mid(pos, qsizetype(length));
    m_pos = pos + qsizetype(length);
    return true;
}

std::optional<Packet> PacketReader::next()
{
    Frame frame;
    while (m_error.isEmpty() && parseFrame(&frame)) {
        const bool less = frame.streamId < m_stream ||
                          (frame.streamId == m_stream && frame.messageId < m_message);
        if (less) {
            m_error = QStringLiteral("id monotonicity violation (frame s:%1 m:%2, expected ≥ s:%3 "
                                     "m:%4)")
                          .arg(frame.streamId)
                          .arg(frame.messageId)
                          .arg(m_stream)
                          .arg(m_message);
            return std::nullopt;
        }
        if (!m_partial || frame.streamId != m_stream || frame.messageId != m_message) {
            m_stream = frame.streamId;
            m_message = frame.messageId;
            m_partial = Packet{frame.kind, frame.control, frame.streamId, frame.messageId, {}};
        } else if (frame.kind != m_partial->kind) {
            m_error = QStringLiteral("packet kind change (frame %1, packet %2)")
                          .arg(frame.kind)
                          .arg(m_partial->kind);
            return std::nullopt;
        }
        m_partial->control = m_partial->control || frame.control;
        m_partial->data.append(frame.data);
        if (m_partial->data.size() > MaxPacketBytes) {
            m_error = QStringLiteral("data overflow: a message over %1 bytes").arg(MaxPacketBytes);
            return std::nullopt;
        }
        if (frame.done) {
            ++m_message;
            Packet packet = std::move(*m_partial);
            m_partial.reset();
            return packet;
        }
    }
    return std::nullopt;
}

RemoteError parseError(const QByteArray &data)
{
    if (data.size() < 8)
        return {0, QString::fromUtf8(data) + QStringLiteral(" (invalid error data)")};
    return {qFromBigEndian<quint64>(data.constData()), QString::fromUtf8(data.mid(8))};
}

QByteArray encodeError(quint64 code, const QString &message)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian<quint64>(code, out.data());
    return out + message.toUtf8();
}

} // namespace DrpcWire
