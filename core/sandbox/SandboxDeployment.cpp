// SPDX-License-Identifier: Apache-2.0
#include "SandboxDeployment.h"

#include "model/CoderEra.h"
#include "gateway/aibridged.pb.h"
#include "gateway/DrpcServerStream.h"
#include "gateway/GatewayConnection.h"
#include "gateway/GatewaySource.h"
#include "gateway/YamuxSession.h"
#include "gateway/YamuxStream.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

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
    m_gatewayKey = Secret(QStringLiteral("sbx-gateway-") + randomHex(12));
    m_acceptedKeys << m_gatewayKey.reveal();
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
    for (const QString &key : m_acceptedKeys)
        all << Secret(key);
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
                      QJsonObject{{QStringLiteral("enabled"), m_bridgeEnabled},
                                  {QStringLiteral("inject_coder_mcp_tools"), true}}}}}};
    return {{QStringLiteral("config"), config}, {QStringLiteral("options"), QJsonArray()}};
}

QByteArray SandboxDeployment::configsFor(const QString &userId) const
{
    // Configs are per user here to tell each story; coderd's are deployment-wide. A user
    // the sandbox has no story for (the admin) gets every server.
    const SandboxUser *user = m_scenario.user(userId);
    QStringList ids{QStringLiteral("coder")};
    for (const SandboxProvider &p : std::as_const(m_scenario.providers))
        ids << p.id;
    proto::GetMCPServerConfigsResponse response;
    for (const QString &id : user ? user->servers : ids) {
        const std::string url = m_servers.value(id)->url().toString().toStdString();
        if (id == QLatin1String("coder")) {
            response.mutable_coder_mcp_config()->set_id("coder");
            response.mutable_coder_mcp_config()->set_url(url);
            continue;
        }
        const SandboxProvider *p = m_scenario.provider(id);
        proto::MCPServerConfig *c = response.add_external_auth_mcp_configs();
        c->set_id(id.toStdString());
        c->set_url(url);
        c->set_tool_allow_regex(p->allowRegex.toStdString());
        c->set_tool_deny_regex(p->denyRegex.toStdString());
    }
    const std::string bytes = response.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QByteArray SandboxDeployment::tokensFor(const QString &userId, const QStringList &ids) const
{
    // coderd/aibridgedserver: no links at all is an empty answer without errors.
    const SandboxUser *user = m_scenario.user(userId);
    const bool isAdmin = userId == m_scenario.admin.id;
    proto::GetMCPServerAccessTokensBatchResponse response;
    if ((user && !user->noLinks) || isAdmin) {
        for (const QString &id : ids) {
            const std::string key = id.toStdString();
            if (!m_scenario.provider(id))
                (*response.mutable_errors())[key] = "no MCP config found";
            else if (isAdmin && id != QLatin1String("github")) // the admin linked GitHub only
                (*response.mutable_errors())[key] = "no external auth link found";
            else if (user && user->tokenErrors.contains(id))
                (*response.mutable_errors())[key] = user->tokenErrors.value(id).toStdString();
            else
                (*response.mutable_access_tokens())[key] =
                    accessToken(userId, id).reveal().toStdString();
        }
    }
    const std::string bytes = response.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

void SandboxDeployment::acceptGateway()
{
    while (std::unique_ptr<QWebSocket> owned = m_http->nextPendingWebSocketConnection()) {
        QWebSocket *socket = owned.release();
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        const QNetworkRequest request = socket->request();
        const QByteArray key = request.rawHeader("X-Coder-AI-Governance-Gateway-Key");
        if (request.url().path() != QLatin1String(GatewayConnection::ServePath)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("Route not found."));
            continue;
        }
        if (aiGatewayRefused()) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("AI Gateway is a Premium feature. Contact sales!"));
            continue;
        }
        if (key.isEmpty() || !m_acceptedKeys.contains(QString::fromUtf8(key))) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          key.isEmpty() ? QStringLiteral("AI Gateway key required.")
                                        : QStringLiteral("AI Gateway key invalid."));
            continue;
        }
        ++m_gatewaySessions;
        QPointer<QWebSocket> guard(socket);
        auto *session = new YamuxSession(
            YamuxSession::Role::Server,
            [guard](const QByteArray &bytes) {
                if (guard)
                    guard->sendBinaryMessage(bytes);
            },
            socket);
        session->setKeepAlive(m_pingIntervalMs, m_pingTimeoutMs);
        connect(socket, &QWebSocket::binaryMessageReceived, session, &YamuxSession::feed);
        connect(session, &YamuxSession::closed, socket, [socket] { socket->close(); });
        connect(session, &YamuxSession::incomingStream, this, [this](YamuxStream *stream) {
            new DrpcServerStream(stream, [this](const QString &rpc, const QByteArray &bytes) {
                DrpcServerStream::Answer answer;
                if (rpc == QLatin1String(GatewaySource::ConfigsRpc)) {
                    proto::GetMCPServerConfigsRequest request;
                    if (request.ParseFromArray(bytes.constData(), int(bytes.size()))) {
                        answer.response = configsFor(QString::fromStdString(request.user_id()));
                        return answer;
                    }
                } else if (rpc == QLatin1String(GatewaySource::TokensRpc)) {
                    proto::GetMCPServerAccessTokensBatchRequest request;
                    if (request.ParseFromArray(bytes.constData(), int(bytes.size()))) {
                        QStringList ids;
                        for (const std::string &id : request.mcp_server_config_ids())
                            ids << QString::fromStdString(id);
                        answer.response = tokensFor(QString::fromStdString(request.user_id()), ids);
                        return answer;
                    }
                } else {
                    // drpcmux: an unknown rpc is "unimplemented" (code 12 via drpcerr).
                    answer.isError = true;
                    answer.errorCode = 12;
                    answer.errorMessage =
                        QStringLiteral("protocol error: unknown rpc: \"%1\"").arg(rpc);
                    return answer;
                }
                answer.isError = true;
                answer.errorMessage = QStringLiteral(
                    "unmarshal request: proto: cannot parse invalid wire-format data");
                return answer;
            });
        });
    }
}

