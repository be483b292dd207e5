// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

// hashicorp/yamux v0.1.2's frame header (spec.md, const.go) as pure functions: 12 bytes,
// big-endian: version (0), type, flags, stream id, length. Length is the body size for
// Data, the window delta for WindowUpdate, the opaque value for Ping and the error code
// for GoAway; only Data carries a body.
namespace YamuxFrame {

enum Type : quint8 { Data = 0, WindowUpdate = 1, Ping = 2, GoAway = 3 };
enum Flag : quint16 { Syn = 1, Ack = 2, Fin = 4, Rst = 8 };
enum GoAwayCode : quint32 { Normal = 0, ProtocolError = 1, InternalError = 2 };

constexpr int HeaderSize = 12;
constexpr quint32 InitialWindow = 256 * 1024; // initialStreamWindow

struct Header
{
    quint8 version = 0;
    quint8 type = Data;
    quint16 flags = 0;
    quint32 streamId = 0;
    quint32 length = 0;
};

struct Frame
{
    Header header;
    QByteArray body; // Data frames only
};

QByteArray encode(const Header &header);
QByteArray encode(quint8 type, quint16 flags, quint32 streamId, quint32 length);
Header decodeHeader(const char *bytes); // exactly HeaderSize bytes

// Bytes in, frames out. A Data body longer than maxBody (the receive window the
// session granted) or a version other than 0 or an unknown type is an error.
class Reader
{
public:
    void feed(const QByteArray &bytes);
    std::optional<Frame> next(quint32 maxBody);
    const QString &error() const { return m_error; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace YamuxFrame
