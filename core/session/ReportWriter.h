// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

class InspectorSession;

// The troubleshooting report of the current user's resolution, probes and regex
// edits, as Markdown (for a ticket) and JSON. Built from the same value types as the
// CLI output, so it never holds a token.
class ReportWriter
{
public:
    static QString markdown(const InspectorSession &session);
    static QJsonObject json(const InspectorSession &session);
};
