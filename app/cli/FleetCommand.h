// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `fleet`: every matching user at once, over one gateway connection (or REST, or a saved
// fleet), with what-if edits and a comparison against a saved fleet.
class FleetCommand
{
public:
    int run(const QStringList &arguments);
};
