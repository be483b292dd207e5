// SPDX-License-Identifier: Apache-2.0
#include "RegexEdits.h"

#include "ToolInventory.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RegexEdits", text);
}
} // namespace

void RegexEdits::apply(ResolvedServer &server, const RegexEdit &edit)
{
    server.allowRegex = edit.allow;
    server.denyRegex = edit.deny;
    server.filter = RegexFilter(edit.allow, edit.deny);
    server.regexError = server.filter.compileError();
    const bool reachedBuild = server.outcome == ResolvedServer::Outcome::Proxied ||
                              server.reason == ResolvedServer::Reason::RegexCompile;
    if (!reachedBuild)
        return;
    if (server.filter.isValid()) {
        server.outcome = ResolvedServer::Outcome::Proxied;
        server.reason = ResolvedServer::Reason::None;
        server.detail = tr("Proxied with the edited regexes.");
    } else {
        server.outcome = ResolvedServer::Outcome::Dropped;
        server.reason = ResolvedServer::Reason::RegexCompile;
        // coderd/externalauth ConvertConfig compiles these at start-up: a deployment
        // given this value does not start at all.
        server.detail = server.kind == ResolvedServer::Kind::External
                            ? tr("coderd will not start with this value: compile MCP tool "
                                 "allow/deny regex for external auth provider \"%1\": %2")
                                  .arg(server.id, server.regexError)
                            : tr("A tool regex does not compile: %1").arg(server.regexError);
    }
}

Resolution RegexEdits::applied(Resolution resolution, const QHash<int, RegexEdit> &edits)
{
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        if (it.key() >= 0 && it.key() < resolution.servers.size())
            apply(resolution.servers[it.key()], *it);
    ToolInventory::refresh(resolution);
    return resolution;
}
