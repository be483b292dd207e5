// SPDX-License-Identifier: Apache-2.0
#include "CliConnection.h"

#include "CliIo.h"
#include "gateway/GatewaySource.h"
#include "SandboxDeployment.h"
#include "secrets/TokenPolicy.h"
#include "secrets/TokenStore.h"
#include "source/SnapshotReader.h"
#include "source/SnapshotSource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliConnection", text);
}
} // namespace

CliConnection::CliConnection() = default;
CliConnection::~CliConnection() = default;

void CliConnection::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("snapshot"), tr("Read the inputs from a snapshot file."),
         QStringLiteral("file")},
        {QStringLiteral("sandbox"), tr("Use the built-in sandbox deployment.")},
        {QStringLiteral("sandbox-version"),
         tr("The Coder version the sandbox claims, and whose APIs it serves (default "
            "v2.36.4-sandbox; v2.34.5 serves the interceptions API of older builds)."),
         QStringLiteral("version")},
        {QStringLiteral("sandbox-population"),
         tr("Add this many generated users to the sandbox, with a mix of linked, expired and "
            "unlinked GitHub and Jira tokens (docs/fleet.md)."),
         QStringLiteral("n")},
        {QStringLiteral("sandbox-ai-gateway"),
         tr("What the sandbox's licence and config allow: enabled (default), disabled "
            "(CODER_AI_GATEWAY_ENABLED=false) or not-licensed."),
         QStringLiteral("state")},
        {QStringLiteral("url"),
         tr("Coder deployment URL (default: $CODER_URL). The session token comes from "
            "$CODER_SESSION_TOKEN or the keychain (see login)."),
         QStringLiteral("url")},
        {QStringLiteral("env-file"),
         tr("Read CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY from this file "
            "(KEY=VALUE lines, no shell) instead of the environment, whose three variables "
            "are then ignored: the file is named explicitly (the systemd unit does) and a "
            "token is never paired with a URL from elsewhere. Refused unless it is a regular "
            "file of yours with mode 0600."),
         QStringLiteral("file")},
        {QStringLiteral("no-gateway"),
         tr("Use the REST API even when an AI Gateway key is available "
            "($CODER_AI_GATEWAY_KEY or the keychain, see login --gateway-key).")},
        {QStringLiteral("insecure"), tr("Accept any TLS certificate from the deployment.")},
        {QStringLiteral("insecure-probes"),
         tr("Accept any TLS certificate from the MCP servers a probe connects to.")},
        {QStringLiteral("allow-http"),
         tr("Send tokens over plain http to hosts other than this machine.")},
        {QStringLiteral("trust-origin"),
         tr("Also send the session token to this origin (e.g. a Coder MCP server behind "
            "another host name). Repeatable."),
         QStringLiteral("url")},
    });
}

