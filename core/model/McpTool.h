// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

// One entry of an MCP tools/list result.
struct McpTool
{
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
};
