// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `probe URL [--token-env VAR] [--timeout S] [--json] [--insecure]`: connect to one MCP
// server as AI Bridge would and list its tools. `--conformance` makes it the client
// command of the official MCP conformance suite (URL last, scenario from the
// environment).
class ProbeCommand
{
public:
    int run(const QStringList &arguments);
};
