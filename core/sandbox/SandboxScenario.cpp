// SPDX-License-Identifier: Apache-2.0
#include "SandboxScenario.h"

#include "SandboxMcpServer.h"

#include <QJsonObject>

namespace {
QList<McpTool> tools(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<McpTool> out;
    for (const auto &[name, description] : list) {
        McpTool tool;
        tool.name = QString::fromLatin1(name);
        tool.description = QString::fromLatin1(description);
        tool.inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        out << tool;
    }
    return out;
}

CoderUser person(const char *id, const char *username, const char *name,
                 const char *status = "active")
{
    CoderUser u;
    u.id = QString::fromLatin1(id);
    u.username = QString::fromLatin1(username);
    u.name = QString::fromLatin1(name);
    u.email = u.username + QStringLiteral("@sandbox.example");
    u.status = QString::fromLatin1(status);
    u.roles = {QStringLiteral("member")};
    u.lastSeenAt = QStringLiteral("2026-11-20T09:00:00Z");
    return u;
}
} // namespace

SandboxScenario SandboxScenario::standard()
{
    SandboxScenario s;
    s.admin = person("00000000-0000-4000-8000-0000000000ad", "admin", "Sandbox Admin");
    s.admin.roles = {QStringLiteral("owner"), QStringLiteral("member")};

    s.coderTools = tools({{"coder_list_workspaces", "List the user's workspaces"},
                          {"coder_create_workspace", "Create a workspace from a template"},
                          {"coder_report_task", "Report the status of a task"},
                          {"coder_list_templates", "List templates"}});

    SandboxProvider github{QStringLiteral("github"), QStringLiteral("GitHub"),
                           QStringLiteral("(.+_gist.*)"), QStringLiteral("(create_gist)"),
                           tools({{"create_gist", "Create a gist"},
                                  {"update_gist", "Update a gist"},
                                  {"list_gists", "List gists"},
                                  {"get_me", "The authenticated user"},
                                  {"search_repositories", "Search repositories"}})};
    SandboxProvider jira{QStringLiteral("jira"),
                         QStringLiteral("Jira"),
                         {},
                         {},
                         SandboxMcpServer::syntheticTools(QStringLiteral("jira_"), 12),
                         5};
    SandboxProvider notion{
        QStringLiteral("notion"),
        QStringLiteral("Notion"),
        {},
        QStringLiteral("^(?!search_).*"),
        tools({{"search_pages", "Search pages"}, {"create_page", "Create a page"}})};
    SandboxProvider slack{
        QStringLiteral("slack"),
        QStringLiteral("Slack"),
        {},
        {},
        tools({{"post_message", "Post a message"}, {"list_channels", "List channels"}})};
    slack.delayMs = 1200;
    SandboxProvider linear{QStringLiteral("linear"),
                           QStringLiteral("Linear"),
                           {},
                           {},
                           tools({{"create_issue", "Create an issue"}})};
    linear.rejectsTokens = true;
    SandboxProvider bigco{QStringLiteral("bigco"),
                          QStringLiteral("BigCo Platform"),
                          {},
                          {},
                          SandboxMcpServer::syntheticTools(QStringLiteral("bigco_op_"), 140),
                          50};
    s.providers = {github, jira, notion, slack, linear, bigco};

    const QString coder = QStringLiteral("coder");
    SandboxUser alice{
        person("11111111-0000-4000-8000-000000000001", "alice", "Alice Healthy"),
        QStringLiteral(
            "All good: Coder, GitHub (gist regexes) and Jira (paged tools) are injected."),
        false,
        false,
        {coder, QStringLiteral("github"), QStringLiteral("jira")},
        {}};
    SandboxUser bob{
        person("11111111-0000-4000-8000-000000000002", "bob", "Bob Unlinked"),
        QStringLiteral("Never linked Jira: coderd answers \"no external auth link found\"."),
        false,
        false,
        {coder, QStringLiteral("github"), QStringLiteral("jira")},
        {{QStringLiteral("jira"), QStringLiteral("no external auth link found")}}};
    SandboxUser carol{
        person("11111111-0000-4000-8000-000000000003", "carol", "Carol Delegated"),
        QStringLiteral("A delegated request (chat): no session key, so no Coder MCP server."),
        true,
        false,
        {coder, QStringLiteral("github")},
        {}};
    SandboxUser dave{
        person("11111111-0000-4000-8000-000000000004", "dave", "Dave Lookahead"),
        QStringLiteral(
            "Notion's deny regex uses look-ahead: RE2 rejects it and the server is dropped."),
        false,
        false,
        {coder, QStringLiteral("notion"), QStringLiteral("github")},
        {}};
    SandboxUser erin{
        person("11111111-0000-4000-8000-000000000005", "erin", "Erin Rejected"),
        QStringLiteral("Linear rejects her token (HTTP 401) and her Jira token expired."),
        false,
        false,
        {coder, QStringLiteral("linear"), QStringLiteral("jira")},
        {{QStringLiteral("jira"), QStringLiteral("expired or invalid OAuth2 token")}}};
    SandboxUser frank{person("11111111-0000-4000-8000-000000000006", "frank", "Frank Slow"),
                      QStringLiteral("Slack's MCP server takes over a second per request."),
                      false,
                      false,
                      {coder, QStringLiteral("slack")},
                      {}};
    SandboxUser grace{
        person("11111111-0000-4000-8000-000000000007", "grace", "Grace Overbudget"),
        QStringLiteral("BigCo lists 140 tools in pages: over the OpenAI API's 128-tool limit."),
        false,
        false,
        {coder, QStringLiteral("bigco")},
        {}};
    SandboxUser heidi{
        person("11111111-0000-4000-8000-000000000008", "heidi", "Heidi Nolinks", "suspended"),
        QStringLiteral(
            "No external-auth links at all: coderd answers with nothing (\"not linked\")."),
        false,
        true,
        {coder, QStringLiteral("github"), QStringLiteral("jira")},
        {}};
    s.users = {alice, bob, carol, dave, erin, frank, grace, heidi};
    return s;
}