bool CliConnection::sessionToken(const QUrl &url, Secret *token, QString *error) const
{
    // As the Coder CLI: CODER_SESSION_TOKEN belongs to CODER_URL, never to another URL.
    const QString envUrl = m_settings.url();
    const Secret &envToken = m_settings.sessionToken();
    QString envNote;
    if (!envToken.isEmpty()) {
        QString ignored;
        const QUrl belongsTo = TokenPolicy::parseUrl(envUrl, &ignored);
        if (!envUrl.isEmpty() && belongsTo.matches(url, QUrl::StripTrailingSlash)) {
            *token = envToken;
            return true;
        }
        envNote = envUrl.isEmpty()
                      ? tr(" (CODER_SESSION_TOKEN is set but CODER_URL is not: it is used only "
                           "with CODER_URL=%1)")
                            .arg(url.toDisplayString())
                      : tr(" (CODER_SESSION_TOKEN belongs to CODER_URL=%1, not to %2)")
                            .arg(belongsTo.toDisplayString(), url.toDisplayString());
    }
    TokenStore store;
    QEventLoop loop;
    TokenStore::Result result;
    store.read(url, [&](const TokenStore::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.status == TokenStore::Status::Ok) {
        *token = result.token;
        return true;
    }
    *error = (result.status == TokenStore::Status::NotFound
                  ? tr("no session token for %1: set CODER_URL and CODER_SESSION_TOKEN or run "
                       "`login --url %1`")
                        .arg(url.toDisplayString())
                  : tr("no session token for %1: the keychain is not available (%2); set CODER_URL "
                       "and CODER_SESSION_TOKEN")
                        .arg(url.toDisplayString(), result.error)) +
             envNote;
    return false;
}

bool CliConnection::open(const QCommandLineParser &parser, QString *error, int *exitCode)
{
    *exitCode = CliIo::BadInput;
    // Checked whatever the source: a file refused is a mistake to report, not to skip.
    if (parser.isSet(QStringLiteral("env-file"))) {
        std::optional<CliEnvFile> settings =
            CliEnvFile::readFile(parser.value(QStringLiteral("env-file")), error);
        if (!settings)
            return false;
        m_settings = std::move(*settings);
    }
    if (parser.isSet(QStringLiteral("snapshot"))) {
        if (parser.isSet(QStringLiteral("sandbox")) || parser.isSet(QStringLiteral("url"))) {
            *error = tr("choose one of --snapshot, --sandbox and --url");
            return false;
        }
        auto snapshot = SnapshotReader::readFile(parser.value(QStringLiteral("snapshot")), error);
        if (!snapshot)
            return false;
        m_snapshot = std::make_unique<Snapshot>(*snapshot);
        m_owned = std::make_unique<SnapshotSource>(*snapshot);
        m_source = m_owned.get();
        return true;
    }
    CoderApiCall::Options options;
    options.insecure = parser.isSet(QStringLiteral("insecure"));
    m_flags.insecureDeployment = options.insecure;
    m_flags.insecureProbes = parser.isSet(QStringLiteral("insecure-probes"));
    m_flags.allowHttp = parser.isSet(QStringLiteral("allow-http"));
    for (const QString &text : parser.values(QStringLiteral("trust-origin"))) {
        const QUrl trusted = TokenPolicy::parseUrl(text, error);
        if (trusted.isEmpty())
            return false;
        m_trusted << trusted;
        m_flags.trustedOrigins << TokenPolicy::origin(trusted);
    }
    QUrl base;
    Secret token;
    if (parser.isSet(QStringLiteral("sandbox"))) {
        if (parser.isSet(QStringLiteral("url"))) {
            *error = tr("choose one of --snapshot, --sandbox and --url");
            return false;
        }
        SandboxScenario scenario = SandboxScenario::standard();
        if (parser.isSet(QStringLiteral("sandbox-population"))) {
            bool ok = false;
            const int count = parser.value(QStringLiteral("sandbox-population")).toInt(&ok);
            if (!ok || count < 0 || count > 100000) {
                *error = tr("--sandbox-population needs a whole number from 0 to 100000");
                return false;
            }
            scenario.addPopulation(
                count, {QStringLiteral("coder"), QStringLiteral("github"), QStringLiteral("jira")});
        }
        m_sandbox = std::make_unique<SandboxDeployment>(std::move(scenario));
        if (parser.isSet(QStringLiteral("sandbox-version")))
            m_sandbox->setBuildVersion(parser.value(QStringLiteral("sandbox-version")));
        if (parser.isSet(QStringLiteral("sandbox-ai-gateway"))) {
            const QString state = parser.value(QStringLiteral("sandbox-ai-gateway"));
            if (state == QLatin1String("disabled"))
                m_sandbox->setAiGateway(QStringLiteral("entitled"), false);
            else if (state == QLatin1String("not-licensed"))
                m_sandbox->setAiGateway(QStringLiteral("not_entitled"), true);
            else if (state != QLatin1String("enabled")) {
                *error = tr("--sandbox-ai-gateway takes enabled, disabled or not-licensed, not "
                            "'%1'")
                             .arg(state);
                return false;
            }
        }
        if (!m_sandbox->start()) {
            *error = m_sandbox->errorString();
            *exitCode = CliIo::ResolutionError;
            return false;
        }
        base = m_sandbox->url();
        token = m_sandbox->adminToken();
        // The sandbox serves its Coder MCP server on a port of its own: ours to trust.
        m_trusted << m_sandbox->mcpServer(QStringLiteral("coder"))->url();
    } else {
        const QString text = parser.isSet(QStringLiteral("url"))
                                 ? parser.value(QStringLiteral("url"))
                                 : m_settings.url();
        if (text.isEmpty()) {
            *error = tr("no source: give --snapshot FILE, --sandbox, or --url URL");
            return false;
        }
        base = TokenPolicy::parseUrl(text, error);
        if (base.isEmpty())
            return false;
        // Refused before any connection: the token would cross the network in clear.
        if (const QString refusal = TokenPolicy::plainHttpRefusal(base, m_flags.allowHttp);
            !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
        if (!sessionToken(base, &token, error))
            return false;
    }
    m_rest = std::make_unique<CoderRestSource>(&m_network, base, token);
    m_rest->setOptions(options);
    m_restOptions = options;
    QString signInError;
    QEventLoop loop;
    QObject::connect(m_rest.get(), &CoderRestSource::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(m_rest.get(), &CoderRestSource::signInFailed, &loop, [&](const QString &e) {
        signInError = e;
        loop.quit();
    });
    m_rest->signIn();
    loop.exec();
    if (!signInError.isEmpty()) {
        *error = signInError;
        *exitCode = CliIo::ResolutionError;
        return false;
    }
    Secret key;
    if (m_sandbox)
        key = m_sandbox->gatewayKey();
    else if (!parser.isSet(QStringLiteral("no-gateway")))
        key = gatewayKey(base);
    if (key.isEmpty()) {
        m_note = tr("no AI Gateway key: token status is visible for the signed-in admin only "
                    "(set CODER_AI_GATEWAY_KEY or run `login --gateway-key` for exact answers)");
        m_source = m_rest.get();
        return true;
    }
    if (const AiGatewayState &state = m_rest->aiGatewayState(); state.externalClientsRefused()) {
        // /ai-gateway/serve sits behind the same entitlement (enterprise/coderd/coderd.go):
        // it would answer 403, so it is not asked.
        m_note =
            tr("the AI Gateway is not available here (%1) — using the REST API").arg(state.detail);
        m_source = m_rest.get();
        return true;
    }
    auto gateway = std::make_unique<GatewaySource>(&m_network, base, key);
    GatewayConnection::Options gatewayOptions;
    gatewayOptions.insecure = options.insecure;
    gatewayOptions.allowHttp = m_flags.allowHttp;
    gateway->connection()->setOptions(gatewayOptions);
    GatewayConnection::Failure failure = GatewayConnection::Failure::None;
    QString failureText;
    QObject::connect(gateway->connection(), &GatewayConnection::connected, &loop,
                     &QEventLoop::quit);
    QObject::connect(gateway->connection(), &GatewayConnection::failed, &loop,
                     [&](GatewayConnection::Failure f, const QString &message) {
                         failure = f;
                         failureText = message;
                         loop.quit();
                     });
    gateway->connection()->open();
    loop.exec();
    QObject::disconnect(gateway->connection(), nullptr, &loop, nullptr);
    if (failure == GatewayConnection::Failure::NotLicensed) {
        // The entitlements tell the licence from the config switch (AiGatewayState).
        m_note = tr("the deployment refused the AI Gateway (403): %1 — using the REST API "
                    "instead")
                     .arg(m_rest->aiGatewayState().detail);
        m_source = m_rest.get();
        return true;
    }
    if (failure == GatewayConnection::Failure::NoRoute) {
        m_note = failureText + tr(" — using the REST API instead");
        m_source = m_rest.get();
        return true;
    }
    if (failure != GatewayConnection::Failure::None) {
        *error = failureText;
        *exitCode = CliIo::ResolutionError;
        return false;
    }
    m_note = tr("using the AI Gateway of %1: exact per-user configs and token status")
                 .arg(base.toDisplayString());
    m_owned = std::move(gateway);
    m_source = m_owned.get();
    return true;
}

Secret CliConnection::gatewayKey(const QUrl &url) const
{
    // The name Coder's own gateway reads; like the session token, it belongs to CODER_URL.
    const Secret &envKey = m_settings.gatewayKey();
    const QString envUrl = m_settings.url();
    QString ignored;
    if (!envKey.isEmpty() && !envUrl.isEmpty() &&
        TokenPolicy::parseUrl(envUrl, &ignored).matches(url, QUrl::StripTrailingSlash))
        return envKey;
    TokenStore store(nullptr, TokenStore::Entry::GatewayKey);
    QEventLoop loop;
    Secret key;
    store.read(url, [&](const TokenStore::Result &r) {
        key = r.token;
        loop.quit();
    });
    loop.exec();
    return key;
}

bool CliConnection::openOrReport(const QCommandLineParser &parser, int *exitCode)
{
    QString error;
    if (open(parser, &error, exitCode))
        return true;
    CliIo::error(error);
    return false;
}

bool CliConnection::findUserOrReport(const QString &nameOrId, CoderUser *user)
{
    QString error;
    if (findUser(nameOrId, user, &error))
        return true;
    CliIo::error(error);
    return false;
}

bool CliConnection::searchUsers(const QString &text, int offset, int limit, CoderUserPage *page,
                                QString *error)
{
    if (!m_rest) {
        *error = tr("user search needs --sandbox or --url");
        return false;
    }
    QEventLoop loop;
    m_rest->searchUsers(text, offset, limit, [&](const CoderUserPage &p, const QString &e) {
        *page = p;
        *error = e;
        loop.quit();
    });
    loop.exec();
    return error->isEmpty();
}

bool CliConnection::findUser(const QString &nameOrId, CoderUser *user, QString *error)
{
    CoderUserPage page;
    // Coder's search matches usernames and emails; an id is looked up by scanning.
    if (!searchUsers(nameOrId, 0, 100, &page, error))
        return false;
    // A server's `count` decides how long this pages; it is not trusted beyond 50 pages.
    constexpr int MaxPages = 50;
    for (int offset = 0, pages = 1;; ++pages) {
        for (const CoderUser &u : std::as_const(page.users)) {
            if (u.username == nameOrId || u.id == nameOrId) {
                *user = u;
                return true;
            }
        }
        offset += int(page.users.size());
        if (page.users.isEmpty() || offset >= page.count)
            break;
        if (pages >= MaxPages) {
            *error = tr("no user named or with id '%1' in the first %2 matches (the server "
                        "claims %3): give the exact username")
                         .arg(nameOrId)
                         .arg(offset)
                         .arg(page.count);
            return false;
        }
        if (!searchUsers(nameOrId, offset, 100, &page, error))
            return false;
    }
    *error = tr("no user named or with id '%1'").arg(nameOrId);
    return false;
}

bool CliConnection::listUsers(const QString &search, QList<CoderUser> *users, QString *error)
{
    // Pages as large as the server gives, following `count`; a server that returns an
    // empty page ends it, so a wrong count cannot loop.
    constexpr int PageSize = 1000;
    int offset = 0;
    for (;;) {
        CoderUserPage page;
        if (!searchUsers(search, offset, PageSize, &page, error))
            return false;
        *users << page.users;
        offset += int(page.users.size());
        if (page.users.isEmpty() || offset >= page.count)
            return true;
    }
}

ResolveRequest CliConnection::requestFor(const CoderUser &user, bool delegatedOption) const
{
    ResolveRequest request;
    request.userId = user.id;
    request.username = user.username;
    bool delegated = delegatedOption;
    if (m_sandbox) {
        if (const SandboxUser *u = m_sandbox->scenario().user(user.id))
            delegated = delegated || u->delegated;
    }
    request.hasSessionKey = !delegated;
    // The Coder MCP server authenticates with the session key; probing uses ours.
    if (m_rest) {
        request.sessionKey = m_rest->sessionToken();
        request.deploymentUrl = m_rest->baseUrl();
    }
    request.trustedOrigins = m_trusted;
    return request;
}

McpTransportOptions CliConnection::probeOptions(int timeoutMs) const
{
    McpTransportOptions options;
    options.timeoutMs = timeoutMs;
    options.insecure = m_flags.insecureProbes;
    options.allowHttp = m_flags.allowHttp;
    return options;
}
