// SPDX-License-Identifier: Apache-2.0
#include "InspectorSession.h"

#include "gateway/GatewaySource.h"
#include "mcp/ProbeRunner.h"
#include "observe/ActivityClient.h"
#include "observe/ObservedComparison.h"
#include "resolve/ToolInventory.h"
#include "secrets/TokenPolicy.h"
#include "source/SnapshotReader.h"
#include "source/SnapshotSource.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QThreadPool>

InspectorSession::InspectorSession(QObject *parent) : QObject(parent) {}

InspectorSession::~InspectorSession() = default;

void InspectorSession::disconnectSource()
{
    m_probe.reset();
    m_resolver.reset();
    m_source = nullptr;
    m_owned.reset();
    m_rest.reset();
    m_snapshot.reset();
    m_gatewayNote.clear();
    m_user = {};
    m_base = {};
    m_effective = {};
    m_probeStates.clear();
    m_overrides.clear();
}

void InspectorSession::connectToDeployment(const QUrl &url, const Secret &token,
                                           const Secret &gatewayKey)
{
    disconnectSource();
    m_rest = std::make_unique<CoderRestSource>(&m_network, url, token);
    connect(m_rest.get(), &CoderRestSource::signedIn, this, [this, url, gatewayKey] {
        if (gatewayKey.isEmpty()) {
            m_gatewayNote = tr("No AI Gateway key: token status is visible for the signed-in "
                               "admin only. Create a key (File → Create an AI Gateway key, or "
                               "`coder ai-gateway keys create`) for exact per-user answers.");
            m_source = m_rest.get();
            Q_EMIT connected();
            return;
        }
        if (const AiGatewayState &state = m_rest->aiGatewayState();
            state.externalClientsRefused()) {
            // /ai-gateway/serve sits behind the same entitlement: it would answer 403.
            m_gatewayNote = tr("The AI Gateway is not available here (%1): using the REST "
                               "API.")
                                .arg(state.detail);
            m_source = m_rest.get();
            Q_EMIT connected();
            return;
        }
        auto gateway = std::make_unique<GatewaySource>(&m_network, url, gatewayKey);
        GatewayConnection *connection = gateway->connection();
        connect(
            connection, &GatewayConnection::connected, this,
            [this] {
                m_gatewayNote.clear();
                m_source = m_owned.get();
                Q_EMIT connected();
            },
            Qt::SingleShotConnection);
        connect(
            connection, &GatewayConnection::failed, this,
            [this](GatewayConnection::Failure failure, const QString &message) {
                if (m_source || !m_rest)
                    return; // a later call failed: that call reports it
                if (failure == GatewayConnection::Failure::NoRoute ||
                    failure == GatewayConnection::Failure::NotLicensed) {
                    m_gatewayNote = message + tr(" — using the REST API instead.");
                    m_owned.reset();
                    m_source = m_rest.get();
                    Q_EMIT connected();
                    return;
                }
                m_owned.reset();
                m_source = nullptr;
                m_rest.reset();
                Q_EMIT connectionFailed(message);
            },
            Qt::SingleShotConnection);
        m_owned = std::move(gateway);
        connection->open();
    });
    connect(m_rest.get(), &CoderRestSource::signInFailed, this, [this](const QString &error) {
        m_rest.reset();
        Q_EMIT connectionFailed(error);
    });
    m_rest->signIn();
}

void InspectorSession::listGatewayKeys(CoderRestSource::KeysCallback done)
{
    if (!m_rest) {
        done({}, tr("not connected to a deployment"));
        return;
    }
    m_rest->listGatewayKeys(std::move(done));
}

void InspectorSession::deleteGatewayKey(const QString &id,
                                        std::function<void(const QString &error)> done)
{
    if (!m_rest) {
        done(tr("not connected to a deployment"));
        return;
    }
    m_rest->deleteGatewayKey(id, std::move(done));
}

void InspectorSession::createGatewayKey(const QString &name, CoderRestSource::KeyCallback done)
{
    if (!m_rest) {
        done({}, tr("not connected to a deployment"));
        return;
    }
    const QUrl url = m_rest->baseUrl();
    const Secret session = m_rest->sessionToken();
    m_rest->createGatewayKey(
        name, [this, url, session, done](const Secret &key, const QString &error) {
            if (!key.isEmpty()) {
                const CoderUser user = m_user;
                connectToDeployment(url, session, key);
                if (!user.id.isEmpty())
                    connect(
                        this, &InspectorSession::connected, this,
                        [this, user] { selectUser(user); }, Qt::SingleShotConnection);
            }
            done(key, error);
        });
}

