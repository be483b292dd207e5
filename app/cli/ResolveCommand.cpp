#include "ResolveCommand.h"

#include "CliIo.h"
#include "mcp/ProbeRunner.h"
#include "resolve/ResolutionJson.h"
#include "resolve/ResolutionText.h"
#include "resolve/Resolver.h"
#include "resolve/ToolInventory.h"
#include "source/SnapshotReader.h"
#include "source/SnapshotSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

int ResolveCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ResolveCommand", "Resolve the MCP servers and tools AI Bridge injects for a user."));
    parser.addHelpOption();
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        QCoreApplication::translate("ResolveCommand", "Read the inputs from a snapshot file."),
        QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("ResolveCommand", "Print JSON."));
    const QCommandLineOption noTrace(
        QStringLiteral("no-trace"),
        QCoreApplication::translate("ResolveCommand",
                                    "Leave the decision trace out of the text output."));
    const QCommandLineOption probe(
        QStringLiteral("probe"),
        QCoreApplication::translate(
            "ResolveCommand", "Connect to every proxied server and filter its live tool list."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("ResolveCommand", "Probe timeout per request in seconds."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption insecure(
        QStringLiteral("insecure"),
        QCoreApplication::translate("ResolveCommand", "Accept any TLS certificate when probing."));
    parser.addOptions({snapshot, json, noTrace, probe, timeout, insecure});
    if (!parser.parse(arguments)) {
        CliIo::error(parser.errorText());
        return CliIo::BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliIo::out(parser.helpText());
        return CliIo::Ok;
    }
    if (!parser.isSet(snapshot)) {
        CliIo::error(
            QCoreApplication::translate("ResolveCommand", "resolve needs --snapshot FILE"));
        return CliIo::BadInput;
    }
    QString error;
    const std::optional<Snapshot> input = SnapshotReader::readFile(parser.value(snapshot), &error);
    if (!input) {
        CliIo::error(error);
        return CliIo::BadInput;
    }

    SnapshotSource source(*input);
    Resolver resolver(&source);
    Resolution resolution;
    QObject::connect(&resolver, &Resolver::resolved, [&](const Resolution &result) {
        resolution = result;
        QCoreApplication::quit();
    });
    resolver.resolve({input->userId, input->username, input->sessionKey, {}});
    QCoreApplication::exec();

    if (!input->tools.isEmpty())
        ToolInventory::apply(resolution, input->tools);
    if (parser.isSet(probe) && !resolution.failed()) {
        // Live tool lists replace recorded ones for every server that answers.
        QNetworkAccessManager network;
        ProbeRunner runner(&network);
        McpTransportOptions options;
        options.timeoutMs = int(qMax(0.1, parser.value(timeout).toDouble()) * 1000);
        options.insecure = parser.isSet(insecure);
        runner.setOptions(options);
        QObject::connect(&runner, &ProbeRunner::finished, [&](const Resolution &probed) {
            resolution = probed;
            QCoreApplication::quit();
        });
        runner.probe(resolution);
        if (runner.isRunning())
            QCoreApplication::exec();
    }

    if (parser.isSet(json))
        CliIo::out(QString::fromUtf8(
            QJsonDocument(ResolutionJson::toJson(resolution)).toJson(QJsonDocument::Indented)));
    else
        CliIo::out(ResolutionText::render(resolution, !parser.isSet(noTrace)));
    if (resolution.failed()) {
        CliIo::error(resolution.error);
        return CliIo::ResolutionError;
    }
    return CliIo::Ok;
}
