// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a yamux client session fed what a hostile server might send, in
// chunks whose sizes the input chooses. It must never crash, never buffer past a
// stream's window, and either keep going or close with a reason.
#include "gateway/YamuxSession.h"
#include "gateway/YamuxStream.h"

#include <cstdint>
#include <cstdlib>
#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_yamux";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    if (size < 1)
        return 0;
    const int chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    qint64 sent = 0;
    YamuxSession session(YamuxSession::Role::Client,
                         [&](const QByteArray &b) { sent += b.size(); });
    QList<QPointer<YamuxStream>> streams;
    for (int i = 0; i < 3; ++i) {
        YamuxStream *s = session.openStream();
        s->write(QByteArray(100 * 1024, 'x'));
        streams << s;
    }
    for (qsizetype i = 0; i < bytes.size() && !session.isClosed(); i += chunk) {
        session.feed(bytes.mid(i, chunk));
        for (const QPointer<YamuxStream> &s : std::as_const(streams))
            if (s && s->bytesAvailable() > qsizetype(YamuxFrame::InitialWindow))
                abort();
    }
    if (session.isClosed() && session.closeReason().isEmpty())
        abort();
    return 0;
}