void InspectorSession::fetchObserved(
    qint64 seconds, std::function<void(const ObservedComparison &, const QString &)> done)
{
    if (!m_rest || m_user.id.isEmpty()) {
        done({}, tr("Observed activity needs a deployment and a selected user (a snapshot "
                    "records none)."));
        return;
    }
    auto *client = new ActivityClient(&m_network, m_rest->baseUrl(), m_rest->sessionToken(),
                                      m_rest->deploymentVersion(), this);
    const Resolution predicted = m_effective;
    client->fetch(m_user.username, QDateTime::currentDateTimeUtc().addSecs(-seconds),
                  [client, predicted, done](const ObservedActivity &activity) {
                      client->deleteLater();
                      done(ObservedComparison::compare(predicted, activity), activity.error);
                  });
}

bool InspectorSession::usesGateway() const
{
    return m_source && m_source == m_owned.get() && !m_snapshot;
}

bool InspectorSession::openSnapshot(const QString &path, QString *error)
{
    auto snapshot = SnapshotReader::readFile(path, error);
    if (!snapshot)
        return false;
    disconnectSource();
    m_snapshot = std::make_unique<Snapshot>(*snapshot);
    m_owned = std::make_unique<SnapshotSource>(*snapshot);
    m_source = m_owned.get();
    Q_EMIT connected();
    CoderUser user;
    user.id = snapshot->userId;
    user.username = snapshot->username;
    m_delegated = !snapshot->sessionKey;
    selectUser(user);
    return true;
}

QString InspectorSession::sourceName() const
{
    return m_source ? m_source->displayName() : tr("Not connected");
}

QString InspectorSession::sourceLimitations() const
{
    if (!m_source)
        return {};
    return m_gatewayNote.isEmpty() ? m_source->limitations()
                                   : m_source->limitations() + QLatin1Char(' ') + m_gatewayNote;
}

QUrl InspectorSession::deploymentUrl() const
{
    return m_rest ? m_rest->baseUrl() : QUrl();
}

CoderUser InspectorSession::signedInUser() const
{
    return m_rest ? m_rest->signedInUser() : CoderUser();
}

QString InspectorSession::deploymentVersion() const
{
    return m_rest ? m_rest->deploymentVersion() : QString();
}

FleetScanner::Setup InspectorSession::fleetSetup() const
{
    FleetScanner::Setup setup;
    setup.source = m_source;
    setup.sourceName = sourceName();
    setup.sourceNote = sourceLimitations();
    setup.network = const_cast<QNetworkAccessManager *>(&m_network);
    setup.probeOptions = m_probeOptions;
    setup.trustedOrigins = m_trustedOrigins;
    setup.perUserConfigs = m_perUserConfigs;
    setup.tokensVisible = usesGateway();
    if (m_rest && !m_snapshot) {
        setup.sessionKey = m_rest->sessionToken();
        setup.sessionUsername = signedInUser().username;
        setup.deploymentUrl = m_rest->baseUrl();
        setup.aiGateway = m_rest->aiGatewayState();
    }
    if (m_snapshot) {
        setup.coderVersion = m_snapshot->coderVersion;
        setup.era = m_snapshot->era;
        setup.eraSource = tr("from the snapshot");
        setup.probe = false;
        setup.recordedTools = m_snapshot->tools;
    } else {
        setup.coderVersion = deploymentVersion();
        setup.era = CoderEra::fromVersion(setup.coderVersion);
        setup.eraSource = tr("build %1").arg(setup.coderVersion);
    }
    return setup;
}

void InspectorSession::listAllUsers(
    const QString &search, std::function<void(const QList<CoderUser> &, const QString &)> done)
{
    if (!m_rest) {
        QList<CoderUser> users;
        if (m_snapshot)
            users << CoderUser{m_snapshot->userId, m_snapshot->username, {}, {}, {}, {}, {}};
        done(users, {});
        return;
    }
    // Pages as large as the server gives, following `count`; an empty page ends it.
    auto all = std::make_shared<QList<CoderUser>>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<InspectorSession> self(this);
    *next = [self, search, all, next, done] {
        if (!self || !self->m_rest)
            return;
        self->m_rest->searchUsers(
            search, int(all->size()), 1000,
            [self, all, next, done](const CoderUserPage &page, const QString &error) {
                if (!error.isEmpty()) {
                    done(*all, error);
                    *next = nullptr;
                    return;
                }
                *all << page.users;
                if (page.users.isEmpty() || all->size() >= page.count) {
                    done(*all, {});
                    *next = nullptr; // ends the cycle
                    return;
                }
                (*next)();
            });
    };
    (*next)();
}

