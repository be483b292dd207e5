// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GatewayConnection.h"
#include "source/Source.h"

// The exact per-user source: coderd's MCPConfigurator over the AI Gateway's DRPC
// (gateway-serve.md), asked exactly what the factory asks, with coderd's own token
// check. The batch call returns the users' real OAuth tokens: they stay Secret, in
// memory, for classifying and (when the admin asks) probing as AI Bridge would.
// Only MCPConfigurator is ever called: never Recorder nor ProviderConfigurator.
class GatewaySource : public Source
{
    Q_OBJECT
public:
    static constexpr auto ConfigsRpc = "/proto.MCPConfigurator/GetMCPServerConfigs";
    static constexpr auto TokensRpc = "/proto.MCPConfigurator/GetMCPServerAccessTokensBatch";
    static constexpr int CallTimeoutMs = 10000; // mcp.go wraps each call in 10 s

    GatewaySource(QNetworkAccessManager *network, const QUrl &deployment, const Secret &key,
                  QObject *parent = nullptr);

    GatewayConnection *connection() { return &m_connection; }
    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;

    // Protobuf <-> our shapes; public for tests and the fuzzer. False on bytes that
    // are not the message.
    static QByteArray encodeConfigsRequest(const QString &userId);
    static QByteArray encodeTokensRequest(const QString &userId, const QStringList &serverIds);
    static bool decodeConfigs(const QByteArray &bytes, ServerConfigsResponse *out);
    static bool decodeTokens(const QByteArray &bytes, AccessTokensResponse *out);

private:
    GatewayConnection m_connection;
    QUrl m_deployment;
};
