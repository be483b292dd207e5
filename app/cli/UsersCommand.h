// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `users --search TEXT [--limit N] [--offset N] [--json]` on --sandbox or --url.
class UsersCommand
{
public:
    int run(const QStringList &arguments);
};