QJsonObject SandboxDeployment::interceptionsFor(const QString &nameOrId) const
{
    const SandboxUser *user = m_scenario.user(nameOrId);
    QJsonArray results;
    if (user) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int serial = 0; // stable ids: the sessions API is read in two calls
        const auto usage = [&](const QString &server, const QString &tool, bool injected,
                               const QString &error, int minutesAgo) {
            return QJsonObject{
                {QStringLiteral("id"),
                 QStringLiteral("use-%1-%2").arg(user->user.username).arg(++serial)},
                {QStringLiteral("server_url"),
                 server.isEmpty() ? QString() : m_servers.value(server)->url().toString()},
                {QStringLiteral("tool"), tool},
                // What a model sent; the inspector must never show or keep it.
                {QStringLiteral("input"), QStringLiteral("{\"note\": \"sbx-input-secret\"}")},
                {QStringLiteral("injected"), injected},
                {QStringLiteral("invocation_error"), error},
                {QStringLiteral("created_at"),
                 now.addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs)}};
        };
        const auto interception = [&](const QString &key, int minutesAgo, const QJsonArray &tools) {
            return QJsonObject{{QStringLiteral("id"),
                                QStringLiteral("icp-%1-%2").arg(user->user.username).arg(++serial)},
                               {QStringLiteral("api_key_id"), key},
                               {QStringLiteral("initiator"), user->user.toJson()},
                               {QStringLiteral("provider"), QStringLiteral("anthropic")},
                               {QStringLiteral("model"), QStringLiteral("claude-sonnet-4")},
                               {QStringLiteral("started_at"),
                                now.addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("tool_usages"), tools}};
        };
        if (user->user.username == QLatin1String("alice")) {
            results << interception(
                QStringLiteral("key-laptop"), 40,
                {usage(QStringLiteral("github"), QStringLiteral("update_gist"), true, {}, 39),
                 usage({}, QStringLiteral("Read"), false, {}, 39)});
            // create_gist is denied by GitHub's regex: a call means the deployment changed.
            results << interception(
                QStringLiteral("key-laptop"), 12,
                {usage(QStringLiteral("github"), QStringLiteral("create_gist"), true, {}, 11)});
            results << interception(QStringLiteral("key-ci"), 5,
                                    {usage(QStringLiteral("jira"), QStringLiteral("jira_001"), true,
                                           QStringLiteral("401 Unauthorized: token expired"), 4)});
        } else {
            results << interception(QStringLiteral("key-") + user->user.username, 20,
                                    {usage({}, QStringLiteral("Bash"), false, {}, 19)});
        }
    }
    return {{QStringLiteral("count"), int(results.size())}, {QStringLiteral("results"), results}};
}

