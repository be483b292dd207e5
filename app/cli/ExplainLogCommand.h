// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `explain-log [FILE|-] [--json]`: what each line of coderd's log says about AI Bridge's
// MCP setup (core/observe/LogExplainer); unknown lines are reported as unknown.
class ExplainLogCommand
{
public:
    int run(const QStringList &arguments);
};
