// SPDX-License-Identifier: Apache-2.0
#include "Resolver.h"

#include "secrets/TokenPolicy.h"

#include "source/Source.h"

using Level = TraceEntry::Level;
using Outcome = ResolvedServer::Outcome;
using Reason = ResolvedServer::Reason;
using TokenStatus = ResolvedServer::TokenStatus;

Resolver::Resolver(Source *source, QObject *parent) : QObject(parent), m_source(source)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // context.WithTimeout expired: the call fails with Go's ctx error text.
        const QString error = QStringLiteral("context deadline exceeded");
        if (m_stage == Stage::Configs)
            onConfigs({std::nullopt, error});
        else if (m_stage == Stage::Tokens)
            onTokens({std::nullopt, error, {}});
    });
}

void Resolver::resolve(const ResolveRequest &request)
{
    ++m_generation;
    m_deadline.stop();
    m_request = request;
    m_configs = {};
    m_proxies.clear();
    m_result = {};
    m_result.userId = request.userId;
    m_result.username = request.username;
    m_result.hasSessionKey = request.hasSessionKey;
    m_result.agentsChat = request.agentsChat;
    fetchConfigs();
}

void Resolver::startDeadline(Stage stage)
{
    m_stage = stage;
    m_deadline.start(m_callTimeout);
}

// Step 1: GetMCPServerConfigs{user_id}. A failure aborts the whole resolution.
void Resolver::fetchConfigs()
{
    trace(Level::Debug, QStringLiteral("fetchConfigs"), {},
          QStringLiteral("GetMCPServerConfigs{user_id: %1}").arg(m_request.userId), false);
    startDeadline(Stage::Configs);
    if (!m_source) {
        onConfigs({std::nullopt, QStringLiteral("no source")});
        return;
    }
    const quint64 generation = m_generation;
    QPointer<Resolver> self(this);
    m_source->fetchConfigs(m_request.userId, [self, generation](const ConfigsResult &result) {
        if (self && self->m_generation == generation && self->m_stage == Stage::Configs)
            self->onConfigs(result);
    });
}

void Resolver::onConfigs(const ConfigsResult &result)
{
    m_deadline.stop();
    if (!result.error.isEmpty()) {
        // Build wraps it: "resolve configs: get MCP server configs: %w".
        m_result.error =
            QStringLiteral("resolve configs: get MCP server configs: %1").arg(result.error);
        trace(Level::Error, QStringLiteral("fetchConfigs"), {}, m_result.error);
        finish();
        return;
    }
    // A nil response reads as empty through Go's nil-safe getters.
    m_configs = result.response.value_or(ServerConfigsResponse{});

    // Step 2: the Coder MCP server, if configured.
    if (m_configs.coderMcpConfig)
        addCoderServer(*m_configs.coderMcpConfig);

    // Step 3: nothing external to do.
    if (m_configs.externalAuthMcpConfigs.isEmpty()) {
        trace(Level::Debug, QStringLiteral("fetchConfigs"), {},
              QStringLiteral("no external auth MCP configs: done"), false);
        finish();
        return;
    }
    fetchTokens();
}

void Resolver::addCoderServer(const McpServerConfig &config)
{
    const QString step = QStringLiteral("addCoderServer");
    ResolvedServer server;
    server.kind = ResolvedServer::Kind::Coder;
    server.id = config.id;
    server.registeredId = QString::fromLatin1(InternalMcpServerId);
    server.url = config.url;
    server.allowRegex = config.toolAllowRegex;
    server.denyRegex = config.toolDenyRegex;
    server.tokenStatus = TokenStatus::NotNeeded; // authenticates with the session key

    if (!m_configs.coderEnabledUnknown.isEmpty()) {
        // Not the factory's decision: this source cannot see whether coderd hands it the
        // Coder config at all.
        server.outcome = Outcome::Unknown;
        server.detail = m_configs.coderEnabledUnknown;
        server.filter = RegexFilter(config.toolAllowRegex, config.toolDenyRegex);
        trace(Level::Warn, step, config.id, m_configs.coderEnabledUnknown, false);
        m_result.servers << server;
        return;
    }

    if (!m_request.hasSessionKey) {
        // Delegated callers hold only the API key id, not its secret.
        server.filter = RegexFilter(config.toolAllowRegex, config.toolDenyRegex);
        server.regexError = server.filter.compileError();
        server.outcome = Outcome::Dropped;
        server.reason = Reason::NoSessionKey;
        server.detail = tr("The request has no session key (a delegated caller such as chat), so "
                           "the Coder MCP server is skipped.");
        trace(
            Level::Debug, step, config.id,
            QStringLiteral("skipping Coder MCP server proxy: no session key (delegated request)"));
        m_result.servers << server;
        return;
    }

    if (m_request.agentsChat) {
        // The placeholder is no secret: it goes to the server as the chat's bridge sends it.
        server.bearerToken = Secret(QLatin1String(ResolveRequest::ChatPlaceholderKey));
        trace(Level::Info, step, config.id,
              tr("An Agents chat: chatd's placeholder key `coder-aibridge` is taken as the "
                 "session key, so the Coder MCP server is proxied with it; it answers 401 and "
                 "coderd logs \"failed to initialize MCP server proxier(s)\" "
                 "(coderd/x/chatd/model_routing_aibridge.go, coderd/aibridged/http.go)."),
              false);
    } else {
        attachSessionKey(server);
    }
    const BuildResult built = buildProxy(config, server);
    if (built.failure != Reason::None) {
        server.outcome = Outcome::Dropped;
        server.reason = built.failure;
        trace(Level::Warn, step, config.id,
              QStringLiteral("failed to create MCP server proxy: %1").arg(built.error));
        m_result.servers << server;
        return;
    }
    m_result.servers << server;
    registerProxy(server.registeredId, int(m_result.servers.size()) - 1);
    // A config id other than "coder" changes only the tools' ids (encoded with the config
    // id): calls work, since interception calls each tool through its own session
    // (aibridge/mcp/tool.go Tool.Call), not through the "coder" map entry.
}

