// SPDX-License-Identifier: Apache-2.0
#include "SseParser.h"

bool SseParser::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    qsizetype start = 0;
    if (m_skipLf && !bytes.isEmpty()) {
        if (bytes.at(0) == '\n')
            start = 1;
        m_skipLf = false;
    }
    m_buffer.append(bytes.constData() + start, bytes.size() - start);

    // Only the new bytes are scanned: what the buffer already held has no line end in it,
    // so a long line dripped in small chunks costs linear, not quadratic, time.
    qsizetype lineStart = 0;
    for (qsizetype i = m_scanned; i < m_buffer.size(); ++i) {
        ++m_examined;
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        processLine(m_buffer.mid(lineStart, i - lineStart));
        if (c == '\r') {
            if (i + 1 < m_buffer.size()) {
                if (m_buffer.at(i + 1) == '\n')
                    ++i;
            } else {
                m_skipLf = true;
            }
        }
        lineStart = i + 1;
    }
    m_buffer.remove(0, lineStart);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > m_maxLine) {
        m_error = QStringLiteral("SSE line longer than %1 bytes").arg(m_maxLine);
        return false;
    }
    return true;
}

void SseParser::processLine(const QByteArray &rawLine)
{
    QByteArray line = rawLine;
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF")) // a UTF-8 BOM at the very start is ignored
            line.remove(0, 3);
    }
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.startsWith(':'))
        return; // comment, e.g. keep-alive
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value;
    if (colon >= 0) {
        value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_lastLine = line.mid(colon + 1).trimmed();
        m_hasData = true;
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value;
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.startsWith('+') && !value.startsWith('-')) {
            m_retry = ms;
            m_eventRetry = ms;
        }
    }
    // Unknown fields are ignored.
}

void SseParser::dispatch()
{
    // A lone empty data: line leaves an empty buffer: nothing is dispatched.
    if (m_hasData && !m_data.isEmpty()) {
        SseEvent event;
        if (!m_type.isEmpty())
            event.type = m_type;
        event.data = m_data;
        event.lastDataLine = m_lastLine;
        event.id = m_lastEventId;
        event.retryMs = m_eventRetry;
        m_events << event;
    }
    m_data.clear();
    m_lastLine.clear();
    m_hasData = false;
    m_type.clear();
    m_eventRetry.reset();
}

QList<SseEvent> SseParser::takeEvents()
{
    QList<SseEvent> events;
    events.swap(m_events);
    return events;
}

void SseParser::finish()
{
    if (!m_buffer.isEmpty()) {
        processLine(m_buffer);
        m_buffer.clear();
    }
    // Whatever event was being built without a closing blank line is dropped.
    m_data.clear();
    m_lastLine.clear();
    m_hasData = false;
    m_type.clear();
}
