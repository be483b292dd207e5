// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/McpTool.h"
#include "json/JsonScan.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// Pure functions over JSON-RPC as MCP uses it: finding our response in a body and
// reading results. No I/O, so the fuzzers call exactly what the client runs.
class JsonRpc
{
public:
    enum class Found { Response, NotOurs, Invalid };

    // A large tools/list answer is parsed without its tools array (the response then says
    // "tools": []); the tools stay text, each parsed on its own by the caller. The cost
    // stays near the answer's size instead of ten times it.
    struct ToolSlices
    {
        QByteArray text; // the message the ranges point into
        QList<JsonScan::Range> tools;
        bool split = false;
        static constexpr qsizetype Threshold = 256 * 1024; // smaller answers: parsed whole
    };

    // A body is one message or a batch; a response carries our id and a result or
    // an error. Invalid: not JSON, with Qt's message in *error.
    static Found findResponse(const QByteArray &body, const QJsonValue &id, QJsonObject *response,
                              QString *error, ToolSlices *slices = nullptr);
    // One SSE data payload: a single JSON-RPC message.
    static Found readMessage(const QByteArray &data, const QJsonValue &id, QJsonObject *response,
                             QString *error, ToolSlices *slices = nullptr);
    // One element of a tools/list result's tools array.
    static McpTool readTool(const QJsonObject &object);

    // A tools/list result; false when it has no tools array.
    static bool readToolsPage(const QJsonObject &result, QList<McpTool> *tools,
                              QString *nextCursor);
};
