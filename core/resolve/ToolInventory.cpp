// SPDX-License-Identifier: Apache-2.0
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
        resolved.nameUtf8 = tool.name.toUtf8();
        resolved.title = tool.title;
        resolved.description = tool.description;
        resolved.inputSchema = tool.inputSchema;
        server.tools << resolved;
    }
    server.idsEra = -1;
}

void ToolInventory::settleIds(ResolvedServer &server, CoderEra::Era era)
{
    const auto view = server.coderViews.constFind(int(era));
    QSet<QString> listed;
    const bool filtered =
        view != server.coderViews.constEnd() && view->outcome == CoderPrediction::Outcome::Ok;
    if (filtered)
        for (const McpTool &t : view->tools)
            listed.insert(t.name);
    // fetchTools stores tools in a map by encoded id: the later tool wins. The proxy's
    // serverName is the config id, also for the Coder server.
    QHash<QString, int> lastByInjectedName;
    for (int i = 0; i < server.tools.size(); ++i) {
        ResolvedTool &tool = server.tools[i];
        tool.injectedName = CoderEra::sanitizesToolIds(era)
                                ? ToolId::encode(server.id, tool.name)
                                : ToolId::encodeRaw(server.id, tool.name);
        tool.shadowedBy = -1;
        tool.nameRejected = !ToolId::acceptedByLlmApis(tool.injectedName);
        if (filtered && !listed.contains(tool.name))
            continue; // never reaches the proxy's map
        const auto previous = lastByInjectedName.constFind(tool.injectedName);
        if (previous != lastByInjectedName.constEnd())
            server.tools[*previous].shadowedBy = i;
        lastByInjectedName.insert(tool.injectedName, i);
    }
    server.idsEra = int(era);
}

void ToolInventory::classify(ResolvedServer &server, CoderEra::Era era)
{
    // No strings are built here: this runs on every keystroke of a regex edit.
    if (server.idsEra != int(era))
        settleIds(server, era);
    server.injectedToolCount = 0;
    server.rejectedNameCount = 0;
    const bool dropped =
        server.outcome == ResolvedServer::Outcome::Dropped || !server.filter.isValid();
    const auto view = server.coderViews.constFind(int(era));
    const bool clientFails =
        view != server.coderViews.constEnd() && view->outcome != CoderPrediction::Outcome::Ok;
    QSet<QString> listed;
    if (view != server.coderViews.constEnd() && !clientFails)
        for (const McpTool &t : view->tools)
            listed.insert(t.name);
    const bool filtered = view != server.coderViews.constEnd() && !clientFails;
    for (ResolvedTool &tool : server.tools) {
        if (dropped)
            tool.verdict = ToolVerdict::ServerDropped;
        else if (clientFails || (filtered && !listed.contains(tool.name)))
            tool.verdict = ToolVerdict::NotListed;
        else if (tool.shadowedBy >= 0)
            tool.verdict = ToolVerdict::Shadowed;
        else
            tool.verdict = server.filter.verdictUtf8(
                std::string_view(tool.nameUtf8.constData(), size_t(tool.nameUtf8.size())));
        // Injected, but under a name the LLM API refuses: not a usable tool, and the
        // request that carries it fails whole.
        if (tool.verdict == ToolVerdict::Injected && tool.nameRejected)
            tool.verdict = ToolVerdict::InvalidName;
        if (server.outcome != ResolvedServer::Outcome::Proxied)
            continue;
        if (tool.verdict == ToolVerdict::Injected)
            ++server.injectedToolCount;
        else if (tool.verdict == ToolVerdict::InvalidName)
            ++server.rejectedNameCount;
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
    case ToolVerdict::InvalidName:
        return tr("injected as %1, which is outside ^[a-zA-Z0-9_-]{1,64}$ (the OpenAI API's "
                  "rule for tool names): the provider refuses every request that carries it "
                  "(400), so this user's requests fail; era A (before v2.35) keeps raw ids, "
                  "later eras sanitise them (aibridge/mcp/tool.go)")
            .arg(tool.injectedName);
    case ToolVerdict::Shadowed:
        return tr("`%1` encodes to the same id %2 and replaces it")
            .arg(server.tools.value(tool.shadowedBy).name, tool.injectedName);
    case ToolVerdict::NotListed: {
        const CoderEra::Era era = CoderEra::Era(server.idsEra);
        const CoderPrediction view = server.coderViews.value(server.idsEra);
        const QString client = CoderEra::clientProfile(era).name();
        if (view.outcome != CoderPrediction::Outcome::Ok)
            return view.summary();
        for (const auto &[name, why] : view.dropped)
            if (name == tool.name)
                return tr("%1 (era %2) drops it from the list: %3")
                    .arg(client, CoderEra::name(era), why);
        if (view.pagesUnread)
            return tr("past page 1 of tools/list: %1 (era %2) reads one page only")
                .arg(client, CoderEra::name(era));
        return tr("%1 (era %2) does not list it").arg(client, CoderEra::name(era));
    }
    default:
        return server.filter.reason(tool.name);
    }
}

