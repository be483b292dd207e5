// SPDX-License-Identifier: Apache-2.0
#include "ProbeRunner.h"

#include "CoderClientProbe.h"
#include "McpClient.h"
#include "resolve/ToolInventory.h"
#include "secrets/TokenPolicy.h"

ProbeRunner::ProbeRunner(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{}

void ProbeRunner::probe(const Resolution &resolution)
{
    cancel();
    ++m_generation;
    m_resolution = resolution;
    const int count = int(resolution.servers.size());
    m_states = QList<ProbeState>(count);
    m_clocks = QList<QElapsedTimer>(count);
    m_clients = QList<QPointer<McpClient>>(count);
    m_coderProbes = QList<QList<QPointer<CoderClientProbe>>>(count);
    m_pendingParts = QList<int>(count, 0);
    m_running = 0;
    for (int i = 0; i < count; ++i) {
        if (shouldProbe(resolution.servers.at(i))) {
            m_states[i].stage = ProbeState::Stage::Pending;
            ++m_running;
        }
    }
    if (m_running == 0) {
        m_resolution.wipeTokens();
        Q_EMIT finished(m_resolution);
        return;
    }
    // Start them all before any answer can arrive: the probes overlap fully.
    for (int i = 0; i < count; ++i) {
        if (m_states.at(i).stage == ProbeState::Stage::Pending)
            startServer(i);
    }
}

bool ProbeRunner::shouldProbe(const ResolvedServer &server)
{
    // A server dropped only for its regex has a token: its tools show what a fixed
    // regex would inject.
    return server.outcome == ResolvedServer::Outcome::Proxied ||
           (server.reason == ResolvedServer::Reason::RegexCompile &&
            (server.tokenStatus == ResolvedServer::TokenStatus::Ok ||
             server.tokenStatus == ResolvedServer::TokenStatus::NotNeeded));
}

void ProbeRunner::cancel()
{
    ++m_generation;
    for (const QPointer<McpClient> &client : std::as_const(m_clients)) {
        if (client) {
            client->disconnect(this);
            client->cancel();
            client->deleteLater();
        }
    }
    m_clients.clear();
    for (const auto &probes : std::as_const(m_coderProbes))
        for (const QPointer<CoderClientProbe> &probe : probes)
            if (probe) {
                probe->disconnect(this);
                probe->cancel();
                probe->deleteLater();
            }
    m_coderProbes.clear();
    m_running = 0;
}

void ProbeRunner::startServer(int index)
{
    const ResolvedServer &server = m_resolution.servers.at(index);
    if (!server.bearerToken.isEmpty()) {
        const QString refusal =
            TokenPolicy::plainHttpRefusal(QUrl(server.url), m_options.allowHttp);
        if (!refusal.isEmpty()) {
            // Reported like any failure, but after probe() returns: answers stay async.
            m_clocks[index].start();
            QMetaObject::invokeMethod(
                this,
                [this, index, refusal, generation = m_generation] {
                    if (generation != m_generation)
                        return;
                    McpError error;
                    error.kind = McpError::Kind::Refused;
                    error.message = refusal;
                    m_states[index].error = error;
                    m_resolution.servers[index].toolsError = refusal;
                    update(index, ProbeState::Stage::Failed);
                    serverFinished(index);
                },
                Qt::QueuedConnection);
            return;
        }
    }
    auto *client = new McpClient(m_network, QUrl(server.url), server.bearerToken, this);
    client->setOptions(m_options);
    m_clients[index] = client;
    m_clocks[index].start();
    const quint64 generation = m_generation;

    connect(client, &McpClient::phaseChanged, this,
            [this, index](McpClient::Phase phase, int page) {
                const ProbeState::Stage stage = m_states.at(index).stage;
                // The DELETE after the listing is not part of the probe.
                if (phase == McpClient::Phase::Close || stage == ProbeState::Stage::Done ||
                    stage == ProbeState::Stage::Failed)
                    return;
                update(index,
                       phase == McpClient::Phase::ListTools ? ProbeState::Stage::Listing
                                                            : ProbeState::Stage::Connecting,
                       page);
            });
    connect(client, &McpClient::toolsListed, this,
            [this, index, client, generation](const QList<McpTool> &tools) {
                if (generation != m_generation)
                    return;
                ToolInventory::setServerTools(m_resolution.servers[index], tools);
                m_states[index].toolCount = int(tools.size());
                m_states[index].protocolVersion = client->protocolVersion();
                m_states[index].serverName =
                    client->serverInfo().value(QLatin1String("name")).toString();
                update(index, ProbeState::Stage::Done);
                closeThenFinish(index, client, generation);
            });
    connect(client, &McpClient::failed, this,
            [this, index, client, generation](const McpError &error) {
                if (generation != m_generation)
                    return;
                m_states[index].error = error;
                ResolvedServer &s = m_resolution.servers[index];
                s.toolsError = error.toString();
                if ((error.kind == McpError::Kind::Unauthorized || error.httpStatus == 403) &&
                    !s.tokenWithheld.isEmpty()) {
                    s.toolsError = unaskedTokenReason(s) + QStringLiteral(" (") + error.toString() +
                                   QLatin1Char(')');
                } else if (error.refusesToken() && !s.bearerToken.isEmpty() &&
                           s.kind == ResolvedServer::Kind::External) {
                    // Only an external server's bearer is the user's own token: the Coder
                    // server is probed with this tool's session, not the user's key.
                    // The token the proxy sends was refused: an answer about that token,
                    // not about this workstation. The server injects nothing for the user.
                    s.tokenRefused = true;
                    s.toolsKnown = true;
                    s.tools.clear();
                    s.idsEra = -1;
                    s.toolsError = tr("the server refused the token the proxy sends (%1): the "
                                      "proxier's Init fails and it injects no tools for this "
                                      "user (coderd/aibridged/pool.go logs the failure)")
                                       .arg(error.toString());
                }
                update(index, ProbeState::Stage::Failed);
                closeThenFinish(index, client, generation); // a session may be open
            });
    update(index, ProbeState::Stage::Connecting);
    m_pendingParts[index] = 1;
    client->listTools();
    startCoderProbes(index);
}

QString ProbeRunner::unaskedTokenReason(const ResolvedServer &server)
{
    return server.kind == ResolvedServer::Kind::External
               ? tr("probed without the user's token, which the REST API cannot read; an AI "
                    "Gateway key gives exact answers")
               : tr("probed without the session key (%1)").arg(server.tokenWithheld);
}

CoderPrediction ProbeRunner::withoutTheTokenAsked(const ResolvedServer &server,
                                                  CoderPrediction prediction)
{
    // A refusal of a probe that lacked the token the proxy would send says nothing about
    // what Coder gets with it: unknown, not "no tools".
    if (prediction.authRefused && !server.tokenWithheld.isEmpty()) {
        prediction.outcome = CoderPrediction::Outcome::Unknown;
        prediction.reason = unaskedTokenReason(server);
    } else if (prediction.authRefused && !prediction.tokenRefused) {
        // A bare 403 names no token: an IP allow-list may refuse this workstation and admit
        // coderd. Only a refusal of the token itself says what coderd gets.
        prediction.outcome = CoderPrediction::Outcome::Unknown;
        prediction.reason = tr("a 403 without a token challenge (%1): it may refuse this "
                               "workstation only, not coderd; probe from coderd's network to "
                               "know")
                                .arg(prediction.reason);
    }
    return prediction;
}

void ProbeRunner::closeThenFinish(int index, McpClient *client, quint64 generation)
{
    // The server's session is ended (DELETE, bounded) before the probe counts as done:
    // a caller that quits on finished() would otherwise cut it short.
    connect(client, &McpClient::closed, this, [this, index, client, generation] {
        client->deleteLater();
        if (generation == m_generation)
            partFinished(index);
    });
    client->close();
}

void ProbeRunner::startCoderProbes(int index)
{
    const ResolvedServer &server = m_resolution.servers.at(index);
    m_resolution.servers[index].coderViews.clear();
    // Eras A and B run the same client (mcp-go v0.38.0); only their ids differ.
    const QList<CoderEra::Era> eras =
        m_resolution.era == CoderEra::Era::Unknown
            ? QList<CoderEra::Era>{CoderEra::Era::A, CoderEra::Era::C}
            : QList<CoderEra::Era>{m_resolution.era == CoderEra::Era::B ? CoderEra::Era::A
                                                                        : m_resolution.era};
    const quint64 generation = m_generation;
    for (const CoderEra::Era era : eras) {
        auto *probe =
            new CoderClientProbe(m_network, QUrl(server.url), server.bearerToken, era, this);
        probe->setOptions(m_options);
        m_coderProbes[index] << probe;
        ++m_pendingParts[index];
        connect(probe, &CoderClientProbe::finished, this,
                [this, index, probe, generation](const CoderPrediction &p) {
                    probe->deleteLater();
                    if (generation != m_generation)
                        return;
                    ResolvedServer &s = m_resolution.servers[index];
                    const CoderPrediction seen = withoutTheTokenAsked(s, p);
                    s.coderViews.insert(int(p.era), seen);
                    if (p.era == CoderEra::Era::A) {
                        CoderPrediction b = seen;
                        b.era = CoderEra::Era::B;
                        s.coderViews.insert(int(CoderEra::Era::B), b);
                    }
                    s.idsEra = -1;
                    partFinished(index);
                });
        probe->start();
    }
}

void ProbeRunner::partFinished(int index)
{
    if (--m_pendingParts[index] > 0)
        return;
    serverFinished(index);
}

void ProbeRunner::update(int index, ProbeState::Stage stage, int page)
{
    ProbeState &state = m_states[index];
    state.stage = stage;
    state.page = page;
    state.elapsedMs = m_clocks.at(index).elapsed();
    Q_EMIT progressed(index, state);
}

void ProbeRunner::traceInit()
{
    // What the bridge's Init logs on the user's first request, as predicted for the era
    // shown: "mcp client initialized" per server (aibridge/mcp/proxy_streamable_http.go,
    // logger …mcp-server-proxy-<id>), then one "failed to initialize MCP server
    // proxier(s)" with every failure (coderd/aibridged/pool.go).
    const int era = int(m_resolution.displayEra());
    QStringList failures;
    for (const ResolvedServer &s : std::as_const(m_resolution.servers)) {
        const auto view = s.coderViews.constFind(era);
        if (view == s.coderViews.constEnd())
            continue;
        if (view->outcome == CoderPrediction::Outcome::Ok)
            m_resolution.trace << TraceEntry{TraceEntry::Level::Debug, QStringLiteral("init"), s.id,
                                             QStringLiteral("mcp client initialized"), true};
        else if (view->outcome == CoderPrediction::Outcome::Fails)
            failures << QStringLiteral("%1: %2").arg(s.id, view->reason);
    }
    if (!failures.isEmpty())
        m_resolution.trace << TraceEntry{TraceEntry::Level::Warn,
                                         QStringLiteral("init"),
                                         {},
                                         QStringLiteral("failed to initialize MCP server "
                                                        "proxier(s): %1 error(s) occurred: %2")
                                             .arg(failures.size())
                                             .arg(failures.join(QLatin1String("; "))),
                                         true};
}

void ProbeRunner::serverFinished(int index)
{
    if (--m_running > 0)
        return;
    traceInit();
    ToolInventory::refresh(m_resolution);
    m_resolution.wipeTokens(); // used: the clients that carried them are gone
    Q_EMIT finished(m_resolution);
}
