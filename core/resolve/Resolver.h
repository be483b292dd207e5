// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AccessTokensResponse.h"
#include "model/ServerConfigsResponse.h"
#include "Resolution.h"
#include "secrets/Secret.h"

#include <chrono>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class Source;

struct ResolveRequest
{
    QString userId;
    QString username;
    // A delegated caller that sends no key gets no Coder MCP server (mcp.go). At v2.35.1 no
    // caller does: Coder Agents chats send a placeholder (see agentsChat).
    bool hasSessionKey = true;
    Secret sessionKey; // bearer for the Coder MCP server when probing
    // The session key goes only to this origin, or to one the admin trusts.
    QUrl deploymentUrl;
    QList<QUrl> trustedOrigins;
    // A Coder Agents chat: chatd sends `Authorization: Bearer coder-aibridge`
    // (coderd/x/chatd/model_routing_aibridge.go aibridgePlaceholderAPIKey), which aibridged
    // passes on as the session key (coderd/aibridged/http.go ServeHTTP), so the Coder MCP
    // server is proxied with it and refuses it.
    bool agentsChat = false;
    static constexpr auto ChatPlaceholderKey = "coder-aibridge";
};

// Mirrors coderd/aibridged/mcp.go MCPProxyFactory.Build decision by decision, in the
// same order, each step appending to the trace what the Go code logs (and what it
// does not: the RE2 error, replaced map entries). Read it beside mcp.go.
//
// Ownership: the source is not owned and must outlive the resolver. A new resolve()
// abandons the previous one; late answers from the source are ignored.
class Resolver : public QObject
{
    Q_OBJECT
public:
    static constexpr auto InternalMcpServerId = "coder"; // aibridged.InternalMCPServerID

    explicit Resolver(Source *source, QObject *parent = nullptr);

    // Go wraps each configurator call in a 10 s context.WithTimeout.
    void setCallTimeout(std::chrono::milliseconds timeout) { m_callTimeout = timeout; }
    void resolve(const ResolveRequest &request);
    bool isRunning() const { return m_stage != Stage::Idle; }

Q_SIGNALS:
    void resolved(const Resolution &resolution);

private:
    enum class Stage { Idle, Configs, Tokens };
    struct BuildResult
    {
        ResolvedServer::Reason failure = ResolvedServer::Reason::None;
        QString error; // Go's error text
    };

    void fetchConfigs();
    void onConfigs(const ConfigsResult &result);
    void addCoderServer(const McpServerConfig &config);
    void fetchTokens();
    void onTokens(const TokensResult &result);
    void addExternalServer(const std::optional<McpServerConfig> &config,
                           const AccessTokensResponse &response);
    void addUnknownServer(const std::optional<McpServerConfig> &config, const QString &why);
    void skipExternalServers(ResolvedServer::TokenStatus status, const QString &detail,
                             const AccessTokensResponse *response);
    static void markTokenError(ResolvedServer &server, const QString &error);
    void attachSessionKey(ResolvedServer &server);
    BuildResult buildProxy(const std::optional<McpServerConfig> &config, ResolvedServer &server);
    void registerProxy(const QString &key, int serverIndex);
    void finish();

    ResolvedServer externalServer(const std::optional<McpServerConfig> &config) const;
    void trace(TraceEntry::Level level, const QString &step, const QString &serverId,
               const QString &message, bool serverLogs = true);
    void startDeadline(Stage stage);

    QPointer<Source> m_source;
    std::chrono::milliseconds m_callTimeout{10000};
    QTimer m_deadline;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0;
    ResolveRequest m_request;
    ServerConfigsResponse m_configs;
    Resolution m_result;
    QMap<QString, int> m_proxies; // the factory's map: registered id -> index in servers
};
