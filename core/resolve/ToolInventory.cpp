#include "ToolInventory.h"

#include "filter/ToolId.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ToolInventory", text);
}
} // namespace

void ToolInventory::apply(Resolution &resolution,
                          const QHash<QString, QList<McpTool>> &toolsByServer)
{
    for (ResolvedServer &server : resolution.servers) {
        auto it = toolsByServer.constFind(server.id);
        if (it == toolsByServer.constEnd())
            it = toolsByServer.constFind(server.registeredId);
        if (it != toolsByServer.constEnd())
            setServerTools(server, *it);
    }
    refresh(resolution);
}

void ToolInventory::setServerTools(ResolvedServer &server, const QList<McpTool> &tools)
{
    server.toolsKnown = true;
    server.toolsError.clear();
    server.tools.clear();
    server.tools.reserve(tools.size());
    for (const McpTool &tool : tools) {
        ResolvedTool resolved;
        resolved.name = tool.name;
        resolved.title = tool.title;
        resolved.description = tool.description;
        resolved.inputSchema = tool.inputSchema;
        // The proxy's serverName is the config id, also for the Coder server.
        resolved.injectedName = ToolId::encode(server.id, tool.name);
        server.tools << resolved;
    }
}

void ToolInventory::classify(ResolvedServer &server)
{
    // fetchTools stores tools in a map by encoded id: the later tool wins.
    QHash<QString, int> lastByInjectedName;
    for (int i = 0; i < server.tools.size(); ++i)
        lastByInjectedName.insert(server.tools.at(i).injectedName, i);

    server.injectedToolCount = 0;
    for (int i = 0; i < server.tools.size(); ++i) {
        ResolvedTool &tool = server.tools[i];
        const int winner = lastByInjectedName.value(tool.injectedName);
        if (server.outcome == ResolvedServer::Outcome::Dropped) {
            tool.verdict = ToolVerdict::ServerDropped;
            tool.reason =
                tr("the server is not proxied (%1)").arg(ResolvedServer::reasonName(server.reason));
        } else if (winner != i) {
            tool.verdict = ToolVerdict::Shadowed;
            tool.reason = tr("`%1` encodes to the same id %2 and replaces it")
                              .arg(server.tools.at(winner).name, tool.injectedName);
        } else if (!server.filter.isValid()) {
            tool.verdict = ToolVerdict::ServerDropped;
            tool.reason = server.regexError;
        } else {
            tool.verdict = server.filter.verdict(tool.name);
            tool.reason = server.filter.reason(tool.name);
        }
        if (tool.verdict == ToolVerdict::Injected &&
            server.outcome == ResolvedServer::Outcome::Proxied)
            ++server.injectedToolCount;
    }
}

void ToolInventory::refresh(Resolution &resolution)
{
    resolution.toolWarnings.clear();

    resolution.toolsKnown = false;
    QHash<QString, QString> ownerByInjectedName; // id -> server id
    QStringList crossServer;
    int total = 0;
    for (ResolvedServer &server : resolution.servers) {
        if (!server.toolsKnown)
            continue;
        resolution.toolsKnown = true;
        classify(server);
        QSet<QString> shadowWarned;
        for (const ResolvedTool &tool : std::as_const(server.tools)) {
            if (tool.verdict == ToolVerdict::Shadowed &&
                !shadowWarned.contains(tool.injectedName)) {
                shadowWarned.insert(tool.injectedName);
                resolution.toolWarnings << tr("Server `%1`: duplicate tool ID %2 after "
                                              "sanitization; `%3` is unreachable.")
                                               .arg(server.id, tool.injectedName, tool.name);
            }
            if (tool.verdict != ToolVerdict::Injected ||
                server.outcome != ResolvedServer::Outcome::Proxied)
                continue;
            const auto owner = ownerByInjectedName.constFind(tool.injectedName);
            if (owner != ownerByInjectedName.constEnd()) {
                crossServer << tr("Tool ID %1 is injected by both `%2` and `%3`: only one is "
                                  "reachable, and which one depends on Go's map order.")
                                   .arg(tool.injectedName, *owner, server.id);
                continue;
            }
            ownerByInjectedName.insert(tool.injectedName, server.id);
            ++total;
        }
    }
    resolution.toolWarnings << crossServer;
    resolution.injectedToolCount = total;
    if (total > Resolution::ProviderToolLimit) {
        resolution.toolWarnings << tr("%1 tools are injected: more than the %2 OpenAI accepts "
                                      "(\"array too long\"). Narrow them with allow/deny regexes.")
                                       .arg(total)
                                       .arg(Resolution::ProviderToolLimit);
    }
}
