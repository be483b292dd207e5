// SPDX-License-Identifier: Apache-2.0
#include "CoderRestSource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

CoderRestSource::CoderRestSource(QNetworkAccessManager *network, const QUrl &baseUrl,
                                 const Secret &sessionToken, QObject *parent)
    : Source(parent), m_network(network), m_base(baseUrl), m_token(sessionToken)
{}

QUrl CoderRestSource::api(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

void CoderRestSource::get(const QString &path, const QUrlQuery &query,
                          std::function<void(const CoderApiResult &)> done)
{
    CoderApiCall::run(m_network, "GET", api(path, query), m_token, {}, m_options, this,
                      std::move(done));
}

void CoderRestSource::signIn()
{
    get(QStringLiteral("/api/v2/buildinfo"), {}, [this](const CoderApiResult &info) {
        if (!info.ok()) {
            Q_EMIT signInFailed(tr("%1 is not a reachable Coder deployment: %2")
                                    .arg(m_base.toDisplayString(), info.message));
            return;
        }
        m_version = info.json.object().value(QLatin1String("version")).toString();
        get(QStringLiteral("/api/v2/users/me"), {}, [this](const CoderApiResult &me) {
            if (!me.ok()) {
                Q_EMIT signInFailed(me.message);
                return;
            }
            m_me = CoderUser::fromJson(me.json.object());
            if (m_me.id.isEmpty()) {
                Q_EMIT signInFailed(tr("users/me did not describe a user"));
                return;
            }
            if (!m_me.isOwner()) {
                Q_EMIT signInFailed(
                    tr("%1 is not an Owner of this deployment: reading the deployment config "
                       "(external auth, experiments) needs the Owner role")
                        .arg(m_me.username));
                return;
            }
            readAiGatewayState();
        });
    });
}

void CoderRestSource::readAiGatewayState()
{
    // Who may use AI Bridge here: the entitlement, and the config switch beside it.
    get(QStringLiteral("/api/v2/deployment/config"), {}, [this](const CoderApiResult &config) {
        std::optional<bool> enabled;
        const QJsonValue value = config.json.object()
                                     .value(QLatin1String("config"))
                                     .toObject()
                                     .value(QLatin1String("ai"))
                                     .toObject()
                                     .value(QLatin1String("bridge"))
                                     .toObject()
                                     .value(QLatin1String("enabled"));
        if (config.ok() && value.isBool())
            enabled = value.toBool();
        get(QStringLiteral("/api/v2/entitlements"), {},
            [this, enabled](const CoderApiResult &entitlements) {
                m_aiGateway = AiGatewayState::fromEntitlements(
                    entitlements.ok() ? 200 : entitlements.httpStatus, entitlements.json.object(),
                    enabled, entitlements.message);
                Q_EMIT signedIn(m_me, m_version);
            });
    });
}

QString CoderRestSource::gatewayKeyName(const QString &hostName)
{
    QString name = QStringLiteral("aibridge-inspector-") + hostName.toLower();
    for (QChar &c : name)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            c = QLatin1Char('-');
    while (name.contains(QLatin1String("--")))
        name.replace(QLatin1String("--"), QLatin1String("-"));
    name = name.left(64);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

void CoderRestSource::createGatewayKey(const QString &name, KeyCallback done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
    CoderApiCall::run(m_network, "POST", api(QStringLiteral("/api/v2/ai-gateway/keys")), m_token,
                      body, m_options, this, [done](const CoderApiResult &r) {
                          if (!r.ok()) {
                              done({}, tr("creating an AI Gateway key: %1").arg(r.message));
                              return;
                          }
                          const QString key =
                              r.json.object().value(QLatin1String("key")).toString();
                          if (key.isEmpty()) {
                              done({}, tr("creating an AI Gateway key: the answer has no key"));
                              return;
                          }
                          done(Secret(key), {});
                      });
}

void CoderRestSource::listGatewayKeys(KeysCallback done)
{
    get(QStringLiteral("/api/v2/ai-gateway/keys"), {}, [done](const CoderApiResult &r) {
        if (!r.ok()) {
            done({}, tr("listing AI Gateway keys: %1").arg(r.message));
            return;
        }
        QList<GatewayKeyInfo> keys;
        for (const QJsonValue &v : r.json.array()) {
            const QJsonObject o = v.toObject();
            keys << GatewayKeyInfo{
                o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                o.value(QLatin1String("key_prefix")).toString(),
                QDateTime::fromString(o.value(QLatin1String("created_at")).toString(),
                                      Qt::ISODateWithMs),
                QDateTime::fromString(o.value(QLatin1String("last_heartbeat_at")).toString(),
                                      Qt::ISODateWithMs)};
        }
        done(keys, {});
    });
}

void CoderRestSource::deleteGatewayKey(const QString &id, std::function<void(const QString &)> done)
{
    CoderApiCall::run(
        m_network, "DELETE",
        api(QStringLiteral("/api/v2/ai-gateway/keys/") +
            QString::fromLatin1(QUrl::toPercentEncoding(id))),
        m_token, {}, m_options, this, [done](const CoderApiResult &r) {
            // 204 No Content: not JSON, and still a success.
            const bool ok = r.ok() || (r.error == CoderApiResult::Error::InvalidJson &&
                                       r.httpStatus >= 200 && r.httpStatus < 300);
            done(ok ? QString() : tr("deleting the AI Gateway key: %1").arg(r.message));
        });
}

QString CoderRestSource::freeKeyName(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        const QString name = base.left(64 - int(suffix.size())) + suffix;
        if (!taken.contains(name))
            return name;
    }
}

void CoderRestSource::searchUsers(const QString &text, int offset, int limit, UsersCallback done)
{
    const quint64 generation = ++m_searchGeneration;
    if (m_search)
        m_search->abort(); // its answer is dropped below
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    m_search = CoderApiCall::run(
        m_network, "GET", api(QStringLiteral("/api/v2/users"), query), m_token, {}, m_options, this,
        [this, generation, done](const CoderApiResult &r) {
            if (generation != m_searchGeneration)
                return; // superseded by a newer search
            if (!r.ok()) {
                done({}, r.message);
                return;
            }
            const QJsonObject root = r.json.object();
            if (!root.value(QLatin1String("users")).isArray()) {
                done({}, tr("users: the answer has no users array"));
                return;
            }
            CoderUserPage page;
            for (const QJsonValue &u : root.value(QLatin1String("users")).toArray())
                page.users << CoderUser::fromJson(u.toObject());
            page.count = root.value(QLatin1String("count")).toInt(int(page.users.size()));
            done(page, {});
        });
}

ServerConfigsResponse CoderRestSource::configsFromDeployment(const QJsonObject &deploymentConfig,
                                                             const QJsonArray &experiments,
                                                             QString *note)
{
    ServerConfigsResponse response;
    const QJsonObject config = deploymentConfig.value(QLatin1String("config")).toObject();

    // access_url: a string in current versions; older ones serialised a URL struct.
    QString accessUrl;
    const QJsonValue access = config.value(QLatin1String("access_url"));
    if (access.isString()) {
        accessUrl = access.toString();
    } else if (access.isObject()) {
        const QJsonObject u = access.toObject();
        accessUrl = QStringLiteral("%1://%2%3")
                        .arg(u.value(QLatin1String("Scheme")).toString(),
                             u.value(QLatin1String("Host")).toString(),
                             u.value(QLatin1String("Path")).toString());
    }
    QStringList enabled;
    for (const QJsonValue &e : experiments)
        enabled << e.toString();
    const QJsonValue inject = config.value(QLatin1String("ai"))
                                  .toObject()
                                  .value(QLatin1String("bridge"))
                                  .toObject()
                                  .value(QLatin1String("inject_coder_mcp_tools"));
    const bool experimentsOn = enabled.contains(QStringLiteral("oauth2")) &&
                               enabled.contains(QStringLiteral("mcp-server-http"));
    if (!experimentsOn) {
        *note = QObject::tr("No Coder MCP server: the experiments oauth2 and mcp-server-http are "
                            "not both enabled.");
    } else if (inject.isBool() && !inject.toBool()) {
        *note = QObject::tr("No Coder MCP server: inject_coder_mcp_tools is off.");
    } else if (!accessUrl.isEmpty()) {
        McpServerConfig coder;
        coder.id = QStringLiteral("coder");
        coder.url = accessUrl.endsWith(QLatin1Char('/')) ? accessUrl.chopped(1) : accessUrl;
        coder.url += QStringLiteral("/api/experimental/mcp/http");
        response.coderMcpConfig = coder;
        if (!inject.isBool()) {
            // Off by default since v2.29.0 (coder/coder #20713): unseen is not "on".
            *note = QObject::tr("inject_coder_mcp_tools is not visible in this deployment's "
                                "config (it defaults to off since v2.29): whether the Coder MCP "
                                "server is injected is unknown.");
            response.coderEnabledUnknown = *note;
        }
    }

    // external_auth is wrapped in {"value": [...]}; accept a bare array too.
    QJsonValue external = config.value(QLatin1String("external_auth"));
    if (external.isObject())
        external = external.toObject().value(QLatin1String("value"));
    for (const QJsonValue &value : external.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString mcpUrl = entry.value(QLatin1String("mcp_url")).toString();
        if (mcpUrl.isEmpty())
            continue;
        McpServerConfig server;
        server.id = entry.value(QLatin1String("id")).toString();
        server.url = mcpUrl;
        server.toolAllowRegex = entry.value(QLatin1String("mcp_tool_allow_regex")).toString();
        server.toolDenyRegex = entry.value(QLatin1String("mcp_tool_deny_regex")).toString();
        response.externalAuthMcpConfigs << server;
    }
    return response;
}

void CoderRestSource::fetchConfigs(const QString &, ConfigsCallback done)
{
    get(QStringLiteral("/api/v2/deployment/config"), {},
        [this, done](const CoderApiResult &config) {
            if (!config.ok()) {
                done({std::nullopt, tr("deployment config: %1").arg(config.message)});
                return;
            }
            get(QStringLiteral("/api/v2/experiments"), {},
                [done, config](const CoderApiResult &experiments) {
                    if (!experiments.ok()) {
                        done({std::nullopt, tr("experiments: %1").arg(experiments.message)});
                        return;
                    }
                    QString note;
                    done({configsFromDeployment(config.json.object(), experiments.json.array(),
                                                &note),
                          {}});
                });
        });
}

AccessTokensResponse CoderRestSource::tokensFromLinks(const QJsonObject &externalAuth,
                                                      const QStringList &serverIds)
{
    AccessTokensResponse response;
    const QJsonArray links = externalAuth.value(QLatin1String("links")).toArray();
    if (links.isEmpty())
        return response; // coderd answers a user without links with nothing at all
    QHash<QString, QJsonObject> byProvider;
    for (const QJsonValue &link : links)
        byProvider.insert(link.toObject().value(QLatin1String("provider_id")).toString(),
                          link.toObject());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : serverIds) {
        if (!byProvider.contains(id)) {
            response.errors.insert(id, QStringLiteral("no external auth link found"));
            continue;
        }
        const QJsonObject link = byProvider.value(id);
        const QDateTime expires = QDateTime::fromString(
            link.value(QLatin1String("expires")).toString(), Qt::ISODateWithMs);
        // coderd does not refresh on this path: past its expiry a token is invalid.
        const bool expired = expires.isValid() && expires.date().year() > 1 && expires < now;
        if (!link.value(QLatin1String("authenticated")).toBool() || expired ||
            !link.value(QLatin1String("validate_error")).toString().isEmpty()) {
            response.errors.insert(id, QStringLiteral("expired or invalid OAuth2 token"));
            continue;
        }
        // Linked and valid; the token itself is never shown by the API.
        response.accessTokens.insert(id, Secret());
    }
    return response;
}