WhatIfEdits InspectorSession::fleetEdits() const
{
    WhatIfEdits edits;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (it.key() >= m_base.servers.size())
            continue;
        edits.servers.insert(m_base.servers.at(it.key()).id, {it->allow, it->deny});
    }
    edits.era = m_eraOverride;
    if (m_clientToolCount > 0)
        edits.clientTools = m_clientToolCount;
    return edits;
}

void InspectorSession::searchUsers(const QString &text, int offset, int limit,
                                   CoderRestSource::UsersCallback done)
{
    if (!m_rest) {
        CoderUserPage page;
        if (m_snapshot)
            page.users << m_user;
        page.count = int(page.users.size());
        done(page, {});
        return;
    }
    m_rest->searchUsers(text, offset, limit, std::move(done));
}

void InspectorSession::selectUser(const CoderUser &user)
{
    // A supplied token is that user's: forgotten when another user is picked.
    if (m_rest && user.id != m_user.id)
        m_rest->clearSuppliedTokens();
    m_user = user;
    if (!m_snapshot)
        m_delegated = m_delegatedUsers.contains(user.id);
    m_overrides.clear();
    reresolve();
}

void InspectorSession::setDelegated(bool delegated)
{
    if (m_delegated == delegated)
        return;
    m_delegated = delegated;
    if (!m_user.id.isEmpty())
        reresolve();
}

bool InspectorSession::isBusy() const
{
    return m_probeStarting || (m_resolver && m_resolver->isRunning()) ||
           (m_probe && m_probe->isRunning());
}

void InspectorSession::reresolve()
{
    // A snapshot is about its one user, named or not.
    if (!m_source || (m_user.id.isEmpty() && !m_snapshot))
        return;
    m_probe.reset();
    m_resolver = std::make_unique<Resolver>(m_source);
    connect(m_resolver.get(), &Resolver::resolved, this, &InspectorSession::onResolved);
    Q_EMIT resolving();
    ResolveRequest request{m_user.id, m_user.username, !m_delegated,
                           m_rest ? m_rest->sessionToken() : Secret()};
    if (m_rest)
        request.deploymentUrl = m_rest->baseUrl();
    request.trustedOrigins = m_trustedOrigins;
    m_resolver->resolve(request);
}

void InspectorSession::trustOrigin(const QUrl &origin)
{
    m_trustedOrigins << origin;
    reresolve();
}

void InspectorSession::onResolved(const Resolution &resolution)
{
    m_base = resolution;
    m_base.clientToolCount = m_clientToolCount;
    if (m_rest && !m_snapshot)
        m_base.aiGateway = m_rest->aiGatewayState();
    if (m_eraOverride) {
        m_base.era = *m_eraOverride;
        m_base.eraSource = tr("chosen in the window");
    } else if (m_snapshot) {
        m_base.era = m_snapshot->era;
        m_base.eraSource = m_snapshot->era == CoderEra::Era::Unknown
                               ? tr("the snapshot names no Coder version")
                               : tr("from the snapshot");
    } else {
        m_base.era = CoderEra::fromVersion(deploymentVersion());
        m_base.eraSource = tr("build %1").arg(deploymentVersion());
    }
    if (m_snapshot && !m_snapshot->tools.isEmpty())
        ToolInventory::apply(m_base, m_snapshot->tools);
    m_probeStates = QList<ProbeState>(m_base.servers.size());
    applyOverrides();
    if (m_snapshot || m_base.failed()) {
        m_base.wipeTokens();
        applyOverrides();
        // A snapshot's tokens are redacted: its tool lists come from the file.
        Q_EMIT resolutionChanged();
        return;
    }
    m_base.connection.insecureProbes = m_probeOptions.insecure;
    m_base.connection.allowHttp = m_probeOptions.allowHttp;
    for (const QUrl &origin : std::as_const(m_trustedOrigins))
        m_base.connection.trustedOrigins << TokenPolicy::origin(origin);
    m_probe = std::make_unique<ProbeRunner>(&m_network);
    m_probe->setOptions(m_probeOptions);
    connect(m_probe.get(), &ProbeRunner::progressed, this,
            [this](int index, const ProbeState &state) {
                if (index < m_probeStates.size())
                    m_probeStates[index] = state;
                Q_EMIT probeProgressed(index, state);
            });
    connect(m_probe.get(), &ProbeRunner::finished, this, &InspectorSession::onProbed);
    // Shown before the probes start, so the window fills in as they finish; probe()
    // may finish at once when nothing is probed, which emits again.
    for (int i = 0; i < m_base.servers.size(); ++i)
        if (ProbeRunner::shouldProbe(m_base.servers.at(i)))
            m_probeStates[i].stage = ProbeState::Stage::Pending;
    m_probeStarting = true;
    Q_EMIT resolutionChanged();
    m_probeStarting = false;
    m_probe->probe(m_base);
}