// Step 4: one batch call for every external config id, in config order.
void Resolver::fetchTokens()
{
    QStringList serverIds;
    for (const auto &config : std::as_const(m_configs.externalAuthMcpConfigs))
        serverIds << (config ? config->id : QString());
    trace(Level::Debug, QStringLiteral("fetchTokens"), {},
          QStringLiteral("GetMCPServerAccessTokensBatch{user_id: %1, mcp_server_config_ids: [%2]}")
              .arg(m_request.userId, serverIds.join(QLatin1String(", "))),
          false);
    startDeadline(Stage::Tokens);
    if (!m_source) {
        onTokens({std::nullopt, QStringLiteral("no source"), {}});
        return;
    }
    const quint64 generation = m_generation;
    QPointer<Resolver> self(this);
    m_source->fetchAccessTokens(
        m_request.userId, serverIds, [self, generation](const TokensResult &result) {
            if (self && self->m_generation == generation && self->m_stage == Stage::Tokens)
                self->onTokens(result);
        });
}

void Resolver::onTokens(const TokensResult &result)
{
    m_deadline.stop();
    const QString step = QStringLiteral("fetchTokens");
    // coderd itself answered the batch (not a REST stand-in): its token check logged
    // what it found (coderd/aibridgedserver GetMCPServerAccessTokensBatch, v2.35.1).
    if (result.caveat.isEmpty() && result.unknownReason.isEmpty() && result.response) {
        for (auto it = result.response->errors.cbegin(); it != result.response->errors.cend();
             ++it) {
            if (it.value() == QLatin1String("expired or invalid OAuth2 token"))
                trace(Level::Warn, QStringLiteral("tokenCheck"), it.key(),
                      QStringLiteral("invalid/expired access token, cannot auto-configure MCP "
                                     "provider=%1 (coderd/aibridgedserver)")
                          .arg(it.key()));
            else if (it.value() == QLatin1String("no MCP config found"))
                trace(Level::Warn, QStringLiteral("tokenCheck"), it.key(),
                      QStringLiteral("no MCP server config found by given ID id=%1 "
                                     "(coderd/aibridgedserver)")
                          .arg(it.key()));
        }
    }
    if (!result.caveat.isEmpty()) {
        m_result.warnings << result.caveat;
        trace(Level::Info, step, {}, result.caveat, false);
    }

    if (!result.unknownReason.isEmpty()) {
        // Not a factory branch: this source cannot see the user's token status. What
        // it does know (errors, tokens the admin supplied) is decided as the factory
        // would; the rest is reported as unknown.
        trace(Level::Info, step, {}, result.unknownReason, false);
        const AccessTokensResponse known = result.response.value_or(AccessTokensResponse{});
        for (const auto &config : std::as_const(m_configs.externalAuthMcpConfigs)) {
            const QString id = config ? config->id : QString();
            if (known.errors.contains(id) || known.accessTokens.contains(id))
                addExternalServer(config, known);
            else
                addUnknownServer(config, result.unknownReason);
        }
        finish();
        return;
    }
    if (!result.error.isEmpty()) {
        // Logged, but not fatal: the factory goes on with what it has.
        trace(Level::Warn, step, {},
              QStringLiteral("failed to retrieve access token(s): %1").arg(result.error));
    }
    if (!result.response) {
        trace(Level::Warn, step, {},
              QStringLiteral("nil response given to mcp access tokens call"));
        skipExternalServers(
            TokenStatus::Unknown,
            result.error.isEmpty()
                ? tr("The token call returned nothing, so no external server is proxied.")
                : tr("The token call failed (%1), so no external server is proxied.")
                      .arg(result.error),
            nullptr);
        finish();
        return;
    }
    const AccessTokensResponse &response = *result.response;
    if (response.accessTokens.isEmpty()) {
        // The factory returns here without a log line, even when errors are present.
        trace(Level::Info, step, {},
              QStringLiteral(
                  "no access tokens in the response: every external MCP server is skipped"),
              false);
        skipExternalServers(TokenStatus::Missing,
                            response.errors.isEmpty()
                                ? tr("Not linked: the user has no external auth link with a token.")
                                : QString(),
                            &response);
        finish();
        return;
    }
    // Step 5: each external config, in order.
    for (const auto &config : std::as_const(m_configs.externalAuthMcpConfigs))
        addExternalServer(config, response);
    finish();
}