const SandboxUser *SandboxScenario::user(const QString &nameOrId) const
{
    for (const SandboxUser &u : users) {
        if (u.user.username == nameOrId || u.user.id == nameOrId)
            return &u;
    }
    return nullptr;
}

const SandboxProvider *SandboxScenario::provider(const QString &id) const
{
    for (const SandboxProvider &p : providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString SandboxScenario::generatedUsername(int i)
{
    return QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
}

QString SandboxScenario::generatedUserId(int i)
{
    return QStringLiteral("00000000-0000-4000-a000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString SandboxScenario::generatedTokenError(int i, int position, bool *noLinks)
{
    *noLinks = i % 25 == 0;
    const int h = (7 * i + 13 * position) % 20;
    if (h < 14)
        return {};
    return h < 17 ? QStringLiteral("expired or invalid OAuth2 token")
                  : QStringLiteral("no external auth link found");
}

void SandboxScenario::addPopulation(int count, const QStringList &servers)
{
    users.reserve(users.size() + count);
    for (int i = 1; i <= count; ++i) {
        SandboxUser u;
        u.user.id = generatedUserId(i);
        u.user.username = generatedUsername(i);
        u.user.name = QStringLiteral("Generated User %1").arg(i);
        u.user.email = u.user.username + QStringLiteral("@sandbox.example");
        u.user.status = QStringLiteral("active");
        u.user.roles = {QStringLiteral("member")};
        u.story = QStringLiteral("Generated (docs/fleet.md).");
        u.servers = servers;
        int position = 0;
        for (const QString &id : servers) {
            if (id == QLatin1String("coder"))
                continue;
            bool noLinks = false;
            const QString error = generatedTokenError(i, position++, &noLinks);
            u.noLinks = noLinks;
            if (!error.isEmpty())
                u.tokenErrors.insert(id, error);
        }
        users << u;
    }
}
