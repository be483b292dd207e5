// SPDX-License-Identifier: Apache-2.0
#include "GatewaySource.h"

#include "gateway/aibridged.pb.h"

GatewaySource::GatewaySource(QNetworkAccessManager *network, const QUrl &deployment,
                             const Secret &key, QObject *parent)
    : Source(parent), m_connection(network, deployment, key), m_deployment(deployment)
{}

QByteArray GatewaySource::encodeConfigsRequest(const QString &userId)
{
    proto::GetMCPServerConfigsRequest request;
    request.set_user_id(userId.toStdString());
    const std::string bytes = request.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QByteArray GatewaySource::encodeTokensRequest(const QString &userId, const QStringList &serverIds)
{
    proto::GetMCPServerAccessTokensBatchRequest request;
    request.set_user_id(userId.toStdString());
    for (const QString &id : serverIds)
        request.add_mcp_server_config_ids(id.toStdString());
    const std::string bytes = request.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

static McpServerConfig fromProto(const proto::MCPServerConfig &c)
{
    return {QString::fromStdString(c.id()), QString::fromStdString(c.url()),
            QString::fromStdString(c.tool_allow_regex()),
            QString::fromStdString(c.tool_deny_regex())};
}

bool GatewaySource::decodeConfigs(const QByteArray &bytes, ServerConfigsResponse *out)
{
    proto::GetMCPServerConfigsResponse response;
    if (!response.ParseFromArray(bytes.constData(), int(bytes.size())))
        return false;
    // proto3 cannot carry a nil list entry; an unset coder_mcp_config is Go's nil.
    if (response.has_coder_mcp_config())
        out->coderMcpConfig = fromProto(response.coder_mcp_config());
    for (const proto::MCPServerConfig &c : response.external_auth_mcp_configs())
        out->externalAuthMcpConfigs << fromProto(c);
    return true;
}

bool GatewaySource::decodeTokens(const QByteArray &bytes, AccessTokensResponse *out)
{
    proto::GetMCPServerAccessTokensBatchResponse response;
    if (!response.ParseFromArray(bytes.constData(), int(bytes.size())))
        return false;
    for (const auto &[id, token] : response.access_tokens())
        out->accessTokens.insert(QString::fromStdString(id), Secret(QString::fromStdString(token)));
    for (const auto &[id, error] : response.errors())
        out->errors.insert(QString::fromStdString(id), QString::fromStdString(error));
    // The wire copy of the tokens goes with `response`; protobuf does not zero it, so
    // overwrite the strings we can reach.
    for (auto &entry : *response.mutable_access_tokens())
        std::fill(entry.second.begin(), entry.second.end(), '\0');
    return true;
}

void GatewaySource::fetchConfigs(const QString &userId, ConfigsCallback done)
{
    m_connection.call(
        QLatin1String(ConfigsRpc), encodeConfigsRequest(userId), CallTimeoutMs,
        [done](const DrpcCall::Result &r) {
            if (!r.ok()) {
                done({std::nullopt, r.error});
                return;
            }
            ServerConfigsResponse response;
            if (!decodeConfigs(r.response, &response)) {
                done({std::nullopt, tr("malformed GetMCPServerConfigsResponse (%1 bytes)")
                                        .arg(r.response.size())});
                return;
            }
            done({response, {}});
        });
}

void GatewaySource::fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                                      TokensCallback done)
{
    m_connection.call(
        QLatin1String(TokensRpc), encodeTokensRequest(userId, serverIds), CallTimeoutMs,
        [done](DrpcCall::Result r) {
            if (!r.ok()) {
                TokensResult failed{std::nullopt, r.error, {}};
                failed.transportFailed = r.status != DrpcCall::Result::Status::RemoteError;
                done(failed);
                return;
            }
            AccessTokensResponse response;
            const bool ok = decodeTokens(r.response, &response);
            r.response.fill('\0'); // the raw bytes held the tokens too
            if (!ok) {
                done({std::nullopt, tr("malformed GetMCPServerAccessTokensBatchResponse"), {}});
                return;
            }
            done({response, {}, {}});
        });
}

QString GatewaySource::displayName() const
{
    return tr("AI Gateway of %1 (exact per-user data)")
        .arg(m_deployment.toDisplayString(QUrl::RemoveUserInfo));
}

QString GatewaySource::limitations() const
{
    return tr("Exact per-user configs and token status from coderd's own check, as AI Bridge "
              "receives them. Users' tokens are held in memory only, for the live probe.");
}
