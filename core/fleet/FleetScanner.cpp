// SPDX-License-Identifier: Apache-2.0
#include "FleetScanner.h"

#include "FleetSource.h"
#include "mcp/ProbeRunner.h"
#include "resolve/ToolInventory.h"

#include <cmath>
#include <QCoreApplication>
#include <QTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FleetScanner", text);
}
constexpr qint64 ProgressEveryMs = 50;
} // namespace

FleetScanner::FleetScanner(QObject *parent) : QObject(parent) {}

FleetScanner::~FleetScanner()
{
    qDeleteAll(m_resolvers);
}

void FleetScanner::start(const Setup &setup, const QList<CoderUser> &users)
{
    cancel();
    qDeleteAll(m_resolvers);
    m_resolvers.clear();
    delete m_source;
    m_source = nullptr;
    m_setup = setup;
    m_result = FleetResult();
    m_result.sourceName = setup.sourceName;
    m_result.sourceNote = setup.sourceNote;
    m_result.coderVersion = setup.coderVersion;
    m_result.era = setup.era;
    m_result.eraSource = setup.eraSource;
    m_result.clientToolCount = setup.clientToolCount;
    m_result.aiGateway = setup.aiGateway;
    m_result.tokensVisible = setup.tokensVisible;
    m_result.scannedAt = QDateTime::currentDateTimeUtc();
    m_result.users.resize(users.size());
    for (int i = 0; i < users.size(); ++i) {
        m_result.users[i].id = users.at(i).id;
        m_result.users[i].username = users.at(i).username;
    }
    m_attempts.fill(0, users.size());
    m_queue.clear();
    for (int i = 0; i < users.size(); ++i)
        m_queue << i;
    m_queueHead = 0;
    m_serverById.clear();
    m_candidates.clear();
    m_candidateUser.clear();
    m_candidateIndex.clear();
    m_done = 0;
    m_nextStartMs = 0;
    ++m_scanId;
    m_cancelled = false;
    m_running = true;
    m_lastProgressMs = -1;
    m_clock.start();
    m_source = new FleetSource(setup.source, setup.perUserConfigs, this);
    m_source->setRecording(setup.recordInputs);
    const int slotCount = qBound(1, setup.concurrency, 64);
    m_slotUser.fill(-1, slotCount);
    for (int slot = 0; slot < slotCount; ++slot) {
        auto *resolver = new Resolver(m_source);
        connect(resolver, &Resolver::resolved, this,
                [this, slot](const Resolution &r) { onResolved(slot, r); });
        m_resolvers << resolver;
    }
    emitProgress(true);
    if (users.isEmpty()) {
        QTimer::singleShot(0, this, &FleetScanner::finishScan);
        return;
    }
    for (int slot = 0; slot < slotCount; ++slot)
        startNext(slot);
}

void FleetScanner::startNext(int slot)
{
    if (m_cancelled || m_queueHead >= m_queue.size()) {
        m_slotUser[slot] = -1;
        for (const int busy : std::as_const(m_slotUser))
            if (busy != -1)
                return;
        if (m_running && !m_probe && m_userProbeQueue.isEmpty() && m_userProbes.isEmpty())
            finishScan();
        return;
    }
    if (m_setup.rate > 0) {
        // Paced from the last start, not from the scan's start: after a stall (slow
        // providers) the calls do not catch up in a burst.
        const double now = m_clock.nsecsElapsed() / 1e6;
        if (now < m_nextStartMs) {
            m_slotUser[slot] = Waiting;
            QTimer::singleShot(int(std::ceil(m_nextStartMs - now)), this,
                               [this, slot, scan = m_scanId] {
                                   if (scan == m_scanId && m_running &&
                                       m_slotUser.value(slot) == Waiting)
                                       startNext(slot);
                               });
            return;
        }
        m_nextStartMs = now + 1000.0 / m_setup.rate;
    }
    const int u = m_queue.at(m_queueHead++);
    m_slotUser[slot] = u;
    const FleetUser &user = m_result.users.at(u);
    ResolveRequest request;
    request.userId = user.id;
    request.username = user.username;
    request.hasSessionKey = true;
    request.sessionKey = m_setup.sessionKey;
    request.deploymentUrl = m_setup.deploymentUrl;
    request.trustedOrigins = m_setup.trustedOrigins;
    m_resolvers.at(slot)->resolve(request);
}

