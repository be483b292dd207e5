// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a fleet snapshot is a file an admin is handed. The reader must refuse
// what it cannot read with an error, never crash, and what it accepts must hand a
// replay its inputs.
#include "fleet/FleetSnapshot.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto snapshot =
        FleetSnapshot::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                            QStringLiteral("fuzz"), &error);
    if (!snapshot) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    snapshot->perUserConfigs();
    snapshot->ownInjectedByUser();
    return 0;
}
