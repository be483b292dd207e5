#pragma once

#include "CoderApiCall.h"
#include "source/Source.h"

#include <QPointer>

// coderd/aibridged's MCPConfigurator over its unitary-RPC-over-HTTP binding (DRPC's
// drpchttp): POST <base>/proto.MCPConfigurator/<Method> with the protobuf JSON of the
// request. Exact per-user configs, tokens and error strings.
class ConfiguratorSource : public Source
{
    Q_OBJECT
public:
    ConfiguratorSource(QNetworkAccessManager *network, const QUrl &baseUrl,
                       const Secret &sessionToken, QObject *parent = nullptr);

    void setOptions(const CoderApiCall::Options &options) { m_options = options; }
    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;

private:
    void call(const QString &method, const QJsonObject &request,
              std::function<void(const CoderApiResult &)> done);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_base;
    Secret m_token;
    CoderApiCall::Options m_options;
};
