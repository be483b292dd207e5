// SPDX-License-Identifier: Apache-2.0
#include "LogRecordReader.h"

#include <cstring>
#include <QCoreApplication>

bool LogRecordReader::feed(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    m_bytes += size;
    if (m_bytes > MaxInputBytes) {
        m_error = QCoreApplication::translate("LogRecordReader",
                                              "the input passed %1 MiB without ending: stopped "
                                              "(give the part of the log around the request)")
                      .arg(MaxInputBytes / (1024 * 1024));
        return false;
    }
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *stop = nl ? nl : end;
        const qsizetype room = MaxLineBytes - m_line.size();
        const qsizetype take = qMin<qsizetype>(room, stop - p);
        if (take > 0)
            m_line.append(p, take);
        if (stop - p > take)
            m_lineCut = true;
        if (!nl)
            break;
        endLine();
        p = nl + 1;
    }
    return true;
}

void LogRecordReader::endLine()
{
    ++m_lines;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_lineCut)
        ++m_linesCut;
    const bool blank = m_line.trimmed().isEmpty();
    const bool continues =
        !blank && (m_line.startsWith(' ') || m_line.startsWith('\t')) && m_haveRecord;
    if (continues) {
        if (m_record.continuation.size() < MaxContinuationLines)
            m_record.continuation << QString::fromUtf8(m_line);
        else
            m_record.cut = true;
        m_record.cut = m_record.cut || m_lineCut;
    } else if (!blank) {
        flush();
        m_record.line = m_lines;
        m_record.first = QString::fromUtf8(m_line);
        m_record.cut = m_lineCut;
        m_haveRecord = true;
    }
    m_line.clear();
    m_lineCut = false;
}

void LogRecordReader::finish()
{
    if (!m_line.isEmpty() && m_error.isEmpty())
        endLine();
    flush();
}

void LogRecordReader::flush()
{
    if (!m_haveRecord)
        return;
    m_sink(m_record);
    m_record = {};
    m_haveRecord = false;
}
