// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "McpTransportOptions.h"
#include "ProbeState.h"
#include "resolve/Resolution.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class CoderClientProbe;
class McpClient;
#include <QNetworkAccessManager>

// Connects to every proxied server of a resolution at once (as AI Bridge's
// ServerProxyManager.Init does), lists their tools, and applies them to the
// resolution so the regex verdicts speak of real tools. A server that fails
// contributes no tools; its error is kept. Beside this spec-perfect probe, each server
// is listed again as Coder's own client of the resolution's era does (both clients
// when the era is unknown), so the verdicts say what that build really injects.
//
// Ownership: clients are children, deleted as each finishes.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const McpTransportOptions &options) { m_options = options; }
    void probe(const Resolution &resolution);
    static bool shouldProbe(const ResolvedServer &server);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    const QList<ProbeState> &states() const { return m_states; }
    const Resolution &resolution() const { return m_resolution; }

Q_SIGNALS:
    void progressed(int serverIndex, const ProbeState &state);
    void finished(const Resolution &resolution);

private:
    void startServer(int index);
    void update(int index, ProbeState::Stage stage, int page = 0);
    void serverFinished(int index);
    void startCoderProbes(int index);
    void closeThenFinish(int index, McpClient *client, quint64 generation);
    static QString unaskedTokenReason(const ResolvedServer &server);
    void traceInit();
    static CoderPrediction withoutTheTokenAsked(const ResolvedServer &server,
                                                CoderPrediction prediction);
    void partFinished(int index);

    QPointer<QNetworkAccessManager> m_network;
    McpTransportOptions m_options;
    Resolution m_resolution;
    QList<ProbeState> m_states;
    QList<QElapsedTimer> m_clocks;
    QList<QPointer<McpClient>> m_clients;
    QList<QList<QPointer<CoderClientProbe>>> m_coderProbes;
    QList<int> m_pendingParts; // per server: the spec probe and Coder's clients still running
    int m_running = 0;
    quint64 m_generation = 0;
};
