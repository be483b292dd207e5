// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// What becomes of one upstream tool. The first three are the regex filter's
// (aibridge/mcp/tool.go FilterAllowedTools); the last two come from the
// resolution around it.
enum class ToolVerdict {
    Injected,
    Denied,        // matches the deny regex (deny wins over allow)
    NotAllowed,    // an allow regex is set and does not match
    Shadowed,      // another tool of the same server encodes to the same id and replaces it
    ServerDropped, // the server itself is not proxied
    NotListed,     // Coder's own client of this era does not get it (a failed connect, page 1
                   // only, a tool it drops): seen by the probe, never by the model
    InvalidName,   // injected under a raw id (era A) an LLM API rejects: the whole request
                   // fails (aibridge/mcp/tool.go sanitises from v2.35 on for this reason)
};

QString toolVerdictName(ToolVerdict verdict);
