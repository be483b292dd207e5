// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `filter --allow RE --deny RE [NAME ...]`: the verdict of each tool name, as the
// server's filter would give it. Names come from the arguments, else from stdin.
class FilterCommand
{
public:
    int run(const QStringList &arguments);
};
