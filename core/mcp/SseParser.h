// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SseEvent.h"

#include <QList>

// An incremental text/event-stream parser: feed it bytes as they arrive, in any
// chunking, and take the complete events. Lines end in CRLF, LF or CR; `:` lines are
// comments; several data: lines make one event; an event with an empty data buffer is
// not dispatched (MCP's priming events) but its id still counts for resuming.
class SseParser
{
public:
    // A line longer than this is an error, so a hostile stream cannot grow memory.
    explicit SseParser(qsizetype maxLineBytes = 8 * 1024 * 1024) : m_maxLine(maxLineBytes) {}

    // Returns false once the stream broke a limit; see error().
    bool feed(const QByteArray &bytes);
    QList<SseEvent> takeEvents();
    // At end of stream: a last line without its terminator is processed; an event
    // not followed by a blank line is discarded, as the spec says.
    void finish();

    const QByteArray &lastEventId() const { return m_lastEventId; }
    std::optional<int> retryMs() const { return m_retry; }
    const QString &error() const { return m_error; }
    qint64 bytesExamined() const { return m_examined; } // for the linear-time test

private:
    void processLine(const QByteArray &line);
    void dispatch();

    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already known to hold no line end
    qint64 m_examined = 0;
    bool m_skipLf = false; // the previous chunk ended in CR: a leading LF belongs to it
    bool m_firstLine = true;
    QByteArray m_data;
    QByteArray m_lastLine;
    bool m_hasData = false;
    QString m_type;
    QByteArray m_lastEventId;
    std::optional<int> m_retry;
    std::optional<int> m_eventRetry;
    QList<SseEvent> m_events;
    QString m_error;
};
