// SPDX-License-Identifier: Apache-2.0
#include "TraceEntry.h"

QString TraceEntry::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Error:
        return QStringLiteral("error");
    }
    return {};
}
