// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoderApiCall.h"
#include "CoderUser.h"
#include "model/AiGatewayState.h"
#include "source/Source.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

// A stock Coder deployment over its REST API (codersdk, snake_case JSON), signed in
// with an Owner's session token. Configs come from the deployment config: every
// external_auth entry with an mcp_url, plus the Coder MCP server when the oauth2 and
// mcp-server-http experiments are on. Token status is visible only for the signed-in
// admin (GET /api/v2/external-auth shows the caller's links); for anyone else it is
// "unknown", unless the admin supplies a token for a live probe.
//
// Field names checked against codersdk (users.go User/Role, deployment.go
// DeploymentValues.ExternalAuthConfigs, externalauth.go ExternalAuthLink) and the
// site's generated types (ExternalAuthSettingsPage stories: external_auth.value[] with
// mcp_url, mcp_tool_allow_regex, mcp_tool_deny_regex).
class CoderRestSource : public Source
{
    Q_OBJECT
public:
    using UsersCallback = std::function<void(const CoderUserPage &page, const QString &error)>;

    CoderRestSource(QNetworkAccessManager *network, const QUrl &baseUrl, const Secret &sessionToken,
                    QObject *parent = nullptr);

    void setOptions(const CoderApiCall::Options &options) { m_options = options; }
    const QUrl &baseUrl() const { return m_base; }
    const Secret &sessionToken() const { return m_token; }

    // buildinfo + users/me; refuses a user who is not an Owner (they cannot read the
    // deployment config the resolution needs).
    void signIn();
    const CoderUser &signedInUser() const { return m_me; }
    const QString &deploymentVersion() const { return m_version; }
    // Read at sign-in: GET /api/v2/entitlements and the config's ai.bridge.enabled.
    const AiGatewayState &aiGatewayState() const { return m_aiGateway; }

    // A new search cancels the one still running, so a type-ahead shows only the
    // answer to the latest text.
    void searchUsers(const QString &text, int offset, int limit, UsersCallback done);

    // A token the admin typed for one user's server, for a live probe of that user only:
    // it is another user's OAuth token, never credited to anyone else (the fleet included).
    void supplyToken(const QString &userId, const QString &serverId, const Secret &token)
    {
        if (m_suppliedFor != userId)
            m_supplied.clear();
        m_suppliedFor = userId;
        m_supplied.insert(serverId, token);
    }
    void clearSuppliedTokens()
    {
        m_supplied.clear();
        m_suppliedFor.clear();
    }

    // POST /api/v2/ai-gateway/keys {"name"} with the Owner session: the answer's `key` is
    // the secret, shown once. Names: at most 64 of lowercase letters, digits and single
    // hyphens (gateway-serve.md).
    using KeyCallback = std::function<void(const Secret &key, const QString &error)>;
    void createGatewayKey(const QString &name, KeyCallback done);
    // "aibridge-inspector-<workstation>", so admins see who holds the key.
    static QString gatewayKeyName(const QString &hostName);
    // GET /api/v2/ai-gateway/keys (codersdk.AIGatewayKey, v2.35.1): the secret never.
    struct GatewayKeyInfo
    {
        QString id;
        QString name;
        QString prefix;
        QDateTime createdAt;
        QDateTime lastHeartbeatAt;
    };
    using KeysCallback = std::function<void(const QList<GatewayKeyInfo> &, const QString &error)>;
    void listGatewayKeys(KeysCallback done);
    // DELETE /api/v2/ai-gateway/keys/{id}
    void deleteGatewayKey(const QString &id, std::function<void(const QString &error)> done);
    // `base`, or base-2, base-3 … whichever no key has yet (coderd: "Key name must be
    // unique.").
    static QString freeKeyName(const QString &base, const QStringList &taken);

    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;

    // Parsing, public for tests and fuzzing: codersdk JSON -> configurator shapes.
    static ServerConfigsResponse configsFromDeployment(const QJsonObject &deploymentConfig,
                                                       const QJsonArray &experiments,
                                                       QString *note);
    static AccessTokensResponse tokensFromLinks(const QJsonObject &externalAuth,
                                                const QStringList &serverIds);

Q_SIGNALS:
    void signedIn(const CoderUser &me, const QString &version);
    void signInFailed(const QString &error);

private:
    QUrl api(const QString &path, const QUrlQuery &query = {}) const;
    void readAiGatewayState();
    void get(const QString &path, const QUrlQuery &query,
             std::function<void(const CoderApiResult &)> done);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_base;
    Secret m_token;
    CoderApiCall::Options m_options;
    CoderUser m_me;
    QString m_version;
    AiGatewayState m_aiGateway;
    QPointer<CoderApiCall> m_search;
    quint64 m_searchGeneration = 0;
    QHash<QString, Secret> m_supplied; // by server id, for m_suppliedFor only
    QString m_suppliedFor;
};