void FleetScanner::onResolved(int slot, const Resolution &resolution)
{
    const int u = m_slotUser.value(slot, -1);
    if (u < 0 || m_cancelled)
        return;
    FleetUser &user = m_result.users[u];
    const QString transport = m_source->transportFailure(user.id);
    const bool retry = !transport.isEmpty() || resolution.failed();
    if (retry && m_attempts[u] < m_setup.retries) {
        // Our connection failed, not coderd's answer: ask again (the gateway connection
        // reconnects on the next call after a loss).
        ++m_attempts[u];
        m_queue << u;
    } else if (!transport.isEmpty()) {
        user.missing =
            tr("no answer from coderd after %1 attempts: %2").arg(m_attempts[u] + 1).arg(transport);
        ++m_done;
    } else {
        record(u, resolution);
        ++m_done;
        if (m_setup.probeEach && !resolution.failed() && m_setup.network) {
            // The user's tokens are held only until their own probe has run.
            m_userProbeQueue << qMakePair(u, resolution);
            pumpUserProbes();
        }
    }
    emitProgress(false);
    // The next user starts from the event loop: the resolver has finished its emit.
    QTimer::singleShot(0, this, [this, slot] { startNext(slot); });
}

void FleetScanner::record(int u, const Resolution &resolution)
{
    FleetUser &user = m_result.users[u];
    user.missing.clear();
    if (resolution.failed()) {
        user.error = resolution.error;
        return;
    }
    for (const ResolvedServer &server : resolution.servers) {
        // The later external config of the same id speaks for an earlier one. The Coder
        // server replaced by an external provider with id "coder" keeps its own column:
        // the factory's map (proxiers[...] in coderd/aibridged/mcp.go) dropped it.
        if (server.reason == ResolvedServer::Reason::Replaced &&
            server.kind == ResolvedServer::Kind::External)
            continue;
        const QString key = serverKey(server);
        auto it = m_serverById.constFind(key);
        int index;
        if (it == m_serverById.constEnd()) {
            FleetServer fs;
            fs.id = server.id;
            fs.kind = server.kind;
            fs.url = server.url;
            fs.allowRegex = server.allowRegex;
            fs.denyRegex = server.denyRegex;
            fs.probed.id = server.id;
            fs.probed.registeredId = server.registeredId;
            fs.probed.url = server.url;
            fs.probed.kind = server.kind;
            fs.probed.allowRegex = server.allowRegex;
            fs.probed.denyRegex = server.denyRegex;
            fs.probed.filter = server.filter;
            fs.probed.regexError = server.regexError;
            m_result.servers << fs;
            index = int(m_result.servers.size() - 1);
            m_serverById.insert(key, index);
        } else {
            index = *it;
        }
        if (user.cells.size() <= index)
            user.cells.resize(index + 1);
        FleetCell &cell = user.cells[index];
        cell.present = true;
        cell.outcome = server.outcome;
        cell.reason = server.reason;
        cell.tokenStatus = server.tokenStatus;
        cell.tokenClass = FleetResult::classify(server.tokenStatus, server.tokenError);
        cell.tokenError = m_result.intern(server.tokenError);
        const bool usable = server.outcome == ResolvedServer::Outcome::Proxied &&
                            (!server.bearerToken.isEmpty() ||
                             server.tokenStatus == ResolvedServer::TokenStatus::NotNeeded);
        if (usable && !m_candidates.contains(index)) {
            m_candidates.insert(index, server);
            m_candidateIndex.insert(index, u);
            // The Coder server is listed with the session key, not the user's token.
            m_candidateUser.insert(index, server.kind == ResolvedServer::Kind::Coder &&
                                                  !m_setup.sessionUsername.isEmpty()
                                              ? m_setup.sessionUsername
                                              : user.username);
        }
    }
}

void FleetScanner::pumpUserProbes()
{
    m_userProbes.removeAll(nullptr);
    while (!m_cancelled && !m_userProbeQueue.isEmpty() &&
           m_userProbes.size() < qMax(1, m_setup.perUserProbes)) {
        // Not a structured binding: C++17 lambdas cannot capture one (clang refuses).
        const QPair<int, Resolution> next = m_userProbeQueue.takeFirst();
        const int u = next.first;
        Resolution resolution = next.second;
        resolution.era = m_setup.era;
        auto *runner = new ProbeRunner(m_setup.network, this);
        runner->setOptions(m_setup.probeOptions);
        m_userProbes << runner;
        connect(runner, &ProbeRunner::finished, this, [this, u, runner](const Resolution &probed) {
            m_userProbes.removeAll(runner);
            runner->deleteLater();
            userProbed(u, probed);
            pumpUserProbes();
            bool busy = false;
            for (const int slot : std::as_const(m_slotUser))
                busy |= slot != -1;
            if (!busy && m_queueHead >= m_queue.size() && m_userProbeQueue.isEmpty() &&
                m_userProbes.isEmpty())
                finishScan();
        });
        runner->probe(resolution);
        resolution.wipeTokens();
        if (!runner->isRunning()) {
            // Nothing to probe for this user: finished() has not come and will not.
            m_userProbes.removeAll(runner);
            runner->deleteLater();
        }
    }
}

