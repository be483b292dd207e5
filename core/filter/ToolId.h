// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// The names AI Bridge gives injected tools (aibridge/mcp/tool.go EncodeToolID):
// "bmcp_" + sanitised server name + "_" + sanitised tool name, cut to 64 bytes.
class ToolId
{
public:
    static constexpr int MaxLength = 64; // OpenAI's limit, the strictest provider's

    // Every character (code point, as Go's regexp sees runes) outside
    // [a-zA-Z0-9_-] becomes '_'.
    static QString sanitize(const QString &name);
    static QString encode(const QString &server, const QString &tool);
    // Before Coder v2.35 (era A) ids were neither sanitised nor cut: "bmcp_" + server +
    // "_" + tool as they are.
    static QString encodeRaw(const QString &server, const QString &tool);
    // Whether an LLM API takes the id as a tool name: OpenAI's ^[a-zA-Z0-9_-]{1,64}$ (the
    // strictest provider's; EncodeToolID's comment in aibridge/mcp/tool.go). Ids from
    // encode() always are; a raw era-A id may not be, and then the whole request is
    // refused (400), not just that tool.
    static bool acceptedByLlmApis(const QString &id);
};
