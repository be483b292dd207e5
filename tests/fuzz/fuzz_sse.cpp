// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the SSE parser, fed in chunks whose sizes the input chooses, must
// give the same events as one feed and never crash or grow past its line cap.
#include "mcp/SseParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int chunk = 1 + data[0] % 16;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseParser whole(4096);
    const bool wholeOk = whole.feed(stream);
    whole.finish();
    const QList<SseEvent> expected = whole.takeEvents();

    SseParser chunked(4096);
    bool chunkedOk = true;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < stream.size() && chunkedOk; i += chunk) {
        chunkedOk = chunked.feed(stream.mid(i, chunk));
        events += chunked.takeEvents();
    }
    chunked.finish();
    events += chunked.takeEvents();
    if (wholeOk && chunkedOk) {
        if (events.size() != expected.size())
            abort();
        for (qsizetype i = 0; i < events.size(); ++i)
            if (events.at(i).data != expected.at(i).data || events.at(i).id != expected.at(i).id)
                abort();
    }
    return 0;
}
