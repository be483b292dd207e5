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
    QString text;
    if (path == QLatin1String("-")) {
        text = CliIo::readStdin();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            CliIo::error(tr("%1: cannot open (%2)").arg(path, file.errorString()));
            return CliIo::BadInput;
        }
        // A log is text; past 64 MiB it is not one this command reads whole.
        if (file.size() > 64 * 1024 * 1024) {
            CliIo::error(tr("%1: over 64 MiB; give the part around the request").arg(path));
            return CliIo::BadInput;
        }
        text = QString::fromUtf8(file.readAll());
    }
    const QList<LogExplanation> lines = LogExplainer::explain(text);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const LogExplanation &e : lines) {
            QJsonObject o{{QStringLiteral("line"), e.line}, {QStringLiteral("known"), e.known}};
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
    report += tr("%1 of %2 lines explained.\n").arg(known).arg(lines.size());
    CliIo::out(report);
    return CliIo::Ok;
}
