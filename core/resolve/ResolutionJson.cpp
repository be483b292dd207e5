// SPDX-License-Identifier: Apache-2.0
#include "ResolutionJson.h"

#include "InjectedSchema.h"
#include "ToolInventory.h"

#include <QJsonArray>

QJsonObject ResolutionJson::serverToJson(const ResolvedServer &server)
{
    QJsonArray tools;
    for (const ResolvedTool &tool : server.tools) {
        QJsonObject t{{QStringLiteral("name"), tool.name},
                      {QStringLiteral("injectedName"), tool.injectedName},
                      {QStringLiteral("verdict"), toolVerdictName(tool.verdict)},
                      {QStringLiteral("reason"), ToolInventory::reason(server, tool)}};
        const InjectedSchema schema = InjectedSchema::of(tool.inputSchema);
        if (!schema.droppedKeys.isEmpty())
            t.insert(QStringLiteral("schemaDropped"),
                     QJsonArray::fromStringList(schema.droppedKeys));
        if (!schema.warning().isEmpty())
            t.insert(QStringLiteral("schemaWarning"), schema.warning());
        tools << t;
    }
    QJsonObject object{
        {QStringLiteral("id"), server.id},
        {QStringLiteral("registeredId"), server.registeredId},
        {QStringLiteral("url"), server.url},
        {QStringLiteral("kind"), ResolvedServer::kindName(server.kind)},
        {QStringLiteral("outcome"), ResolvedServer::outcomeName(server.outcome)},
        {QStringLiteral("reason"), ResolvedServer::reasonName(server.reason)},
        {QStringLiteral("detail"), server.detail},
        {QStringLiteral("tokenStatus"), ResolvedServer::tokenStatusName(server.tokenStatus)},
        {QStringLiteral("tokenError"), server.tokenError},
        {QStringLiteral("allowRegex"), server.allowRegex},
        {QStringLiteral("denyRegex"), server.denyRegex},
        {QStringLiteral("regexError"), server.regexError},
        {QStringLiteral("toolsKnown"), server.toolsKnown},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("injectedToolCount"), server.injectedToolCount}};
    if (!server.toolsError.isEmpty())
        object.insert(QStringLiteral("toolsError"), server.toolsError);
    if (!server.tokenWithheld.isEmpty())
        object.insert(QStringLiteral("tokenWithheld"), server.tokenWithheld);
    if (server.tokenRefused)
        object.insert(QStringLiteral("tokenRefused"), true);
    if (server.rejectedNameCount > 0)
        object.insert(QStringLiteral("toolsBreakingRequests"), server.rejectedNameCount);
    if (!server.toolsError.isEmpty() || !server.coderViews.isEmpty())
        object.insert(QStringLiteral("probedFrom"), QStringLiteral("this workstation"));
    if (!server.coderViews.isEmpty()) {
        QJsonObject byEra;
        for (auto it = server.coderViews.cbegin(); it != server.coderViews.cend(); ++it)
            byEra.insert(CoderEra::name(CoderEra::Era(it.key())), it->toJson(server.id));
        object.insert(QStringLiteral("coderByEra"), byEra);
    }
    return object;
}

QJsonObject ResolutionJson::traceToJson(const TraceEntry &entry)
{
    return {{QStringLiteral("level"), TraceEntry::levelName(entry.level)},
            {QStringLiteral("step"), entry.step},
            {QStringLiteral("server"), entry.serverId},
            {QStringLiteral("message"), entry.message},
            {QStringLiteral("serverLogs"), entry.serverLogs}};
}

QJsonObject ResolutionJson::toJson(const Resolution &resolution)
{
    QJsonArray servers;
    for (const ResolvedServer &server : resolution.servers)
        servers << serverToJson(server);
    QJsonArray trace;
    for (const TraceEntry &entry : resolution.trace)
        trace << traceToJson(entry);
    QJsonObject root{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), resolution.userId},
                                             {QStringLiteral("username"), resolution.username}}},
        {QStringLiteral("sessionKey"), resolution.hasSessionKey},
        {QStringLiteral("caller"), resolution.agentsChat      ? QStringLiteral("agents-chat")
                                   : resolution.hasSessionKey ? QStringLiteral("session-key")
                                                              : QStringLiteral("no-session-key")},
        {QStringLiteral("error"), resolution.error},
        {QStringLiteral("servers"), servers},
        {QStringLiteral("toolsKnown"), resolution.toolsKnown},
        // null when some count is unknown; the known part is the lower bound.
        {QStringLiteral("injectedToolCount"),
         resolution.injectedCountKnown() ? QJsonValue(resolution.injectedToolCount) : QJsonValue()},
        {QStringLiteral("injectedToolCountAtLeast"), resolution.injectedToolCount},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(resolution.allWarnings())},
        {QStringLiteral("trace"), trace}};
    if (resolution.rejectedNameCount > 0)
        root.insert(QStringLiteral("toolsBreakingRequests"), resolution.rejectedNameCount);
    if (resolution.connection.any())
        root.insert(QStringLiteral("connection"), resolution.connection.toJson());
    root.insert(QStringLiteral("aiGateway"), resolution.aiGateway.toJson());
    QJsonObject era{
        {QStringLiteral("era"), CoderEra::name(resolution.era)},
        {QStringLiteral("source"), resolution.eraSource},
        {QStringLiteral("shownAs"), CoderEra::name(resolution.displayEra())},
        {QStringLiteral("client"), CoderEra::clientProfile(resolution.displayEra()).name()},
        {QStringLiteral("certainty"), CoderEra::certainty(resolution.era)}};
    if (!resolution.injectedByEra.isEmpty()) {
        QJsonObject counts;
        for (auto it = resolution.injectedByEra.cbegin(); it != resolution.injectedByEra.cend();
             ++it)
            counts.insert(CoderEra::name(CoderEra::Era(it.key())), it.value());
        era.insert(QStringLiteral("injectedToolCountByEra"), counts);
        era.insert(QStringLiteral("differences"),
                   QJsonArray::fromStringList(resolution.eraDifferences));
    }
    root.insert(QStringLiteral("coderEra"), era);
    if (resolution.clientToolCount > 0)
        root.insert(QStringLiteral("clientToolCount"), resolution.clientToolCount);
    return root;
}
