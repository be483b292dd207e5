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
    // fetchTools stores tools in a map by encoded id: the later tool wins. Ids do not
    // change with the regexes, so who shadows whom is settled here, once.
    QHash<QString, int> lastByInjectedName;
    for (const McpTool &tool : tools) {
        ResolvedTool resolved;
        resolved.name = tool.name;
        resolved.nameUtf8 = tool.name.toUtf8();
        resolved.title = tool.title;
        resolved.description = tool.description;
        resolved.inputSchema = tool.inputSchema;
        // The proxy's serverName is the config id, also for the Coder server.
        resolved.injectedName = ToolId::encode(server.id, tool.name);
        const auto previous = lastByInjectedName.constFind(resolved.injectedName);
        if (previous != lastByInjectedName.constEnd())
            server.tools[*previous].shadowedBy = int(server.tools.size());
        lastByInjectedName.insert(resolved.injectedName, int(server.tools.size()));
        server.tools << resolved;
    }
}

void ToolInventory::classify(ResolvedServer &server)
{
    // No strings are built here: this runs on every keystroke of a regex edit.
    server.injectedToolCount = 0;
    const bool dropped =
        server.outcome == ResolvedServer::Outcome::Dropped || !server.filter.isValid();
    for (ResolvedTool &tool : server.tools) {
        if (dropped)
            tool.verdict = ToolVerdict::ServerDropped;
        else if (tool.shadowedBy >= 0)
            tool.verdict = ToolVerdict::Shadowed;
        else
            tool.verdict = server.filter.verdictUtf8(
                std::string_view(tool.nameUtf8.constData(), size_t(tool.nameUtf8.size())));
        if (tool.verdict == ToolVerdict::Injected &&
            server.outcome == ResolvedServer::Outcome::Proxied)
            ++server.injectedToolCount;
    }
}

QString ToolInventory::reason(const ResolvedServer &server, const ResolvedTool &tool)
{
    if (!tool.reason.isEmpty())
        return tool.reason;
    switch (tool.verdict) {
    case ToolVerdict::ServerDropped:
        if (server.outcome != ResolvedServer::Outcome::Dropped)
            return server.regexError;
        return tr("the server is not proxied (%1)").arg(ResolvedServer::reasonName(server.reason));
    case ToolVerdict::Shadowed:
        return tr("`%1` encodes to the same id %2 and replaces it")
            .arg(server.tools.value(tool.shadowedBy).name, tool.injectedName);
    default:
        return server.filter.reason(tool.name);
    }
}

void ToolInventory::refresh(Resolution &resolution)
{
    resolution.toolWarnings.clear();
    int serversWithTools = 0;
    for (const ResolvedServer &server : std::as_const(resolution.servers))
        serversWithTools += server.toolsKnown;
    // Ids can only collide across servers when there are two of them.
    const bool crossCheck = serversWithTools > 1;

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
            if (!crossCheck) {
                ++total;
                continue;
            }
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