ResolvedServer Resolver::externalServer(const std::optional<McpServerConfig> &config) const
{
    ResolvedServer server;
    server.kind = ResolvedServer::Kind::External;
    if (config) {
        server.id = config->id;
        server.registeredId = config->id;
        server.url = config->url;
        server.allowRegex = config->toolAllowRegex;
        server.denyRegex = config->toolDenyRegex;
        server.filter = RegexFilter(config->toolAllowRegex, config->toolDenyRegex);
        server.regexError = server.filter.compileError();
    }
    return server;
}

void Resolver::addExternalServer(const std::optional<McpServerConfig> &config,
                                 const AccessTokensResponse &response)
{
    const QString step = QStringLiteral("addExternalServer");
    ResolvedServer server = externalServer(config);
    const QString id = server.id;

    // The errors map is consulted before the tokens map.
    if (response.errors.contains(id)) {
        markTokenError(server, response.errors.value(id));
        trace(Level::Debug, step, id,
              QStringLiteral("failed to get access token: %1").arg(server.tokenError));
        m_result.servers << server;
        return;
    }
    if (!response.accessTokens.contains(id)) {
        server.outcome = Outcome::Dropped;
        server.reason = Reason::NoToken;
        server.tokenStatus = TokenStatus::Missing;
        server.detail = tr("No access token for this server in coderd's answer.");
        trace(Level::Warn, step, id, QStringLiteral("no access token found"));
        m_result.servers << server;
        return;
    }
    server.tokenStatus = TokenStatus::Ok;
    server.bearerToken = response.accessTokens.value(id);
    if (server.bearerToken.isEmpty())
        server.tokenWithheld = tr("the user's OAuth token is not readable from this source (the "
                                  "REST API never returns it): probes go without it");
    const BuildResult built = buildProxy(config, server);
    if (built.failure != Reason::None) {
        server.outcome = Outcome::Dropped;
        server.reason = built.failure;
        trace(Level::Warn, step, id,
              QStringLiteral("failed to create MCP server proxy: %1").arg(built.error));
        m_result.servers << server;
        return;
    }
    m_result.servers << server;
    registerProxy(id, int(m_result.servers.size()) - 1);
}

void Resolver::markTokenError(ResolvedServer &server, const QString &error)
{
    server.outcome = Outcome::Dropped;
    server.reason = Reason::TokenError;
    server.tokenStatus = TokenStatus::Error;
    server.tokenError = error;
    server.detail = tr("Token error from coderd: %1").arg(error);
}

// Lists the external configs the factory never reached, so the admin sees each one
// with the reason it is missing. Not a step of the Go code: it only returns early.
void Resolver::skipExternalServers(TokenStatus status, const QString &detail,
                                   const AccessTokensResponse *response)
{
    for (const auto &config : std::as_const(m_configs.externalAuthMcpConfigs)) {
        ResolvedServer server = externalServer(config);
        server.outcome = Outcome::Dropped;
        server.reason = Reason::NoToken;
        server.tokenStatus = status;
        server.detail = detail;
        if (response && response->errors.contains(server.id))
            markTokenError(server, response->errors.value(server.id));
        trace(Level::Info, QStringLiteral("addExternalServer"), server.id,
              QStringLiteral("not proxied: %1")
                  .arg(server.detail.isEmpty() ? ResolvedServer::reasonName(server.reason)
                                               : server.detail),
              false);
        m_result.servers << server;
    }
}

