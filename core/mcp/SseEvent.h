// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

// One dispatched Server-Sent Event (WHATWG HTML, "event stream interpretation").
struct SseEvent
{
    QString type = QStringLiteral("message");
    QByteArray data; // data: lines joined with '\n'
    // The last data: line alone, trimmed: all mcp-go v0.38.0 keeps of an event
    // (client/transport/streamable_http.go readSSE).
    QByteArray lastDataLine;
    QByteArray id; // the last event id in force when this event was dispatched
    std::optional<int> retryMs;
};
