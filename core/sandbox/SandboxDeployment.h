#pragma once

#include "SandboxMcpServer.h"
#include "SandboxScenario.h"
#include "secrets/Secret.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

// A local Coder deployment in-process, for newcomers and for the integration tests:
// QHttpServer on 127.0.0.1 (a free port) serving the REST subset this tool reads and
// the MCPConfigurator's JSON binding, plus one in-process MCP server per provider and
// one for the Coder MCP server. Every user's situation is a branch of the factory.
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
    QUrl url() const; // the REST API and the configurator endpoint
    const Secret &adminToken() const { return m_adminToken; }
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
    QJsonObject configsFor(const SandboxUser &user) const;
    QJsonObject tokensFor(const SandboxUser &user, const QStringList &ids) const;
    QJsonObject externalAuthOfAdmin() const;
    void route();

    SandboxScenario m_scenario;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QHash<QString, std::shared_ptr<SandboxMcpServer>> m_servers; // "coder" and provider ids
    QHash<QString, Secret> m_tokens;                             // "<user id>/<provider id>"
    Secret m_adminToken;
    QString m_error;
};
