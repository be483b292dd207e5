// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoRegex.h"
#include "ToolVerdict.h"

// The allow/deny pair of one MCP server config, with the semantics of
// aibridge/mcp/tool.go FilterAllowedTools: empty pattern = no filter, deny wins,
// an allow regex must match, matching is an unanchored search on the raw tool name.
class RegexFilter
{
public:
    RegexFilter() = default;
    RegexFilter(const QString &allowPattern, const QString &denyPattern);

    const GoRegex &allow() const { return m_allow; }
    const GoRegex &deny() const { return m_deny; }
    bool isValid() const { return m_allow.isValid() && m_deny.isValid(); }
    // Go compiles allow first and stops at the first failure; we name both.
    QString compileError() const;

    // Only meaningful when isValid(); an invalid filter drops the whole server.
    ToolVerdict verdict(const QString &toolName) const;
    ToolVerdict verdictUtf8(std::string_view toolName) const;
    // Why: "matches deny `…`", "does not match allow `…`", …
    QString reason(const QString &toolName) const;

private:
    GoRegex m_allow;
    GoRegex m_deny;
};
