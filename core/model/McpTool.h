// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json/JsonText.h"

#include <QString>

// One entry of an MCP tools/list result.
struct McpTool
{
    QString name;
    QString title;
    QString description;
    JsonText inputSchema; // text until asked for (JsonText)
};
