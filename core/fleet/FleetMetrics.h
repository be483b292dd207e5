// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetEvaluation.h"

#include <QByteArray>

// The scan as Prometheus text exposition (version 0.0.4), for node_exporter's textfile
// collector: gauges per server and token status (the JSON's servers[].tokenStatus),
// users proxied per server, over the limit, scanned and missing, the scan's time and
// duration. Written to a temporary file in the same folder and renamed over the target,
// as the collector expects (it may read at any moment).
class FleetMetrics
{
public:
    static QByteArray text(const FleetResult &fleet, const FleetEvaluation &e,
                           int newProblems = -1);
    // The exposition format's label-value escaping: backslash, double quote, newline.
    static QString escapeLabel(const QString &value);
    static bool writeFile(const QString &path, const QByteArray &text, QString *error);
};
