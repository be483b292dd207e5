// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "McpError.h"

#include <QString>

// Where the probe of one server is, for progress displays.
struct ProbeState
{
    enum class Stage { NotProbed, Pending, Connecting, Listing, Done, Failed };

    Stage stage = Stage::NotProbed;
    int page = 0;
    qint64 elapsedMs = 0;
    int toolCount = 0;
    QString protocolVersion;
    QString serverName;
    McpError error;

    static QString stageName(Stage stage);
    QString describe() const; // "listing page 2", "done in 43 ms", "failed: …"
};
