// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `resolve --snapshot FILE [--json]`: what the factory decides for one user.
class ResolveCommand
{
public:
    int run(const QStringList &arguments);
};
