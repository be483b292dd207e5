// SPDX-License-Identifier: Apache-2.0
#include "FilterCommand.h"

#include "CliIo.h"
#include "filter/RegexFilter.h"
#include "filter/ToolId.h"
#include "resolve/ResolutionText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

int FilterCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "FilterCommand", "Apply a tool allow/deny regex pair to tool names (RE2, Go semantics)."));
    parser.addHelpOption();
    const QCommandLineOption allow(
        QStringLiteral("allow"), QCoreApplication::translate("FilterCommand", "Tool allow regex."),
        QStringLiteral("regex"));
    const QCommandLineOption deny(QStringLiteral("deny"),
                                  QCoreApplication::translate("FilterCommand", "Tool deny regex."),
                                  QStringLiteral("regex"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("FilterCommand", "Server id used for injected names."),
        QStringLiteral("id"), QStringLiteral("server"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("FilterCommand", "Print JSON."));
    parser.addOptions({allow, deny, server, json});
    parser.addPositionalArgument(
        QStringLiteral("names"),
        QCoreApplication::translate("FilterCommand", "Tool names (else read from stdin)."),
        QStringLiteral("[NAME...]"));
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;

    const RegexFilter filter(parser.value(allow), parser.value(deny));
    if (!filter.isValid()) {
        CliIo::error(QStringLiteral("invalid %1").arg(filter.compileError()));
        return CliIo::BadInput;
    }

    QStringList names = parser.positionalArguments();
    if (names.isEmpty())
        names = CliIo::readStdin().split(QRegularExpression(QStringLiteral("\\s+")),
                                         Qt::SkipEmptyParts);

    QJsonArray tools;
    QList<QStringList> rows;
    int injected = 0;
    for (const QString &name : std::as_const(names)) {
        const ToolVerdict verdict = filter.verdict(name);
        injected += verdict == ToolVerdict::Injected;
        const QString injectedName = ToolId::encode(parser.value(server), name);
        tools << QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("injectedName"), injectedName},
                             {QStringLiteral("verdict"), toolVerdictName(verdict)},
                             {QStringLiteral("reason"), filter.reason(name)}};
        rows << QStringList{name, toolVerdictName(verdict), injectedName, filter.reason(name)};
    }
    if (parser.isSet(json)) {
        const QJsonObject root{{QStringLiteral("allowRegex"), parser.value(allow)},
                               {QStringLiteral("denyRegex"), parser.value(deny)},
                               {QStringLiteral("tools"), tools},
                               {QStringLiteral("injectedToolCount"), injected}};
        CliIo::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        CliIo::out(ResolutionText::table({QStringLiteral("TOOL"), QStringLiteral("VERDICT"),
                                          QStringLiteral("INJECTED AS"), QStringLiteral("WHY")},
                                         rows));
        CliIo::out(QCoreApplication::translate("FilterCommand", "%1 of %2 injected\n")
                       .arg(injected)
                       .arg(names.size()));
    }
    return CliIo::Ok;
}
