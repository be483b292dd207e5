#include "SandboxDeployment.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace {
QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QHttpServerResponse
json(const QJsonObject &object,
     QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(object, status);
}

QHttpServerResponse coderError(QHttpServerResponse::StatusCode status, const QString &message,
                               const QString &detail = {})
{
    QJsonObject body{{QStringLiteral("message"), message}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return json(body, status);
}
} // namespace

SandboxDeployment::SandboxDeployment(SandboxScenario scenario, QObject *parent)
    : QObject(parent), m_scenario(std::move(scenario)), m_http(std::make_unique<QHttpServer>())
{
    m_adminToken = Secret(QStringLiteral("sbx-admin-") + randomHex(12));
    for (const SandboxUser &u : std::as_const(m_scenario.users))
        for (const SandboxProvider &p : std::as_const(m_scenario.providers))
            m_tokens.insert(
                u.user.id + QLatin1Char('/') + p.id,
                Secret(QStringLiteral("sbx_%1_%2_%3").arg(u.user.username, p.id, randomHex(8))));
    for (const SandboxProvider &p : std::as_const(m_scenario.providers))
        m_tokens.insert(m_scenario.admin.id + QLatin1Char('/') + p.id,
                        Secret(QStringLiteral("sbx_admin_%1_%2").arg(p.id, randomHex(8))));
}

SandboxDeployment::~SandboxDeployment() = default;

Secret SandboxDeployment::accessToken(const QString &userId, const QString &providerId) const
{
    return m_tokens.value(userId + QLatin1Char('/') + providerId);
}

QList<Secret> SandboxDeployment::allTokens() const
{
    QList<Secret> all = m_tokens.values();
    all << m_adminToken;
    return all;
}

QUrl SandboxDeployment::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool SandboxDeployment::start()
{
    // The Coder MCP server authenticates with the session key: the admin's token
    // stands in for it when the inspector probes.
    SandboxMcpServer::Options coder;
    coder.name = QStringLiteral("coder-mcp-sandbox");
    coder.tools = m_scenario.coderTools;
    coder.acceptedTokens << m_adminToken.reveal();
    m_servers.insert(QStringLiteral("coder"), std::make_shared<SandboxMcpServer>(coder));

    for (const SandboxProvider &p : std::as_const(m_scenario.providers)) {
        SandboxMcpServer::Options options;
        options.name = p.id + QStringLiteral("-mcp-sandbox");
        options.tools = p.tools;
        options.pageSize = p.pageSize;
        options.delayMs = p.delayMs;
        if (p.rejectsTokens) {
            options.requiredToken = QStringLiteral("only-a-token-nobody-has-") + randomHex(8);
        } else {
            for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
                if (it.key().endsWith(QLatin1Char('/') + p.id))
                    options.acceptedTokens << it.value().reveal();
        }
        m_servers.insert(p.id, std::make_shared<SandboxMcpServer>(options));
    }
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (!it.value()->listen()) {
            m_error = tr("the sandbox's %1 MCP server cannot listen on 127.0.0.1").arg(it.key());
            return false;
        }
    }
    route();
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        m_error = tr("the sandbox deployment cannot listen on 127.0.0.1");
        return false;
    }
    return true;
}

bool SandboxDeployment::authorized(const QHttpServerRequest &request) const
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Coder-Session-Token", Qt::CaseInsensitive) == 0)
            return value == m_adminToken.reveal().toUtf8();
    }
    return false;
}

QHttpServerResponse SandboxDeployment::unauthorized() const
{
    return coderError(QHttpServerResponse::StatusCode::Unauthorized,
                      QStringLiteral("You must be logged in to use this endpoint."),
                      QStringLiteral("Invalid session token."));
}

QJsonObject SandboxDeployment::deploymentConfig() const
{
    QJsonArray external;
    for (const SandboxProvider &p : std::as_const(m_scenario.providers)) {
        external << QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("type"), p.id},
            {QStringLiteral("display_name"), p.displayName},
            {QStringLiteral("client_id"), QStringLiteral("sandbox-client-") + p.id},
            {QStringLiteral("mcp_url"), m_servers.value(p.id)->url().toString()},
            {QStringLiteral("mcp_tool_allow_regex"), p.allowRegex},
            {QStringLiteral("mcp_tool_deny_regex"), p.denyRegex}};
    }
    QUrl access = m_servers.value(QStringLiteral("coder"))->url();
    access.setPath({});
    const QJsonObject config{
        {QStringLiteral("access_url"), access.toString()},
        {QStringLiteral("experiments"),
         QJsonArray{QStringLiteral("oauth2"), QStringLiteral("mcp-server-http")}},
        {QStringLiteral("external_auth"), QJsonObject{{QStringLiteral("value"), external}}},
        {QStringLiteral("ai"),
         QJsonObject{{QStringLiteral("bridge"),
                      QJsonObject{{QStringLiteral("inject_coder_mcp_tools"), true}}}}}};
    return {{QStringLiteral("config"), config}, {QStringLiteral("options"), QJsonArray()}};
}

QJsonObject SandboxDeployment::configsFor(const SandboxUser &user) const
{
    QJsonArray external;
    QJsonObject response;
    for (const QString &id : user.servers) {
        if (id == QLatin1String("coder")) {
            response.insert(
                QStringLiteral("coderMcpConfig"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("coder")},
                            {QStringLiteral("url"), m_servers.value(id)->url().toString()}});
            continue;
        }
        const SandboxProvider *p = m_scenario.provider(id);
        external << QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("url"), m_servers.value(id)->url().toString()},
                                {QStringLiteral("toolAllowRegex"), p->allowRegex},
                                {QStringLiteral("toolDenyRegex"), p->denyRegex}};
    }
    response.insert(QStringLiteral("externalAuthMcpConfigs"), external);
    return response;
}