void FleetScanner::userProbed(int u, const Resolution &probed)
{
    FleetUser &user = m_result.users[u];
    for (const ResolvedServer &server : probed.servers) {
        const int s = m_serverById.value(serverKey(server), -1);
        if (s < 0 || s >= user.cells.size() || !server.toolsKnown ||
            server.outcome != ResolvedServer::Outcome::Proxied)
            continue;
        user.cells[s].ownInjected = server.injectedToolCount;
        user.cells[s].ownToolsHash = FleetResult::toolsHash(server);
        user.cells[s].tokenRefused = server.tokenRefused;
    }
}

void FleetScanner::finishScan()
{
    if (!m_running)
        return;
    // Every row as wide as the server list; users who never saw a server have no cell.
    for (FleetUser &user : m_result.users)
        user.cells.resize(m_result.servers.size());
    noteCoderIdCollision();
    if (m_cancelled) {
        finish();
        return;
    }
    emitProgress(true);
    if (!m_setup.probe) {
        for (FleetServer &fs : m_result.servers) {
            const auto it = m_setup.recordedTools.constFind(fs.id);
            if (it != m_setup.recordedTools.constEnd()) {
                ToolInventory::setServerTools(fs.probed, *it);
                fs.listedBy = m_setup.recordedListedBy.value(fs.id);
                fs.toolsNote = tr("recorded in the snapshot");
            } else {
                fs.toolsNote = tr("not probed");
            }
        }
        for (FleetUser &user : m_result.users) {
            const auto own = m_setup.recordedOwnInjected.constFind(user.id);
            if (own == m_setup.recordedOwnInjected.constEnd())
                continue;
            for (auto it = own->cbegin(); it != own->cend(); ++it) {
                const int s = m_result.serverIndex(it.key());
                if (s >= 0 && s < user.cells.size()) {
                    user.cells[s].ownInjected = qMax(0, it.value());
                    user.cells[s].ownToolsHash = 1; // a list of their own, names not kept
                    user.cells[s].tokenRefused = it.value() < 0;
                }
            }
        }
        finish();
        return;
    }
    probeServers();
}

void FleetScanner::probeServers()
{
    Resolution probe;
    probe.era = CoderEra::Era::Unknown; // every era's client, so a what-if can change era
    QList<int> indices;
    for (int s = 0; s < m_result.servers.size(); ++s) {
        const auto it = m_candidates.constFind(s);
        if (it == m_candidates.constEnd()) {
            m_result.servers[s].toolsNote =
                tr("no scanned user has this server proxied with a usable token: its tools are "
                   "unknown");
            continue;
        }
        probe.servers << *it;
        indices << s;
    }
    m_candidates.clear(); // the tokens now live only in the probe's copy
    if (probe.servers.isEmpty() || !m_setup.network) {
        finish();
        return;
    }
    Q_EMIT probing();
    m_probe = new ProbeRunner(m_setup.network, this);
    m_probe->setOptions(m_setup.probeOptions);
    connect(m_probe, &ProbeRunner::finished, this, [this, indices](const Resolution &probed) {
        for (int i = 0; i < indices.size() && i < probed.servers.size(); ++i) {
            FleetServer &fs = m_result.servers[indices.at(i)];
            ResolvedServer server = probed.servers.at(i);
            server.bearerToken.wipe();
            fs.probed.toolsKnown = server.toolsKnown;
            fs.probed.toolsError = server.toolsError;
            fs.probed.tools = server.tools;
            fs.probed.coderViews = server.coderViews;
            fs.probed.idsEra = -1;
            fs.listedBy = m_candidateUser.value(indices.at(i));
            fs.toolsNote = server.toolsKnown ? tr("listed once with %1's token").arg(fs.listedBy)
                                             : tr("the probe with %1's token failed: %2")
                                                   .arg(fs.listedBy, server.toolsError);
            if (server.tokenRefused) {
                // A refusal of one user's token says that user gets nothing from the
                // server, not what the others' tokens get.
                fs.probed.toolsKnown = false;
                fs.probed.tools.clear();
                fs.toolsNote = tr("the server refused %1's token (%2): %1 gets no tools from "
                                  "it; the others' tools are unknown (--probe-each lists each "
                                  "user's own)")
                                   .arg(fs.listedBy, server.toolsError);
                const int lister = m_candidateIndex.value(indices.at(i), -1);
                if (lister >= 0 && indices.at(i) < m_result.users[lister].cells.size()) {
                    FleetCell &cell = m_result.users[lister].cells[indices.at(i)];
                    cell.ownInjected = 0;
                    cell.ownToolsHash = 1; // an empty list of its own
                    cell.tokenRefused = true;
                }
            }
            if (m_setup.probeEach) {
                const uint shared = FleetResult::toolsHash(fs.probed);
                for (const FleetUser &user : std::as_const(m_result.users)) {
                    const FleetCell &cell = user.cells.value(indices.at(i));
                    if (cell.ownToolsHash == 0)
                        continue;
                    ++fs.usersProbed;
                    // Against an unknown shared list no list is "another".
                    fs.usersWithOtherTools += shared != 0 && cell.ownToolsHash != shared;
                }
                fs.toolsNote += tr("; listed again with each user's own token: %1 of %2 got "
                                   "another list")
                                    .arg(fs.usersWithOtherTools)
                                    .arg(fs.usersProbed);
            }
        }
        m_probe->deleteLater();
        finish();
    });
    m_probe->probe(probe);
}

