// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the DRPC packet reader, fed in chunks whose sizes the input chooses,
// must give the same packets (or the same error) as one feed, never hold a packet past
// 4 MiB, and never crash.
#include "gateway/DrpcWire.h"

#include <cstdint>
#include <cstdlib>

static QList<DrpcWire::Packet> readAll(const QByteArray &bytes, int chunk, QString *error)
{
    DrpcWire::PacketReader reader;
    QList<DrpcWire::Packet> packets;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        reader.feed(bytes.mid(i, chunk));
        while (std::optional<DrpcWire::Packet> p = reader.next()) {
            if (p->data.size() > DrpcWire::MaxPacketBytes)
                abort();
            packets << *p;
        }
    }
    *error = reader.error();
    return packets;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int chunk = 1 + data[0] % 32;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString wholeError, chunkedError;
    const QList<DrpcWire::Packet> whole =
        readAll(bytes, int(qMax<qsizetype>(1, bytes.size())), &wholeError);
    const QList<DrpcWire::Packet> chunked = readAll(bytes, chunk, &chunkedError);
    if (whole.size() != chunked.size() || wholeError.isEmpty() != chunkedError.isEmpty())
        abort();
    for (qsizetype i = 0; i < whole.size(); ++i)
        if (whole.at(i).data != chunked.at(i).data || whole.at(i).kind != chunked.at(i).kind ||
            whole.at(i).messageId != chunked.at(i).messageId)
            abort();
    // What we write, we read back.
    for (const DrpcWire::Packet &p : whole) {
        DrpcWire::PacketReader again;
        again.feed(DrpcWire::encodeMessage(p.kind & 0x3f, 1, 1, p.data));
        const std::optional<DrpcWire::Packet> back = again.next();
        if (!back || back->data != p.data)
            abort();
    }
    return 0;
}