void CoderRestSource::fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                                        TokensCallback done)
{
    const auto withSupplied = [this, userId](AccessTokensResponse response,
                                             const QStringList &ids) {
        if (userId != m_suppliedFor || userId.isEmpty())
            return response;
        for (const QString &id : ids) {
            if (m_supplied.contains(id)) {
                response.errors.remove(id);
                response.accessTokens.insert(id, m_supplied.value(id));
            }
        }
        return response;
    };
    if (userId != m_me.id || m_me.id.isEmpty()) {
        TokensResult result;
        result.response = withSupplied({}, serverIds);
        result.unknownReason =
            tr("Another user's external-auth links are not visible through the REST API "
               "(only the signed-in admin's are). Use the configurator endpoint, or supply "
               "a token for a live probe.");
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    get(QStringLiteral("/api/v2/external-auth"), {},
        [done, serverIds, withSupplied](const CoderApiResult &r) {
            if (!r.ok()) {
                done({std::nullopt, tr("external-auth: %1").arg(r.message), {}});
                return;
            }
            // coderd/externalauth: GET /api/v2/external-auth refreshes the caller's tokens
            // as it lists them; GetMCPServerAccessTokensBatch never refreshes.
            done({withSupplied(tokensFromLinks(r.json.object(), serverIds), serverIds),
                  {},
                  {},
                  tr("Token status read over REST: that endpoint refreshes tokens as it lists "
                     "them, AI Bridge never does — a token shown \"ok\" here may be \"expired or "
                     "invalid OAuth2 token\" to AI Bridge. An AI Gateway key gives coderd's "
                     "exact answer.")});
        });
}

QString CoderRestSource::displayName() const
{
    return tr("Coder deployment %1 (REST API)").arg(m_base.toDisplayString(QUrl::RemoveUserInfo));
}

QString CoderRestSource::limitations() const
{
    return tr("Token status is visible only for the signed-in admin; other users' servers show "
              "\"unknown\". "
              "Configs are deployment-wide.");
}
