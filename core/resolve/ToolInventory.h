// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/McpTool.h"
#include "Resolution.h"

#include <QHash>
#include <QList>

// Applies upstream tool lists to a resolution the way AI Bridge does after the
// factory: each proxy encodes ids before it filters (later duplicates replace
// earlier ones), then the manager merges every proxy's tools into one map.
class ToolInventory
{
public:
    // toolsByServer is keyed by config id (the registered id is accepted too).
    static void apply(Resolution &resolution, const QHash<QString, QList<McpTool>> &toolsByServer);
    // Re-evaluates verdicts and totals after a server's tools or filter changed.
    static void refresh(Resolution &resolution);
    static void setServerTools(ResolvedServer &server, const QList<McpTool> &tools);
    // Injected names as `era` encodes them (raw before v2.35, aibridge/mcp/tool.go after)
    // and who shadows whom among the tools Coder's client lists. Done once per era and
    // tool list, not per keystroke.
    static void settleIds(ResolvedServer &server, CoderEra::Era era);
    static void classify(ResolvedServer &server, CoderEra::Era era = CoderEra::Era::C);
    // Why the tool has its verdict. Filter reasons are formatted only when asked for:
    // formatting 10 000 of them on every keystroke would cost more than the filtering.
    static QString reason(const ResolvedServer &server, const ResolvedTool &tool);

private:
    // With an unknown era: each era's total, and every tool whose verdict differs.
    static void compareEras(Resolution &resolution);
};