void FleetScanner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.cancelled = m_cancelled;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.probedEach = m_setup.probeEach;
    for (int i = m_queueHead; i < m_queue.size(); ++i) {
        FleetUser &user = m_result.users[m_queue.at(i)];
        if (user.missing.isEmpty() && user.cells.isEmpty() && user.error.isEmpty())
            user.missing = tr("not scanned: the scan was cancelled");
    }
    for (FleetUser &user : m_result.users)
        user.cells.resize(m_result.servers.size());
    emitProgress(true);
    Q_EMIT finished();
}

void FleetScanner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (Resolver *resolver : std::as_const(m_resolvers))
        resolver->disconnect(this);
    for (int slot = 0; slot < m_slotUser.size(); ++slot) {
        const int u = m_slotUser.at(slot);
        if (u >= 0 && m_result.users.at(u).cells.isEmpty())
            m_result.users[u].missing = tr("not scanned: the scan was cancelled");
        m_slotUser[slot] = -1;
    }
    for (const QPointer<ProbeRunner> &runner : std::as_const(m_userProbes))
        if (runner) {
            runner->disconnect(this);
            runner->cancel();
            runner->deleteLater();
        }
    m_userProbes.clear();
    for (auto &queued : m_userProbeQueue)
        queued.second.wipeTokens();
    m_userProbeQueue.clear();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
        for (FleetServer &fs : m_result.servers)
            if (!fs.probed.toolsKnown)
                fs.toolsNote = tr("the probe was cancelled");
    }
    finish();
}

double FleetScanner::secondsLeft() const
{
    if (m_done <= 0 || !m_clock.isValid())
        return -1;
    const double perUser = double(m_clock.elapsed()) / 1000.0 / m_done;
    return perUser * (totalCount() - m_done);
}

int FleetScanner::configCalls() const
{
    return m_source ? m_source->configCalls() : 0;
}

int FleetScanner::tokenCalls() const
{
    return m_source ? m_source->tokenCalls() : 0;
}

void FleetScanner::emitProgress(bool force)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < ProgressEveryMs)
        return;
    m_lastProgressMs = now;
    Q_EMIT progressed(m_done, totalCount());
}

QString FleetScanner::serverKey(const ResolvedServer &server)
{
    // The Coder server and an external provider may share the id "coder".
    return (server.kind == ResolvedServer::Kind::Coder ? QStringLiteral("coder-server:")
                                                       : QStringLiteral("external:")) +
           server.id;
}

void FleetScanner::noteCoderIdCollision()
{
    if (!m_serverById.contains(QStringLiteral("external:coder")) ||
        !m_serverById.contains(QStringLiteral("coder-server:coder")))
        return;
    m_result.notes << tr("an external-auth provider has the id \"coder\", the key the factory "
                         "registers the Coder MCP server under (proxiers[\"coder\"], "
                         "coderd/aibridged/mcp.go): for every user whose token for it is ok it "
                         "replaces the Coder MCP server, whose tools they lose; rename the "
                         "provider's id");
}
