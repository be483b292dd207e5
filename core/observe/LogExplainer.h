// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogRecordReader.h"

#include <QIODevice>
#include <QList>
#include <QString>

// What one line of coderd's log says about AI Bridge's MCP setup. Recognises the
// lines the factory (coderd/aibridged/mcp.go), the bridge pool (coderd/aibridged/
// pool.go), the proxies (aibridge/mcp/proxy_streamable_http.go, tool.go), coderd's
// start-up (coderd/externalauth) and its token check (coderd/aibridgedserver) log, in
// slog's human and JSON formats. A line it does not know is reported as unknown: it
// never guesses.
struct LogExplanation
{
    int line = 0;  // 1-based: the record's first line
    int lines = 1; // the record's lines, continuation lines included
    bool known = false;
    QString level;   // as logged
    QString message; // the slog message
    QString step;    // the decision it reports: fetchConfigs, addExternalServer, …
    QString server;  // mcp_server_id / provider / name, when the line names one
    QString explanation;
    QString action; // what the admin can do
    QString source; // the upstream file that logs it
};

// A whole log read as a stream (explainDevice): the first MaxKept rows, and counts of all.
struct LogReport
{
    QList<LogExplanation> rows; // each row's `message` is left out: the line may hold anything
    int records = 0;
    int known = 0;
    int linesCut = 0; // lines longer than LogRecordReader::MaxLineBytes
    QString error;    // the input could not be read to its end
};

class LogExplainer
{
public:
    static constexpr int MaxKept = 5000; // rows kept for the output; the rest are counted
    // Streams `device` record by record with bounded memory (LogRecordReader).
    static LogReport explainDevice(QIODevice *device);
    // A whole log in memory (the window's text box, tests); the CLI streams records.
    static QList<LogExplanation> explain(const QString &log);
    static LogExplanation explainLine(const QString &line, int number);
    // A record and its continuation lines: multi-line fields (an error's causes) are read
    // from them, as cdr.dev/slog's human sink writes them.
    static LogExplanation explainRecord(const LogRecord &record);
    static QString errorStringMeaning(const QString &error); // coderd's three token errors
};
