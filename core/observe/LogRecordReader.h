// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <QByteArray>
#include <QList>
#include <QString>

// One log record: its first line and the continuation lines after it. cdr.dev/slog's
// human sink (sloghuman, v3.1.0) writes a multi-line field as "  key= first line" on
// the next line, its further lines indented; every record starts at column 0.
struct LogRecord
{
    int line = 0; // 1-based number of the first line
    QString first;
    QList<QString> continuation;
    bool cut = false; // a line or the continuation was longer than kept
};

// Reads a log as a stream, record by record, with bounded memory: a line longer than
// MaxLineBytes keeps its first MaxLineBytes, a record keeps MaxContinuationLines, and
// input past MaxInputBytes ends the reading with an error (endless input such as
// /dev/zero or a pipe that never closes). What is read is never kept whole.
class LogRecordReader
{
public:
    static constexpr qsizetype MaxLineBytes = 64 * 1024;
    static constexpr int MaxContinuationLines = 64;
    static constexpr qint64 MaxInputBytes = 256LL * 1024 * 1024;
    using Sink = std::function<void(const LogRecord &record)>;

    explicit LogRecordReader(Sink sink) : m_sink(std::move(sink)) {}

    // false once the input passed MaxInputBytes (error() says so); nothing more is read.
    bool feed(const char *data, qsizetype size);
    void finish(); // the last record
    const QString &error() const { return m_error; }
    int linesRead() const { return m_lines; }
    int linesCut() const { return m_linesCut; }

private:
    void endLine();
    void flush();

    Sink m_sink;
    QByteArray m_line;
    bool m_lineCut = false;
    LogRecord m_record;
    bool m_haveRecord = false;
    qint64 m_bytes = 0;
    int m_lines = 0;
    int m_linesCut = 0;
    QString m_error;
};