QJsonObject SandboxDeployment::tokensFor(const SandboxUser &user, const QStringList &ids) const
{
    QJsonObject tokens;
    QJsonObject errors;
    if (!user.noLinks) {
        for (const QString &id : ids) {
            if (!m_scenario.provider(id))
                errors.insert(id, QStringLiteral("no MCP config found"));
            else if (user.tokenErrors.contains(id))
                errors.insert(id, user.tokenErrors.value(id));
            else
                tokens.insert(id, accessToken(user.user.id, id).reveal());
        }
    }
    return {{QStringLiteral("accessTokens"), tokens}, {QStringLiteral("errors"), errors}};
}

QJsonObject SandboxDeployment::externalAuthOfAdmin() const
{
    // The admin linked GitHub only.
    QJsonArray providers;
    for (const SandboxProvider &p : std::as_const(m_scenario.providers))
        providers << QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("type"), p.id},
                                 {QStringLiteral("display_name"), p.displayName}};
    const QJsonArray links{
        QJsonObject{{QStringLiteral("provider_id"), QStringLiteral("github")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-10-01T10:00:00Z")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T10:00:00Z")},
                    {QStringLiteral("has_refresh_token"), true},
                    {QStringLiteral("expires"), QStringLiteral("0001-01-01T00:00:00Z")},
                    {QStringLiteral("authenticated"), true},
                    {QStringLiteral("validate_error"), QString()}}};
    return {{QStringLiteral("providers"), providers}, {QStringLiteral("links"), links}};
}

void SandboxDeployment::route()
{
    using Method = QHttpServerRequest::Method;
    m_http->route(QStringLiteral("/api/v2/buildinfo"), Method::Get, [](const QHttpServerRequest &) {
        return json(
            {{QStringLiteral("version"), QStringLiteral("v2.99.0-sandbox")},
             {QStringLiteral("external_url"), QStringLiteral("https://github.com/coder/coder")}});
    });
    m_http->route(QStringLiteral("/api/v2/users/me"), Method::Get,
                  [this](const QHttpServerRequest &r) {
                      return authorized(r) ? json(m_scenario.admin.toJson()) : unauthorized();
                  });
    m_http->route(
        QStringLiteral("/api/v2/users"), Method::Get, [this](const QHttpServerRequest &r) {
            if (!authorized(r))
                return unauthorized();
            const QUrlQuery query = r.query();
            const QString q =
                query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
            const int limit =
                qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt() ?: 25, 100);
            const int offset = qMax(0, query.queryItemValue(QStringLiteral("offset")).toInt());
            QList<CoderUser> matches{m_scenario.admin};
            for (const SandboxUser &u : std::as_const(m_scenario.users))
                matches << u.user;
            matches.erase(std::remove_if(matches.begin(), matches.end(),
                                         [&q](const CoderUser &u) {
                                             return !q.isEmpty() &&
                                                    !u.username.contains(q, Qt::CaseInsensitive) &&
                                                    !u.email.contains(q, Qt::CaseInsensitive) &&
                                                    !u.name.contains(q, Qt::CaseInsensitive);
                                         }),
                          matches.end());
            QJsonArray users;
            for (int i = offset; i < qMin<int>(offset + limit, matches.size()); ++i)
                users << matches.at(i).toJson();
            return json(
                {{QStringLiteral("users"), users}, {QStringLiteral("count"), int(matches.size())}});
        });
    m_http->route(QStringLiteral("/api/v2/deployment/config"), Method::Get,
                  [this](const QHttpServerRequest &r) {
                      return authorized(r) ? json(deploymentConfig()) : unauthorized();
                  });
    m_http->route(QStringLiteral("/api/v2/experiments"), Method::Get,
                  [this](const QHttpServerRequest &r) {
                      if (!authorized(r))
                          return unauthorized();
                      return QHttpServerResponse(
                          QJsonArray{QStringLiteral("oauth2"), QStringLiteral("mcp-server-http")});
                  });
    m_http->route(QStringLiteral("/api/v2/external-auth"), Method::Get,
                  [this](const QHttpServerRequest &r) {
                      return authorized(r) ? json(externalAuthOfAdmin()) : unauthorized();
                  });
    m_http->route(QStringLiteral("/proto.MCPConfigurator/GetMCPServerConfigs"), Method::Post,
                  [this](const QHttpServerRequest &r) {
                      if (!authorized(r))
                          return unauthorized();
                      const QJsonObject body = QJsonDocument::fromJson(r.body()).object();
                      const QString userId =
                          body.value(QLatin1String("userId"))
                              .toString(body.value(QLatin1String("user_id")).toString());
                      const SandboxUser *user = m_scenario.user(userId);
                      if (!user)
                          return coderError(QHttpServerResponse::StatusCode::NotFound,
                                            QStringLiteral("user not found"), userId);
                      return json(configsFor(*user));
                  });
    m_http->route(
        QStringLiteral("/proto.MCPConfigurator/GetMCPServerAccessTokensBatch"), Method::Post,
        [this](const QHttpServerRequest &r) {
            if (!authorized(r))
                return unauthorized();
            const QJsonObject body = QJsonDocument::fromJson(r.body()).object();
            const QString userId = body.value(QLatin1String("userId"))
                                       .toString(body.value(QLatin1String("user_id")).toString());
            const SandboxUser *user = m_scenario.user(userId);
            if (!user)
                return coderError(QHttpServerResponse::StatusCode::NotFound,
                                  QStringLiteral("user not found"), userId);
            QStringList ids;
            for (const QJsonValue &v : body.value(QLatin1String("mcpServerConfigIds")).toArray())
                ids << v.toString();
            return json(tokensFor(*user, ids));
        });
}
