// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/McpTool.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// Pure functions over JSON-RPC as MCP uses it: finding our response in a body and
// reading results. No I/O, so the fuzzers call exactly what the client runs.
class JsonRpc
{
public:
    enum class Found { Response, NotOurs, Invalid };

    // A body is one message or a batch; a response carries our id and a result or
    // an error. Invalid: not JSON, with Qt's message in *error.
    static Found findResponse(const QByteArray &body, const QJsonValue &id, QJsonObject *response,
                              QString *error);
    // One SSE data payload: a single JSON-RPC message.
    static Found readMessage(const QByteArray &data, const QJsonValue &id, QJsonObject *response,
                             QString *error);

    // A tools/list result; false when it has no tools array.
    static bool readToolsPage(const QJsonObject &result, QList<McpTool> *tools,
                              QString *nextCursor);
};
