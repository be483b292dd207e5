// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Resolution.h"

#include <QJsonObject>

// The machine-readable form of a resolution (CLI --json, reports). Never contains a
// token: servers carry tokenStatus only.
class ResolutionJson
{
public:
    static QJsonObject toJson(const Resolution &resolution);
    static QJsonObject serverToJson(const ResolvedServer &server);
    static QJsonObject traceToJson(const TraceEntry &entry);
};
