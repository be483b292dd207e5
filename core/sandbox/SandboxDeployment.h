// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SandboxMcpServer.h"
#include "SandboxScenario.h"
#include "secrets/Secret.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

// A local Coder deployment in-process, for newcomers and for the integration tests:
// QHttpServer on 127.0.0.1 (a free port) serving the REST subset this tool reads and
// coderd's AI Gateway endpoint (WebSocket + yamux + DRPC + protobuf, the same code the
// client runs, server side), plus one in-process MCP server per provider and one for
// the Coder MCP server. Every user's situation is a branch of the factory.
//
// Qt 6.4's QHttpServer upgrades every WebSocket request before any route sees it, so a
// wrong key or path is refused right after the upgrade (close code 1008 with coderd's
// text) rather than with coderd's 401/404; coderd-peer (tests/) answers those exactly.
//
// The Coder MCP server listens on its own port; the deployment config reports that
// origin as access_url, so <access_url>/api/experimental/mcp/http reaches it.
class SandboxDeployment : public QObject
{
    Q_OBJECT
public:
    explicit SandboxDeployment(SandboxScenario scenario = SandboxScenario::standard(),
                               QObject *parent = nullptr);
    ~SandboxDeployment() override;

    bool start(); // listens on free loopback ports; false with errorString() when it cannot
    const QString &errorString() const { return m_error; }
    QUrl url() const; // the REST API and the AI Gateway endpoint
    const Secret &adminToken() const { return m_adminToken; }
    const Secret &gatewayKey() const { return m_gatewayKey; }
    // coderd pings every 30 s and waits 10 s for the answer; tests shorten both.
    void setGatewayKeepAlive(int intervalMs, int timeoutMs)
    {
        m_pingIntervalMs = intervalMs;
        m_pingTimeoutMs = timeoutMs;
    }
    int gatewaySessions() const { return m_gatewaySessions; }
    // What /api/v2/buildinfo reports (an era B build unless a test says otherwise).
    void setBuildVersion(const QString &version) { m_version = version; }
    // features.aibridge of /api/v2/entitlements ("entitled", "not_entitled") and the config
    // switch; when not both, every AI Gateway route answers coderd's 403.
    void setAiGateway(const QString &entitlement, bool configEnabled)
    {
        m_entitlement = entitlement;
        m_bridgeEnabled = configEnabled;
    }
    const QStringList &gatewayKeyNames() const { return m_keyNames; } // created through the API
    const SandboxScenario &scenario() const { return m_scenario; }
    // The token the sandbox's coderd hands out for this user and provider.
    Secret accessToken(const QString &userId, const QString &providerId) const;
    QList<Secret> allTokens() const; // for leak tests
    SandboxMcpServer *mcpServer(const QString &providerId) const
    {
        return m_servers.value(providerId).get();
    }

private:
    bool authorized(const QHttpServerRequest &request) const;
    QHttpServerResponse unauthorized() const;
    QJsonObject deploymentConfig() const;
    void acceptGateway();
    QByteArray configsFor(const QString &userId) const;
    QByteArray tokensFor(const QString &userId, const QStringList &ids) const;
    QJsonObject externalAuthOfAdmin() const;
    QJsonObject interceptionsFor(const QString &nameOrId) const;
    bool hasSessionsApi() const;
    QJsonArray sessionsFor(const QString &nameOrId) const;
    QJsonObject sessionThreads(const QString &sessionId) const;
    void route();

    SandboxScenario m_scenario;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QHash<QString, std::shared_ptr<SandboxMcpServer>> m_servers; // "coder" and provider ids
    QHash<QString, Secret> m_tokens;                             // "<user id>/<provider id>"
    Secret m_adminToken;
    Secret m_gatewayKey;
    QStringList m_acceptedKeys; // the sandbox's own key and those created through the API
    QStringList m_keyNames;
    QMap<QString, QPair<QString, QString>> m_keys; // id -> name, secret
    int m_pingIntervalMs = 30000;
    int m_pingTimeoutMs = 10000;
    int m_gatewaySessions = 0;
    QString m_version = QStringLiteral("v2.36.4-sandbox");
    QString m_entitlement = QStringLiteral("entitled");
    bool m_bridgeEnabled = true;
    bool aiGatewayRefused() const
    {
        return m_entitlement == QLatin1String("not_entitled") || !m_bridgeEnabled;
    }
    std::optional<QHttpServerResponse> featureGate() const;
    std::optional<QHttpServerResponse> sessionsGate(const QHttpServerRequest &request) const;
    QString m_error;
};
