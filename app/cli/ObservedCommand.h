// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `observed --url … --user U [--since 24h] [--json]`: the prediction (resolved and
// probed, as `resolve --probe`) beside the user's recorded AI Bridge activity.
class ObservedCommand
{
public:
    int run(const QStringList &arguments);
};
