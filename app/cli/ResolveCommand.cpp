// SPDX-License-Identifier: Apache-2.0
#include "ResolveCommand.h"

#include "CliConnection.h"
#include "CliIo.h"
#include "mcp/ProbeRunner.h"
#include "resolve/ResolutionJson.h"
#include "resolve/ResolutionText.h"
#include "resolve/Resolver.h"
#include "resolve/ToolInventory.h"
#include "source/RecordingSource.h"
#include "source/SnapshotReader.h"

#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ResolveCommand", text);
}
} // namespace

int ResolveCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolve the MCP servers and tools AI Bridge injects for a user."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("user"), tr("The user, by username or id (not with --snapshot)."),
         QStringLiteral("name")},
        {QStringLiteral("chat"),
         tr("Resolve as a Coder Agents chat does: chatd's placeholder key `coder-aibridge` is "
            "the session key, so the Coder MCP server is tried with it and refuses it. Chats use "
            "coderd's in-process bridge even where the AI Gateway is not licensed.")},
        {QStringLiteral("delegated"),
         tr("Resolve as a delegated request that sends no key: no session key, so no Coder MCP "
            "server (coderd/aibridged/mcp.go). No caller in Coder v2.35.1 does this: chats "
            "send a placeholder key (see --chat).")},
        {QStringLiteral("byok"),
         tr("Resolve as a BYOK request: it still carries a Coder token "
            "(X-Coder-AI-Governance-Token), so the Coder MCP server is proxied.")},
        {QStringLiteral("coder-era"),
         tr("Predict for this Coder era instead of the one the build's version names: A (up to "
            "v2.34), B (v2.35-v2.36), C (v2.37 on)."),
         QStringLiteral("era")},
        {QStringLiteral("client-tools"),
         tr("How many tools the user's client sends itself (Claude Code, Cursor …): the "
            "OpenAI API's 128-tool limit counts them too."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("json"), tr("Print JSON.")},
        {QStringLiteral("no-trace"), tr("Leave the decision trace out of the text output.")},
        {QStringLiteral("probe"),
         tr("Connect to every proxied server and filter its live tool list.")},
        {QStringLiteral("timeout"), tr("Probe timeout per request in seconds."),
         QStringLiteral("seconds"), QStringLiteral("10")},
        {QStringLiteral("save-snapshot"),
         tr("Write the inputs used (tokens replaced by status) to a file."),
         QStringLiteral("file")},
    });
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    double seconds = 0;
    if (!CliIo::parseSeconds(parser.value(QStringLiteral("timeout")), &seconds))
        return CliIo::BadInput;
    std::optional<CoderEra::Era> eraOverride;
    int clientTools = 0;
    if (!CliIo::parseEra(parser, &eraOverride) ||
        !CliIo::parseWholeNumber(QStringLiteral("client-tools"),
                                 parser.value(QStringLiteral("client-tools")), 0, 100000,
                                 &clientTools))
        return CliIo::BadInput;
    if (int(parser.isSet(QStringLiteral("delegated"))) + int(parser.isSet(QStringLiteral("byok"))) +
            int(parser.isSet(QStringLiteral("chat"))) >
        1) {
        CliIo::error(tr("choose one of --delegated, --byok and --chat"));
        return CliIo::BadInput;
    }
    CliConnection connection;
    int exitCode = CliIo::BadInput;
    if (!connection.openOrReport(parser, &exitCode))
        return exitCode;

    ResolveRequest request;
    if (const Snapshot *snapshot = connection.snapshot()) {
        request = {snapshot->userId,
                   snapshot->username,
                   snapshot->sessionKey && !parser.isSet(QStringLiteral("delegated")),
                   {}};
    } else {
        if (!parser.isSet(QStringLiteral("user"))) {
            CliIo::error(tr("resolve needs --user NAME or ID"));
            return CliIo::BadInput;
        }
        CoderUser user;
        if (!connection.findUserOrReport(parser.value(QStringLiteral("user")), &user))
            return CliIo::BadInput;
        request = connection.requestFor(user, parser.isSet(QStringLiteral("delegated")));
        if (parser.isSet(QStringLiteral("chat"))) {
            request.agentsChat = true;
            request.hasSessionKey = true;
        }
    }

    RecordingSource recording(connection.source());
    Resolver resolver(&recording);
    Resolution resolution;
    QObject::connect(&resolver, &Resolver::resolved, [&](const Resolution &result) {
        resolution = result;
        QCoreApplication::quit();
    });
    resolver.resolve(request);
    QCoreApplication::exec();

    resolution.connection = connection.flags();
    resolution.clientToolCount = clientTools;
    if (connection.rest())
        resolution.aiGateway = connection.rest()->aiGatewayState();
    else
        resolution.aiGateway.detail = tr("a snapshot does not record the deployment's AI Gateway "
                                         "state");
    if (eraOverride) {
        resolution.era = *eraOverride;
        resolution.eraSource = tr("chosen with --coder-era");
    } else if (const Snapshot *snapshot = connection.snapshot()) {
        resolution.era = snapshot->era;
        resolution.eraSource = snapshot->era == CoderEra::Era::Unknown
                                   ? tr("the snapshot names no Coder version")
                                   : tr("from the snapshot");
    } else {
        const QString version = connection.deploymentVersion();
        resolution.era = CoderEra::fromVersion(version);
        resolution.eraSource = tr("build %1").arg(version.isEmpty() ? tr("(no version)") : version);
    }
    if (parser.isSet(QStringLiteral("byok")))
        resolution.trace << TraceEntry{TraceEntry::Level::Info,
                                       QStringLiteral("request"),
                                       {},
                                       tr("BYOK request: it carries a Coder token, so the Coder "
                                          "MCP server is proxied (only in-process delegation "
                                          "skips it)"),
                                       false};
    if (const Snapshot *snapshot = connection.snapshot()) {
        resolution.connection = snapshot->connection;
        if (!snapshot->tools.isEmpty())
            ToolInventory::apply(resolution, snapshot->tools);
    }
    if (!parser.isSet(QStringLiteral("probe")) || resolution.failed())
        resolution.wipeTokens(); // no probe will use them
    if (parser.isSet(QStringLiteral("probe")) && !resolution.failed()) {
        // Live tool lists replace recorded ones for every server that answers.
        ProbeRunner runner(connection.network());
        runner.setOptions(connection.probeOptions(int(seconds * 1000)));
        QObject::connect(&runner, &ProbeRunner::finished, [&](const Resolution &probed) {
            resolution = probed;
            QCoreApplication::quit();
        });
        runner.probe(resolution);
        if (runner.isRunning())
            QCoreApplication::exec();
    }

    if (parser.isSet(QStringLiteral("save-snapshot"))) {
        Snapshot out;
        out.userId = resolution.userId;
        out.username = resolution.username;
        out.sessionKey = resolution.hasSessionKey;
        out.configs = recording.configs();
        out.tokens = recording.tokens();
        out.connection = resolution.connection;
        out.era = resolution.era;
        out.coderVersion = connection.snapshot() ? connection.snapshot()->coderVersion
                                                 : connection.deploymentVersion();
        for (const ResolvedServer &s : std::as_const(resolution.servers)) {
            if (!s.toolsKnown)
                continue;
            QList<McpTool> tools;
            for (const ResolvedTool &t : s.tools)
                tools << McpTool{t.name, t.title, t.description, t.inputSchema};
            out.tools.insert(s.id, tools);
        }
        // QSaveFile: an existing snapshot is replaced only by a complete new one.
        QSaveFile file(parser.value(QStringLiteral("save-snapshot")));
        if (!file.open(QIODevice::WriteOnly) || file.write(SnapshotReader::write(out)) < 0 ||
            !file.commit()) {
            CliIo::error(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return CliIo::BadInput;
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = ResolutionJson::toJson(resolution);
        if (!connection.note().isEmpty())
            json.insert(QStringLiteral("source"),
                        QJsonObject{{QStringLiteral("name"), connection.source()->displayName()},
                                    {QStringLiteral("note"), connection.note()}});
        CliIo::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        QString source = tr("Source: %1\n").arg(connection.source()->displayName());
        if (!connection.note().isEmpty())
            source += tr("        %1\n").arg(connection.note());
        CliIo::out(source +
                   ResolutionText::render(resolution, !parser.isSet(QStringLiteral("no-trace"))));
    }
    if (resolution.failed()) {
        CliIo::error(resolution.error);
        return CliIo::ResolutionError;
    }
    return CliIo::Ok;
}
