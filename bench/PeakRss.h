// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>

// The process's peak resident set (VmHWM), in KiB; -1 where /proc does not say.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
