// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// One decision of the resolver. `serverLogs` says whether Coder's factory logs the
// same fact (so the admin can find it in coderd's logs) or whether it is ours only,
// such as the RE2 compile error the server discards.
struct TraceEntry
{
    enum class Level { Debug, Info, Warn, Error };

    Level level = Level::Info;
    QString step;     // the resolver step that decided: fetchConfigs, addCoderServer, …
    QString serverId; // empty for decisions about the whole resolution
    QString message;
    bool serverLogs = true;

    static QString levelName(Level level);
};
