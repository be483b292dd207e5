// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Resolution.h"

// The human-readable form of a resolution: a servers table, the tools, warnings and
// the trace, in plain text for a terminal.
class ResolutionText
{
public:
    static QString render(const Resolution &resolution, bool withTrace = true);
    // Left-aligned columns separated by two spaces.
    static QString table(const QStringList &header, const QList<QStringList> &rows);
};
