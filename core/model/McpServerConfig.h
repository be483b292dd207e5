// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// proto.MCPServerConfig (coderd/aibridged/proto/aibridged.proto). The id is the
// external-auth id, or whatever coderd sets for the Coder MCP server.
struct McpServerConfig
{
    QString id;
    QString url;
    QString toolAllowRegex;
    QString toolDenyRegex;

    bool operator==(const McpServerConfig &o) const
    {
        return id == o.id && url == o.url && toolAllowRegex == o.toolAllowRegex &&
               toolDenyRegex == o.toolDenyRegex;
    }
};