std::optional<QHttpServerResponse> SandboxDeployment::featureGate() const
{
    // enterprise/coderd RequireFeatureMW(FeatureAIBridge): one text for both causes.
    if (!aiGatewayRefused())
        return std::nullopt;
    return coderError(QHttpServerResponse::StatusCode::Forbidden,
                      QStringLiteral("AI Gateway is a Premium feature. Contact sales!"));
}

std::optional<QHttpServerResponse>
SandboxDeployment::sessionsGate(const QHttpServerRequest &request) const
{
    // The route exists from the era that has it, behind the entitlement, for an Owner.
    if (!hasSessionsApi())
        return coderError(QHttpServerResponse::StatusCode::NotFound,
                          QStringLiteral("Route not found."));
    if (auto refused = featureGate())
        return refused;
    if (!authorized(request))
        return unauthorized();
    return std::nullopt;
}

bool SandboxDeployment::hasSessionsApi() const
{
    // The interceptions list was removed in v2.35.0 (coder/coder #26213); sessions stay.
    return CoderEra::fromVersion(m_version) != CoderEra::Era::A;
}

QJsonArray SandboxDeployment::sessionsFor(const QString &nameOrId) const
{
    // codersdk AIBridgeSession: one session per API key of the story, threads counted.
    QMap<QString, QJsonObject> byKey;
    for (const QJsonValue &v :
         interceptionsFor(nameOrId).value(QLatin1String("results")).toArray()) {
        const QJsonObject i = v.toObject();
        const QString key = i.value(QLatin1String("api_key_id")).toString();
        QJsonObject &s = byKey[key];
        if (s.isEmpty())
            s = {{QStringLiteral("id"), QStringLiteral("sess-") + key},
                 {QStringLiteral("initiator"), i.value(QLatin1String("initiator"))},
                 {QStringLiteral("providers"), QJsonArray{i.value(QLatin1String("provider"))}},
                 {QStringLiteral("models"), QJsonArray{i.value(QLatin1String("model"))}},
                 {QStringLiteral("client"), QStringLiteral("Claude Code")},
                 {QStringLiteral("metadata"), QJsonObject{}},
                 {QStringLiteral("started_at"), i.value(QLatin1String("started_at"))},
                 {QStringLiteral("threads"), 0},
                 {QStringLiteral("last_active_at"), i.value(QLatin1String("started_at"))}};
        s.insert(QStringLiteral("threads"), s.value(QLatin1String("threads")).toInt() + 1);
    }
    QJsonArray out;
    for (const QJsonObject &s : std::as_const(byKey))
        out << s;
    return out;
}