void InspectorSession::onProbed(const Resolution &resolution)
{
    m_base = resolution;
    if (m_probe)
        m_probeStates = m_probe->states();
    applyOverrides();
    Q_EMIT resolutionChanged();
}

void InspectorSession::setEraOverride(std::optional<CoderEra::Era> era)
{
    if (m_eraOverride == era)
        return;
    m_eraOverride = era;
    if (m_source && (!m_user.id.isEmpty() || m_snapshot))
        reresolve();
}

void InspectorSession::setClientToolCount(int count)
{
    if (m_clientToolCount == count)
        return;
    m_clientToolCount = count;
    m_base.clientToolCount = count;
    applyOverrides();
    Q_EMIT resolutionChanged();
}

void InspectorSession::setRegexOverride(int serverIndex, const QString &allow, const QString &deny)
{
    if (serverIndex < 0 || serverIndex >= m_base.servers.size())
        return;
    const ResolvedServer &base = m_base.servers.at(serverIndex);
    // coderd has no tool regex setting for its own MCP server
    // (coderd/aibridgedserver/aibridgedserver.go getCoderMCPServerConfig sets id and URL
    // only): an edit there would predict a deployment nobody can make.
    if (base.kind == ResolvedServer::Kind::Coder)
        return;
    if (allow == base.allowRegex && deny == base.denyRegex)
        m_overrides.remove(serverIndex);
    else
        m_overrides.insert(serverIndex, {allow, deny});
    applyOverridesLater();
}

void InspectorSession::resetRegex(int serverIndex)
{
    m_overrides.remove(serverIndex);
    applyOverridesLater();
}

void InspectorSession::applyOverridesLater()
{
    const quint64 generation = ++m_editGeneration;
    int tools = 0;
    for (const ResolvedServer &s : std::as_const(m_base.servers))
        tools += int(s.tools.size());
    if (tools <= BackgroundFilterThreshold) {
        applyOverrides();
        Q_EMIT regexApplied();
        return;
    }
    // Value types only cross the thread: the base is shared copy-on-write, compiled
    // RE2 programs are safe to use from several threads.
    QPointer<InspectorSession> self(this);
    QThreadPool::globalInstance()->start(
        [self, generation, base = m_base, overrides = m_overrides] {
            Resolution effective = RegexEdits::applied(base, overrides);
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, effective = std::move(effective)] {
                    if (!self || generation != self->m_editGeneration)
                        return; // the admin typed on; a newer result is coming
                    self->m_effective = effective;
                    Q_EMIT self->regexApplied();
                },
                Qt::QueuedConnection);
        });
}

void InspectorSession::applyOverrides()
{
    ++m_editGeneration; // a worker still running is now stale
    m_effective = RegexEdits::applied(m_base, m_overrides);
}

bool InspectorSession::supplyToken(const QString &serverId, const Secret &token)
{
    if (!m_rest || m_source != m_rest.get())
        return false;
    m_rest->supplyToken(m_user.id, serverId, token);
    reresolve();
    return true;
}

QString InspectorSession::envLines(int serverIndex) const
{
    if (serverIndex < 0 || serverIndex >= m_effective.servers.size())
        return {};
    const ResolvedServer &server = m_effective.servers.at(serverIndex);
    const auto quote = [](const QString &value) {
        QString v = value;
        return QStringLiteral("'%1'").arg(v.replace(QLatin1Char('\''), QLatin1String("'\\''")));
    };
    if (server.kind == ResolvedServer::Kind::Coder)
        return tr("# The Coder MCP server's tool regexes are not set through CODER_EXTERNAL_AUTH_* "
                  "variables.\n");
    // <n> is the provider's index among the deployment's CODER_EXTERNAL_AUTH_<n>_* settings.
    // The id comes from the deployment: no line break may escape the comment.
    QString id = server.id;
    for (QChar &c : id)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    return tr("# Use the index n of CODER_EXTERNAL_AUTH_<n>_ID=%1\n").arg(id) +
           QStringLiteral("CODER_EXTERNAL_AUTH_<n>_MCP_TOOL_ALLOW_REGEX=%1\nCODER_EXTERNAL_AUTH_<n>"
                          "_MCP_TOOL_DENY_REGEX=%2\n")
               .arg(quote(server.allowRegex), quote(server.denyRegex));
}
