// SPDX-License-Identifier: Apache-2.0
#include "ToolVerdict.h"

QString toolVerdictName(ToolVerdict verdict)
{
    switch (verdict) {
    case ToolVerdict::Injected:
        return QStringLiteral("injected");
    case ToolVerdict::Denied:
        return QStringLiteral("denied");
    case ToolVerdict::NotAllowed:
        return QStringLiteral("not-allowed");
    case ToolVerdict::Shadowed:
        return QStringLiteral("shadowed");
    case ToolVerdict::ServerDropped:
        return QStringLiteral("server-dropped");
    case ToolVerdict::NotListed:
        return QStringLiteral("not-listed");
    case ToolVerdict::InvalidName:
        return QStringLiteral("invalid-name");
    }
    return {};
}
