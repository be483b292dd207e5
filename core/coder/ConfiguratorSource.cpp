#include "ConfiguratorSource.h"

#include "json/ProtoJson.h"

#include <QJsonArray>

ConfiguratorSource::ConfiguratorSource(QNetworkAccessManager *network, const QUrl &baseUrl,
                                       const Secret &sessionToken, QObject *parent)
    : Source(parent), m_network(network), m_base(baseUrl), m_token(sessionToken)
{}

void ConfiguratorSource::call(const QString &method, const QJsonObject &request,
                              std::function<void(const CoderApiResult &)> done)
{
    QUrl url = m_base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/proto.MCPConfigurator/") + method);
    CoderApiCall::run(m_network, "POST", url, m_token,
                      QJsonDocument(request).toJson(QJsonDocument::Compact), m_options, this,
                      std::move(done));
}

void ConfiguratorSource::fetchConfigs(const QString &userId, ConfigsCallback done)
{
    call(QStringLiteral("GetMCPServerConfigs"), {{QStringLiteral("userId"), userId}},
         [done](const CoderApiResult &r) {
             if (!r.ok()) {
                 done({std::nullopt, r.message});
                 return;
             }
             JsonReader reader;
             const ServerConfigsResponse response =
                 ProtoJson::readConfigsResponse(reader, r.json.object(), {});
             if (!reader.ok()) {
                 done({std::nullopt,
                       tr("malformed GetMCPServerConfigsResponse: %1").arg(reader.error())});
                 return;
             }
             done({response, {}});
         });
}

void ConfiguratorSource::fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                                           TokensCallback done)
{
    const QJsonObject request{
        {QStringLiteral("userId"), userId},
        {QStringLiteral("mcpServerConfigIds"), QJsonArray::fromStringList(serverIds)}};
    call(QStringLiteral("GetMCPServerAccessTokensBatch"), request, [done](const CoderApiResult &r) {
        if (!r.ok()) {
            done({std::nullopt, r.message, {}});
            return;
        }
        JsonReader reader;
        const AccessTokensResponse response =
            ProtoJson::readTokensResponse(reader, r.json.object(), {});
        if (!reader.ok()) {
            done({std::nullopt,
                  tr("malformed GetMCPServerAccessTokensBatchResponse: %1").arg(reader.error()),
                  {}});
            return;
        }
        done({response, {}, {}});
    });
}

QString ConfiguratorSource::displayName() const
{
    return tr("Configurator endpoint %1").arg(m_base.toDisplayString(QUrl::RemoveUserInfo));
}

QString ConfiguratorSource::limitations() const
{
    return tr("Exact per-user configs and token status, as AI Bridge sees them.");
}
