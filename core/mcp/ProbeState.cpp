// SPDX-License-Identifier: Apache-2.0
#include "ProbeState.h"

#include <QCoreApplication>

QString ProbeState::stageName(Stage stage)
{
    switch (stage) {
    case Stage::NotProbed:
        return QStringLiteral("not-probed");
    case Stage::Pending:
        return QStringLiteral("pending");
    case Stage::Connecting:
        return QStringLiteral("connecting");
    case Stage::Listing:
        return QStringLiteral("listing");
    case Stage::Done:
        return QStringLiteral("done");
    case Stage::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString ProbeState::describe() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ProbeState", text);
    };
    switch (stage) {
    case Stage::NotProbed:
        return tr("not probed");
    case Stage::Pending:
        return tr("waiting");
    case Stage::Connecting:
        return tr("connecting…");
    case Stage::Listing:
        return tr("listing page %1…").arg(page);
    case Stage::Done:
        return tr("%1 tools in %2 ms").arg(toolCount).arg(elapsedMs);
    case Stage::Failed:
        return tr("failed after %1 ms: %2").arg(elapsedMs).arg(error.toString());
    }
    return {};
}
