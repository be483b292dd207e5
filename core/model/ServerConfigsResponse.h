// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "McpServerConfig.h"

#include <optional>
#include <QList>

// proto.GetMCPServerConfigsResponse. Both the Coder config and list entries may be
// nil on the wire; Go's factory treats a nil Coder config as "absent" and a nil
// external entry as an empty config (id ""), so we keep that distinction.
struct ServerConfigsResponse
{
    std::optional<McpServerConfig> coderMcpConfig;
    QList<std::optional<McpServerConfig>> externalAuthMcpConfigs;
    // Set by a source that cannot tell whether coderd injects the Coder MCP server at all
    // (REST without inject_coder_mcp_tools in view): why. The server is then "unknown".
    QString coderEnabledUnknown;
};

// Answer to GetMCPServerConfigs: either a response or the error text of the call.
struct ConfigsResult
{
    std::optional<ServerConfigsResponse> response;
    QString error;
};