void Resolver::addUnknownServer(const std::optional<McpServerConfig> &config, const QString &why)
{
    ResolvedServer server = externalServer(config);
    server.tokenStatus = TokenStatus::Unknown;
    server.tokenError = why;
    if (!server.filter.isValid()) {
        // Whatever the token status, this config can never be proxied.
        server.outcome = Outcome::Dropped;
        server.reason = Reason::RegexCompile;
        server.detail = tr("A tool regex does not compile: %1").arg(server.regexError);
    } else {
        server.outcome = Outcome::Unknown;
        server.detail =
            tr("Proxied if the user has a valid link to this external auth app; the token "
               "status is not visible from this source.");
    }
    trace(
        Level::Info, QStringLiteral("addExternalServer"), server.id,
        QStringLiteral("token status unknown: %1").arg(ResolvedServer::outcomeName(server.outcome)),
        false);
    m_result.servers << server;
}

// newStreamableHTTPServerProxy: nil config, then allow, then deny regex.
Resolver::BuildResult Resolver::buildProxy(const std::optional<McpServerConfig> &config,
                                           ResolvedServer &server)
{
    if (!config) {
        server.detail = tr("The config entry is empty (nil).");
        return {Reason::EmptyConfig, QStringLiteral("empty config given")};
    }
    server.filter = RegexFilter(config->toolAllowRegex, config->toolDenyRegex);
    server.regexError = server.filter.compileError();
    if (!server.filter.isValid()) {
        server.detail = tr("A tool regex does not compile: %1").arg(server.regexError);
        // The server logs only ErrCompileRegex; RE2's message is our addition.
        trace(Level::Info, QStringLiteral("buildProxy"), config->id,
              QStringLiteral("RE2: %1").arg(server.regexError), false);
        return {Reason::RegexCompile, QStringLiteral("compile tool regex")};
    }
    return {};
}

void Resolver::registerProxy(const QString &key, int serverIndex)
{
    const QString step = QStringLiteral("registerProxy");
    if (m_proxies.contains(key)) {
        // proxiers[key] = proxy: the earlier entry is silently overwritten.
        ResolvedServer &previous = m_result.servers[m_proxies.value(key)];
        previous.outcome = Outcome::Dropped;
        previous.reason = Reason::Replaced;
        previous.detail =
            tr("Replaced by a later config registered under the same id `%1`.").arg(key);
        const QString warning =
            tr("Two MCP servers are registered under the id `%1`: the later one replaces the "
               "earlier (%2 server at %3).")
                .arg(key, ResolvedServer::kindName(previous.kind), previous.url);
        m_result.warnings << warning;
        trace(Level::Warn, step, key, warning, false);
    }
    m_proxies.insert(key, serverIndex);
    m_result.servers[serverIndex].outcome = Outcome::Proxied;
    m_result.servers[serverIndex].reason = Reason::None;
    m_result.servers[serverIndex].detail = tr("Proxied.");
    trace(Level::Debug, step, key, QStringLiteral("proxy registered under id `%1`").arg(key),
          false);
}

void Resolver::finish()
{
    m_stage = Stage::Idle;
    // coderd keeps its external-auth configs in a Go map (coderd/aibridgedserver
    // GetMCPServerConfigs ranges over it), so their order changes from run to run and
    // means nothing: show the Coder MCP server first, then the rest by id.
    std::stable_sort(m_result.servers.begin(), m_result.servers.end(),
                     [](const ResolvedServer &a, const ResolvedServer &b) {
                         if (a.kind != b.kind)
                             return a.kind == ResolvedServer::Kind::Coder;
                         return a.id < b.id;
                     });
    m_proxies.clear(); // indices into the list before it was sorted
    int proxied = 0;
    for (const ResolvedServer &server : std::as_const(m_result.servers))
        proxied += server.outcome == Outcome::Proxied;
    if (!m_result.failed()) {
        trace(Level::Info, QStringLiteral("finish"), {},
              QStringLiteral("%1 of %2 MCP server(s) proxied")
                  .arg(proxied)
                  .arg(m_result.servers.size()),
              false);
    }
    Q_EMIT resolved(m_result);
}

void Resolver::trace(Level level, const QString &step, const QString &serverId,
                     const QString &message, bool serverLogs)
{
    m_result.trace << TraceEntry{level, step, serverId, message, serverLogs};
}

void Resolver::attachSessionKey(ResolvedServer &server)
{
    // Not a factory decision: the inspector's own rule for where the admin's token may
    // go. AI Bridge sends the user's session key to whatever URL coderd configured; we
    // send the admin's only to the deployment's origin (or one the admin trusts).
    if (m_request.sessionKey.isEmpty())
        return;
    QString refusal;
    if (m_request.deploymentUrl.isValid())
        refusal = TokenPolicy::sessionTokenRefusal(QUrl(server.url), m_request.deploymentUrl,
                                                   m_request.trustedOrigins);
    if (refusal.isEmpty()) {
        server.bearerToken = m_request.sessionKey;
        return;
    }
    server.tokenWithheld = refusal;
    trace(Level::Warn, QStringLiteral("addCoderServer"), server.id, refusal, false);
}