void ToolInventory::refresh(Resolution &resolution)
{
    const CoderEra::Era era = resolution.displayEra();
    resolution.toolWarnings.clear();
    int serversWithTools = 0;
    for (const ResolvedServer &server : std::as_const(resolution.servers))
        serversWithTools += server.toolsKnown;
    // Ids can only collide across servers when there are two of them.
    const bool crossCheck = serversWithTools > 1;

    resolution.toolsKnown = false;
    QHash<QString, QString> ownerByInjectedName; // id -> server id
    QStringList crossServer;
    QStringList rejected;
    int total = 0;
    for (ResolvedServer &server : resolution.servers) {
        if (!server.toolsKnown)
            continue;
        resolution.toolsKnown = true;
        classify(server, era);
        QSet<QString> shadowWarned;
        for (const ResolvedTool &tool : std::as_const(server.tools)) {
            if (tool.verdict == ToolVerdict::Shadowed &&
                !shadowWarned.contains(tool.injectedName)) {
                shadowWarned.insert(tool.injectedName);
                resolution.toolWarnings << tr("Server `%1`: duplicate tool ID %2 after "
                                              "sanitization; `%3` is unreachable.")
                                               .arg(server.id, tool.injectedName, tool.name);
            }
            if (tool.verdict == ToolVerdict::InvalidName &&
                server.outcome == ResolvedServer::Outcome::Proxied)
                rejected << tool.injectedName;
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
    if (!rejected.isEmpty())
        resolution.toolWarnings
            << tr("!! Injected under tool names an LLM API refuses (outside "
                  "^[a-zA-Z0-9_-]{1,64}$, the OpenAI API's rule): %1. Every request of this user "
                  "fails with a 400 while they are injected (era A keeps raw ids; Coder v2.35 "
                  "sanitises them). Deny them with a regex, or upgrade.")
                   .arg(rejected.join(QLatin1String(", ")));
    resolution.rejectedNameCount = int(rejected.size());
    resolution.injectedToolCount = total;
    // Injected tools join the client's own in one tools array (appended for OpenAI,
    // prepended for Anthropic): the provider's limit counts both.
    const int sent = total + resolution.clientToolCount;
    if (sent > Resolution::ProviderToolLimit) {
        resolution.toolWarnings
            << (resolution.clientToolCount > 0
                    ? tr("%1 tools are injected and the client sends %2 of its own: %3, more than "
                         "the %4 OpenAI accepts (\"array too long\"). Narrow them with allow/deny "
                         "regexes.")
                          .arg(total)
                          .arg(resolution.clientToolCount)
                          .arg(sent)
                          .arg(Resolution::ProviderToolLimit)
                    : tr("%1 tools are injected: more than the %2 OpenAI accepts (\"array too "
                         "long\"), before the client's own tools (Claude Code, Cursor … send "
                         "theirs too). Narrow them with allow/deny regexes.")
                          .arg(total)
                          .arg(Resolution::ProviderToolLimit));
    }
    compareEras(resolution);
}

void ToolInventory::compareEras(Resolution &resolution)
{
    resolution.injectedByEra.clear();
    resolution.eraDifferences.clear();
    if (resolution.era != CoderEra::Era::Unknown)
        return;
    bool anyView = false;
    for (const ResolvedServer &s : std::as_const(resolution.servers))
        anyView = anyView || !s.coderViews.isEmpty();
    // Only what a live probe saw differs by era (ids, paging, the client's decoding).
    if (!anyView)
        return;
    QHash<QString, QMap<int, QString>> verdicts; // "server/tool" -> era -> "verdict id"
    for (const CoderEra::Era e : CoderEra::all()) {
        Resolution copy = resolution;
        copy.era = e;
        refresh(copy);
        resolution.injectedByEra.insert(int(e), copy.injectedToolCount);
        for (const ResolvedServer &s : std::as_const(copy.servers))
            for (const ResolvedTool &t : s.tools)
                verdicts[s.id + QLatin1Char('/') + t.name].insert(
                    int(e),
                    toolVerdictName(t.verdict) + (t.verdict == ToolVerdict::Injected
                                                      ? QStringLiteral(" as ") + t.injectedName
                                                      : QString()));
    }
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        const QList<QString> values = it.value().values();
        if (std::all_of(values.begin(), values.end(),
                        [&](const QString &v) { return v == values.first(); }))
            continue;
        resolution.eraDifferences << tr("%1: A %2; B %3; C %4")
                                         .arg(it.key(), it.value().value(int(CoderEra::Era::A)),
                                              it.value().value(int(CoderEra::Era::B)),
                                              it.value().value(int(CoderEra::Era::C)));
    }
    resolution.eraDifferences.sort();
}
