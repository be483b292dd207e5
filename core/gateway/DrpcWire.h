// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

// storj.io/drpc v0.0.34's wire format (drpcwire/packet.go, varint.go, reader.go) as
// pure functions: no I/O, no timers, so the fuzzer calls exactly what the client runs.
// A frame is a control byte (bit 7 "control", bits 1-6 the kind, bit 0 "done") and
// three unsigned LEB128 varints (stream id, message id, data length), then the data.
namespace DrpcWire {

enum class Kind : quint8 {
    Invoke = 1,
    Message = 2,
    Error = 3,
    Cancel = 4,
    Close = 5,
    CloseSend = 6,
    InvokeMetadata = 7,
};

struct Frame
{
    quint8 kind = 0; // raw: unknown kinds are kept so the caller can ignore them
    bool done = false;
    bool control = false;
    quint64 streamId = 0;
    quint64 messageId = 0;
    QByteArray data;
};

// A whole message: frames with the same ids joined, up to the one marked done.
struct Packet
{
    quint8 kind = 0;
    bool control = false;
    quint64 streamId = 0;
    quint64 messageId = 0;
    QByteArray data;
};

// drpcwire's default reader limit (ReaderOptions.MaximumBufferSize).
constexpr qsizetype MaxPacketBytes = 4 << 20;
// drpcwire splits messages into frames of this size when writing (SplitSize default).
constexpr qsizetype SplitSize = 64 << 10;

void appendVarint(QByteArray &out, quint64 value);
// Reads a varint at `pos`; false on a truncated one (more bytes may come), *error set
// on one that cannot be valid (over 10 bytes or past 64 bits).
bool readVarint(const QByteArray &in, qsizetype &pos, quint64 *value, QString *error);
void appendFrame(QByteArray &out, const Frame &frame);
// A message as frames of at most SplitSize bytes, the last one marked done.
QByteArray encodeMessage(quint8 kind, quint64 streamId, quint64 messageId, const QByteArray &data);

// Bytes in, packets out, with drpcwire.Reader's rules: ids never decrease, a packet's
// kind never changes mid-way, a frame with a new id abandons a partial packet, and no
// packet (nor an unparsed frame) grows past MaxPacketBytes.
class PacketReader
{
public:
    void feed(const QByteArray &bytes);
    // The next complete packet, or nothing (more bytes needed, or an error: see error()).
    std::optional<Packet> next();
    const QString &error() const { return m_error; }

private:
    bool parseFrame(Frame *frame);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    quint64 m_stream = 1;
    quint64 m_message = 1;
    std::optional<Packet> m_partial;
    QString m_error;
};

// The error frame's data: an 8-byte big-endian code, then the UTF-8 message.
struct RemoteError
{
    quint64 code = 0;
    QString message;
};
RemoteError parseError(const QByteArray &data);
QByteArray encodeError(quint64 code, const QString &message);

} // namespace DrpcWire
