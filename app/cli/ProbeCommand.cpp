// SPDX-License-Identifier: Apache-2.0
#include "ProbeCommand.h"

#include "CliIo.h"
#include "mcp/CoderClientProbe.h"
#include "mcp/McpClient.h"
#include "resolve/ResolutionText.h"
#include "secrets/TokenPolicy.h"

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProbeCommand", text);
}

// Arguments for a conformance tools_call: simple values for simple schemas.
QJsonObject sampleArguments(const QJsonObject &schema)
{
    QJsonObject arguments;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    int n = 0;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString type = it.value().toObject().value(QLatin1String("type")).toString();
        ++n;
        if (type == QLatin1String("number") || type == QLatin1String("integer"))
            arguments.insert(it.key(), n);
        else if (type == QLatin1String("string"))
            arguments.insert(it.key(), QStringLiteral("test"));
        else if (type == QLatin1String("boolean"))
            arguments.insert(it.key(), true);
    }
    return arguments;
}

QJsonObject errorToJson(const McpError &error)
{
    QJsonObject object{{QStringLiteral("kind"), McpError::kindName(error.kind)},
                       {QStringLiteral("phase"), error.phase},
                       {QStringLiteral("message"), error.toString()}};
    if (error.httpStatus)
        object.insert(QStringLiteral("httpStatus"), error.httpStatus);
    if (error.kind == McpError::Kind::JsonRpc)
        object.insert(QStringLiteral("rpcCode"), error.rpcCode);
    if (!error.wwwAuthenticateScheme.isEmpty()) {
        QJsonObject params;
        for (auto it = error.wwwAuthenticate.begin(); it != error.wwwAuthenticate.end(); ++it)
            params.insert(it.key(), it.value());
        object.insert(QStringLiteral("wwwAuthenticate"),
                      QJsonObject{{QStringLiteral("scheme"), error.wwwAuthenticateScheme},
                                  {QStringLiteral("params"), params}});
    }
    return object;
}
} // namespace

int ProbeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect to one MCP server over Streamable HTTP and list its tools."));
    parser.addHelpOption();
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
                                      tr("Environment variable holding the bearer token."),
                                      QStringLiteral("var"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Timeout per request in seconds (default 10)."),
                                     QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      tr("Accept any TLS certificate (shown in the output)."));
    const QCommandLineOption conformance(QStringLiteral("conformance"),
                                         tr("Act as the MCP conformance suite's client command."));
    const QCommandLineOption allowHttp(
        QStringLiteral("allow-http"),
        tr("Send the token over plain http to a host other than this machine."));
    const QCommandLineOption coderEra(
        QStringLiteral("coder-era"),
        tr("Also predict what Coder's own AI Bridge client of this era gets: A (up to v2.34), "
           "B (v2.35-v2.36), C (v2.37 on)."),
        QStringLiteral("era"));
    const QCommandLineOption serverKey(
        QStringLiteral("server"),
        tr("The server's key in Coder (its external-auth id, or coder), for the tool ids."),
        QStringLiteral("id"), QStringLiteral("server"));
    parser.addOptions(
        {tokenEnv, timeout, json, insecure, conformance, allowHttp, coderEra, serverKey});
    parser.addPositionalArgument(QStringLiteral("url"), tr("The server's MCP endpoint."));
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        CliIo::error(tr("probe needs the server's URL"));
        return CliIo::BadInput;
    }
    // The conformance suite appends the URL as the last argument.
    QString urlError;
    const QUrl url = TokenPolicy::parseUrl(positional.last(), &urlError);
    if (url.isEmpty()) {
        CliIo::error(urlError);
        return CliIo::BadInput;
    }
    double seconds = 0;
    if (!CliIo::parseSeconds(parser.value(timeout), &seconds))
        return CliIo::BadInput;
    Secret token;
    if (parser.isSet(tokenEnv)) {
        const QString var = parser.value(tokenEnv);
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            CliIo::error(tr("environment variable %1 is not set").arg(var));
            return CliIo::BadInput;
        }
        token = Secret(qEnvironmentVariable(var.toLocal8Bit().constData()));
        const QString refusal = TokenPolicy::plainHttpRefusal(url, parser.isSet(allowHttp));
        if (!refusal.isEmpty()) {
            CliIo::error(refusal);
            return CliIo::BadInput;
        }
    }

    std::optional<CoderEra::Era> era;
    if (!CliIo::parseEra(parser, &era))
        return CliIo::BadInput;

    McpTransportOptions options;
    options.timeoutMs = int(seconds * 1000);
    options.insecure = parser.isSet(insecure);
    QNetworkAccessManager network;
    McpClient client(&network, url, token);
    client.setOptions(options);
    // The spec probe and Coder's client run side by side; the command ends when both did.
    int running = 1;
    const auto oneDone = [&running] {
        if (--running == 0)
            QCoreApplication::quit();
    };
    std::optional<CoderPrediction> prediction;
    std::unique_ptr<CoderClientProbe> coderProbe;
    if (era) {
        ++running;
        coderProbe = std::make_unique<CoderClientProbe>(&network, url, token, *era);
        coderProbe->setOptions(options);
        QObject::connect(coderProbe.get(), &CoderClientProbe::finished,
                         [&](const CoderPrediction &p) {
                             prediction = p;
                             oneDone();
                         });
        coderProbe->start();
    }

    const bool conformanceMode = parser.isSet(conformance);
    const QString scenario = qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO");
    QList<McpTool> tools;
    QList<QJsonObject> callResults;
    McpError error;
    int nextCall = 0;

    const auto callNext = [&] {
        if (nextCall >= tools.size()) {
            client.close();
            return;
        }
        const McpTool &tool = tools.at(nextCall++);
        client.callTool(tool.name, sampleArguments(tool.inputSchema));
    };
    QObject::connect(&client, &McpClient::toolsListed, [&](const QList<McpTool> &listed) {
        tools = listed;
        if (conformanceMode && scenario != QLatin1String("initialize"))
            callNext();
        else
            client.close();
    });
    QObject::connect(&client, &McpClient::toolCalled, [&](const QJsonObject &result) {
        callResults << result;
        callNext();
    });
    QObject::connect(&client, &McpClient::failed, [&](const McpError &e) {
        error = e;
        client.close();
    });
    QObject::connect(&client, &McpClient::closed, oneDone);
    client.listTools();
    QCoreApplication::exec();
    const QString key = parser.value(serverKey);

    const QString shownUrl = url.toDisplayString(QUrl::RemoveUserInfo);
    QJsonArray timings;
    for (const auto &t : client.timings())
        timings << QJsonObject{{QStringLiteral("step"), t.step}, {QStringLiteral("ms"), t.ms}};
    if (parser.isSet(json)) {
        // The tools are written one by one into the document's place for them: a listing
        // of 500 000 tools as one QJsonArray would cost ten times its text.
        const QString placeholder = QStringLiteral("\x01tools\x01");
        QJsonObject root{{QStringLiteral("url"), shownUrl},
                         {QStringLiteral("server"), client.serverInfo()},
                         {QStringLiteral("protocolVersion"), client.protocolVersion()},
                         {QStringLiteral("offeredProtocolVersion"), options.profile.offeredVersion},
                         {QStringLiteral("session"), client.sessionIssued()},
                         {QStringLiteral("sessionRestarts"), client.sessionRestarts()},
                         {QStringLiteral("streamResumes"), client.streamResumes()},
                         {QStringLiteral("insecureTls"), options.insecure},
                         {QStringLiteral("timings"), timings},
                         {QStringLiteral("tools"), placeholder},
                         {QStringLiteral("toolCalls"), int(callResults.size())}};
        if (error.isError())
            root.insert(QStringLiteral("error"), errorToJson(error));
        if (prediction)
            root.insert(QStringLiteral("coder"), prediction->toJson(key));
        const QByteArray document = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const qsizetype at = document.indexOf("\"\\u0001tools\\u0001\"");
        CliIo::outBytes(document.left(at) + '[');
        QByteArray chunk;
        for (qsizetype i = 0; i < tools.size(); ++i) {
            const McpTool &t = tools.at(i);
            chunk += (i ? ",\n        " : "\n        ") +
                     QJsonDocument(QJsonObject{{QStringLiteral("name"), t.name},
                                               {QStringLiteral("title"), t.title},
                                               {QStringLiteral("description"), t.description}})
                         .toJson(QJsonDocument::Compact);
            if (chunk.size() > 64 * 1024) {
                CliIo::outBytes(chunk);
                chunk.clear();
            }
        }
        CliIo::outBytes(chunk + (tools.isEmpty() ? "]" : "\n    ]") +
                        document.mid(at + qsizetype(qstrlen("\"\\u0001tools\\u0001\""))));
    } else {
        QString text = tr("Server:   %1 %2\n")
                           .arg(client.serverInfo().value(QLatin1String("name")).toString(),
                                client.serverInfo().value(QLatin1String("version")).toString());
        text += tr("URL:      %1%2\n")
                    .arg(shownUrl,
                         options.insecure ? tr("  (TLS NOT VERIFIED: --insecure)") : QString());
        text += tr("Protocol: %1 (offered %2)\n")
                    .arg(client.protocolVersion().isEmpty() ? tr("none") : client.protocolVersion(),
                         options.profile.offeredVersion);
        if (client.sessionRestarts() || client.streamResumes())
            text += tr("Session restarted %1 time(s), stream resumed %2 time(s)\n")
                        .arg(client.sessionRestarts())
                        .arg(client.streamResumes());
        text += tr("Timings:\n");
        for (const auto &t : client.timings())
            text += QStringLiteral("  %1 %2 ms\n").arg(t.step.leftJustified(30)).arg(t.ms);
        text += tr("Tools (%1):\n").arg(tools.size());
        if (!tools.isEmpty()) {
            // Written in chunks, as ResolutionText::table lays it out: no copy of the list.
            const QStringList header{tr("NAME"), tr("TITLE"), tr("DESCRIPTION")};
            int nameWidth = int(header.at(0).size());
            int titleWidth = int(header.at(1).size());
            for (const McpTool &t : std::as_const(tools)) {
                nameWidth = qMax(nameWidth, int(t.name.size()));
                titleWidth = qMax(titleWidth, int(t.title.size()));
            }
            const auto row = [&](const QString &name, const QString &title, const QString &d) {
                return name.leftJustified(nameWidth + 2) + title.leftJustified(titleWidth + 2) + d +
                       QLatin1Char('\n');
            };
            text += row(header.at(0), header.at(1), header.at(2));
            for (const McpTool &t : std::as_const(tools)) {
                text += row(t.name, t.title, t.description.left(80).simplified());
                if (text.size() > 32 * 1024) {
                    CliIo::out(text);
                    text.clear();
                }
            }
        }
        if (prediction) {
            text += tr("\nCoder era %1 (%2), seen from this workstation: ")
                        .arg(CoderEra::name(prediction->era),
                             CoderEra::clientProfile(prediction->era).name());
            if (prediction->outcome == CoderPrediction::Outcome::Ok)
                text += tr("%1 tool(s): %2\n")
                            .arg(prediction->tools.size())
                            .arg(prediction->ids(key).join(QLatin1String(", ")));
            else
                text += prediction->summary() + QLatin1Char('\n');
            for (const auto &[name, why] : prediction->dropped)
                text += tr("  not listed: %1 (%2)\n").arg(name, why);
            if (prediction->pagesUnread)
                text += tr("  not listed: every tool past page 1 of tools/list (%1 reads one "
                           "page)\n")
                            .arg(CoderEra::clientProfile(prediction->era).name());
        }
        CliIo::out(text);
    }
    if (error.isError()) {
        CliIo::error(error.toString());
        return CliIo::ResolutionError;
    }
    return CliIo::Ok;
}