QJsonObject SandboxDeployment::sessionThreads(const QString &sessionId) const
{
    // codersdk AIBridgeSessionThreadsResponse: each interception a thread, its tool usages
    // one agentic action's tool_calls (db2sdk.AIBridgeSessionThreads, v2.35.1: no
    // invocation_error).
    for (const SandboxUser &u : std::as_const(m_scenario.users)) {
        QJsonArray threads;
        QJsonObject initiator;
        for (const QJsonValue &v :
             interceptionsFor(u.user.id).value(QLatin1String("results")).toArray()) {
            const QJsonObject i = v.toObject();
            if (QStringLiteral("sess-") + i.value(QLatin1String("api_key_id")).toString() !=
                sessionId)
                continue;
            initiator = i.value(QLatin1String("initiator")).toObject();
            QJsonArray calls;
            for (const QJsonValue &t : i.value(QLatin1String("tool_usages")).toArray()) {
                QJsonObject call = t.toObject();
                call.remove(QStringLiteral("invocation_error"));
                call.insert(QStringLiteral("interception_id"), i.value(QLatin1String("id")));
                call.insert(QStringLiteral("metadata"), QJsonObject{});
                calls << call;
            }
            threads << QJsonObject{
                {QStringLiteral("id"), i.value(QLatin1String("id"))},
                {QStringLiteral("model"), i.value(QLatin1String("model"))},
                {QStringLiteral("provider"), i.value(QLatin1String("provider"))},
                {QStringLiteral("credential_kind"), QStringLiteral("centralized")},
                {QStringLiteral("credential_hint"), QString()},
                {QStringLiteral("started_at"), i.value(QLatin1String("started_at"))},
                {QStringLiteral("agentic_actions"),
                 QJsonArray{QJsonObject{{QStringLiteral("model"), i.value(QLatin1String("model"))},
                                        {QStringLiteral("thinking"), QJsonArray{}},
                                        {QStringLiteral("tool_calls"), calls}}}}};
        }
        if (!threads.isEmpty())
            return {{QStringLiteral("id"), sessionId},
                    {QStringLiteral("initiator"), initiator},
                    {QStringLiteral("threads"), threads}};
    }
    return {};
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
    m_http->route(QStringLiteral("/api/v2/buildinfo"), Method::Get,
                  [this](const QHttpServerRequest &) {
                      return json({{QStringLiteral("version"), m_version},
                                   {QStringLiteral("external_url"),
                                    QStringLiteral("https://github.com/coder/coder")}});
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
    // Recorded AI Bridge activity (codersdk AIBridgeListInterceptionsResponse): a story
    // per user, alice's with a call the prediction does not expect and a failed call.
    static const QRegularExpression initiator(QStringLiteral("initiator:\"([^\"]*)\""));
    m_http->route(
        QStringLiteral("/api/v2/aibridge/interceptions"), Method::Get,
        [this](const QHttpServerRequest &r) {
            if (auto refused = featureGate())
                return std::move(*refused);
            if (hasSessionsApi()) {
                // v2.35+: no such route; aibridged's catch-all answers a request without a
                // Bearer key (coderd/aibridged/http.go ErrNoAuthKey, via http.Error).
                return QHttpServerResponse("text/plain", "no authentication key provided\n",
                                           QHttpServerResponse::StatusCode::BadRequest);
            }
            if (!authorized(r))
                return unauthorized();
            const QString q = r.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            return json(interceptionsFor(initiator.match(q).captured(1)));
        });
    // Sessions (enterprise/coderd/aibridge.go): under both prefixes, as coderd.
    for (const QString &root :
         {QStringLiteral("/api/v2/ai-gateway"), QStringLiteral("/api/v2/aibridge")}) {
        m_http->route(
            root + QStringLiteral("/sessions"), Method::Get, [this](const QHttpServerRequest &r) {
                if (auto refused = sessionsGate(r))
                    return std::move(*refused);
                const QString q = r.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
                const QJsonArray sessions = sessionsFor(initiator.match(q).captured(1));
                // One page: the stories have fewer sessions than a page holds.
                const bool later = r.query().hasQueryItem(QStringLiteral("after_session_id"));
                return json({{QStringLiteral("count"), int(sessions.size())},
                             {QStringLiteral("sessions"), later ? QJsonArray() : sessions}});
            });
        m_http->route(root + QStringLiteral("/sessions/<arg>"), Method::Get,
                      [this](const QString &id, const QHttpServerRequest &r) {
                          if (auto refused = sessionsGate(r))
                              return std::move(*refused);
                          const QJsonObject threads = sessionThreads(id);
                          if (threads.isEmpty())
                              return coderError(QHttpServerResponse::StatusCode::NotFound,
                                                QStringLiteral("Session not found."));
                          return json(threads);
                      });
    }
    // Key creation (POST /api/v2/ai-gateway/keys): Owner only, the secret once.
    m_http->route(
        QStringLiteral("/api/v2/ai-gateway/keys"), Method::Post,
        [this](const QHttpServerRequest &r) {
            if (auto refused = featureGate())
                return std::move(*refused);
            if (!authorized(r))
                return unauthorized();
            const QString name =
                QJsonDocument::fromJson(r.body()).object().value(QLatin1String("name")).toString();
            static const QRegularExpression valid(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
            if (name.size() > 64 || !valid.match(name).hasMatch())
                return coderError(QHttpServerResponse::StatusCode::BadRequest,
                                  QStringLiteral("Invalid key name."), name);
            // enterprise/coderd/aigatewaykeys.go (v2.35.1): a name is unique.
            if (m_keyNames.contains(name))
                return coderError(QHttpServerResponse::StatusCode::BadRequest,
                                  QStringLiteral("Key name must be unique."));
            const QString key = QStringLiteral("sbx-gateway-") + randomHex(12);
            const QString id = randomHex(8);
            m_acceptedKeys << key;
            m_keyNames << name;
            m_keys.insert(id, {name, key});
            return json({{QStringLiteral("id"), id},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("key"), key},
                         {QStringLiteral("key_prefix"), key.left(16)}},
                        QHttpServerResponse::StatusCode::Created);
        });
    m_http->route(
        QStringLiteral("/api/v2/ai-gateway/keys"), Method::Get,
        [this](const QHttpServerRequest &r) {
            if (auto refused = featureGate())
                return std::move(*refused);
            if (!authorized(r))
                return unauthorized();
            QJsonArray keys; // codersdk.AIGatewayKey: never the secret
            for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
                keys << QJsonObject{
                    {QStringLiteral("id"), it.key()},
                    {QStringLiteral("name"), it.value().first},
                    {QStringLiteral("key_prefix"), it.value().second.left(16)},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-30T10:00:00Z")}};
            return QHttpServerResponse(keys);
        });
    m_http->route(QStringLiteral("/api/v2/ai-gateway/keys/<arg>"), Method::Delete,
                  [this](const QString &id, const QHttpServerRequest &r) {
                      if (auto refused = featureGate())
                          return std::move(*refused);
                      if (!authorized(r))
                          return unauthorized();
                      if (!m_keys.contains(id))
                          return coderError(QHttpServerResponse::StatusCode::NotFound,
                                            QStringLiteral("Resource not found or you do not "
                                                           "have access to this resource"));
                      const auto [name, key] = m_keys.take(id);
                      m_keyNames.removeOne(name);
                      m_acceptedKeys.removeOne(key);
                      return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
                  });
    // codersdk.Entitlements, the AI Gateway feature as the licence and config make it
    // (enterprise/coderd/license/license.go forces enabled false when not entitled).
    m_http->route(
        QStringLiteral("/api/v2/entitlements"), Method::Get, [this](const QHttpServerRequest &r) {
            if (!authorized(r))
                return unauthorized();
            const bool entitled = m_entitlement != QLatin1String("not_entitled");
            const QJsonObject aibridge{{QStringLiteral("entitlement"), m_entitlement},
                                       {QStringLiteral("enabled"), entitled && m_bridgeEnabled}};
            return json(
                {{QStringLiteral("features"), QJsonObject{{QStringLiteral("aibridge"), aibridge}}},
                 {QStringLiteral("warnings"), QJsonArray()},
                 {QStringLiteral("errors"), QJsonArray()},
                 {QStringLiteral("has_license"), entitled},
                 {QStringLiteral("trial"), false}});
        });
    m_http->route(QStringLiteral("/api/v2/external-auth"), Method::Get,
                  [this](const QHttpServerRequest &r) {
                      return authorized(r) ? json(externalAuthOfAdmin()) : unauthorized();
                  });
    // Qt 6.4 upgrades a WebSocket request only when a route takes it; this one writes
    // nothing, so the upgrade goes ahead and acceptGateway() checks the key.
    m_http->route(QLatin1String(GatewayConnection::ServePath), Method::Get,
                  [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                      // An upgrade goes ahead (acceptGateway answers it); the re-read
                      // without one gets coderd's 403 body when the feature is off.
                      if (!aiGatewayRefused() || !r.value("Upgrade").isEmpty())
                          return;
                      responder.write(QJsonDocument(QJsonObject{
                                          {QStringLiteral("message"),
                                           QStringLiteral("AI Gateway is a Premium feature. "
                                                          "Contact sales!")}}),
                                      QHttpServerResponder::StatusCode::Forbidden);
                  });
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this,
            &SandboxDeployment::acceptGateway);
}
