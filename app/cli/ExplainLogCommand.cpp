// SPDX-License-Identifier: Apache-2.0
#include "ExplainLogCommand.h"

#include "CliIo.h"
#include "observe/LogExplainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExplainLogCommand", text);
}
} // namespace

int ExplainLogCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Explain coderd log lines about AI Bridge's MCP servers (slog human or JSON)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The log file, or - for stdin."),
                                 QStringLiteral("[FILE|-]"));
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        CliIo::error(tr("%1: cannot open (%2)").arg(path, file.errorString()));
        return CliIo::BadInput;
    }
    // Streamed record by record: memory stays bounded whatever comes in (a pipe, a
    // /proc file and /dev/zero all report size 0). What is kept for the output is capped.
    const LogReport read = LogExplainer::explainDevice(&file);
    if (!read.error.isEmpty()) {
        CliIo::error(tr("%1: %2").arg(path, read.error));
        return CliIo::BadInput;
    }
    if (read.linesCut > 0)
        CliIo::error(tr("%1 line(s) longer than %2 KiB: only their start was read")
                         .arg(read.linesCut)
                         .arg(LogRecordReader::MaxLineBytes / 1024));
    const QList<LogExplanation> &lines = read.rows;
    if (read.records > lines.size())
        CliIo::error(tr("%1 records read; the first %2 are shown (%3 of all were explained)")
                         .arg(read.records)
                         .arg(lines.size())
                         .arg(read.known));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const LogExplanation &e : lines) {
            QJsonObject o{{QStringLiteral("line"), e.line},
                          {QStringLiteral("lines"), e.lines},
                          {QStringLiteral("known"), e.known}};
            if (e.known) {
                o.insert(QStringLiteral("step"), e.step);
                o.insert(QStringLiteral("server"), e.server);
                o.insert(QStringLiteral("explanation"), e.explanation);
                o.insert(QStringLiteral("action"), e.action);
                o.insert(QStringLiteral("source"), e.source);
            }
            out << o;
        }
        CliIo::out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return CliIo::Ok;
    }
    QString report;
    int known = 0;
    for (const LogExplanation &e : lines) {
        if (!e.known) {
            report += tr("line %1: unknown (not a line this tool knows: no explanation "
                         "given)\n")
                          .arg(e.line);
            continue;
        }
        ++known;
        report +=
            tr("line %1 [%2]%3: %4\n    what to do: %5\n    (%6)\n")
                .arg(e.line)
                .arg(e.step, e.server.isEmpty() ? QString() : QStringLiteral(" %1").arg(e.server),
                     e.explanation, e.action, e.source);
    }
    report += tr("%1 of %2 records explained.\n").arg(known).arg(lines.size());
    CliIo::out(report);
    return CliIo::Ok;
}
