// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: coderd's log, as an admin pastes or opens it: the bounded, streamed
// reading (LogExplainer::explainDevice) over slog's human and JSON formats.
#include "observe/LogExplainer.h"

#include <cstdint>
#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LogExplainer::explainDevice(&buffer);
    return 0;
}
