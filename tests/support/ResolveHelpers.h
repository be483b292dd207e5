// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "resolve/Resolution.h"
#include "resolve/Resolver.h"
#include "resolve/ToolInventory.h"
#include "source/SnapshotReader.h"
#include "source/SnapshotSource.h"

#include <QSignalSpy>
#include <QTest>

// Resolves a snapshot given as JSON text through the real Resolver.
inline Resolution resolveSnapshotJson(const QByteArray &json, bool applyTools = true)
{
    QString error;
    const auto snapshot = SnapshotReader::read(json, QStringLiteral("row"), &error);
    if (!snapshot) {
        qWarning("snapshot: %s", qPrintable(error));
        return {};
    }
    SnapshotSource source(*snapshot);
    Resolver resolver(&source);
    QSignalSpy spy(&resolver, &Resolver::resolved);
    resolver.resolve({snapshot->userId, snapshot->username, snapshot->sessionKey, {}});
    if (!spy.wait(5000))
        return {};
    Resolution resolution = spy.at(0).at(0).value<Resolution>();
    if (applyTools && !snapshot->tools.isEmpty())
        ToolInventory::apply(resolution, snapshot->tools);
    return resolution;
}

// "id:outcome/reason/tokenStatus ..." — compact enough to compare in a test row.
inline QString compactServers(const Resolution &resolution)
{
    QStringList parts;
    for (const ResolvedServer &s : resolution.servers)
        parts << QStringLiteral("%1:%2/%3/%4")
                     .arg(s.id.isEmpty() ? QStringLiteral("(nil)") : s.id,
                          ResolvedServer::outcomeName(s.outcome),
                          ResolvedServer::reasonName(s.reason),
                          ResolvedServer::tokenStatusName(s.tokenStatus));
    return parts.join(QLatin1Char(' '));
}

inline QString compactTools(const ResolvedServer &server)
{
    QStringList parts;
    for (const ResolvedTool &t : server.tools)
        parts << QStringLiteral("%1=%2").arg(t.name, toolVerdictName(t.verdict));
    return parts.join(QLatin1Char(' '));
}

inline QString traceText(const Resolution &resolution)
{
    QStringList lines;
    for (const TraceEntry &e : resolution.trace)
        lines << QStringLiteral("%1 [%2] %3")
                     .arg(TraceEntry::levelName(e.level), e.serverId, e.message);
    return lines.join(QLatin1Char('\n'));
}
