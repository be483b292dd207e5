// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderRestSource.h"
#include "fleet/FleetScanner.h"
#include "fleet/WhatIfEdits.h"
#include "mcp/McpTransportOptions.h"
#include "mcp/ProbeState.h"
#include "observe/ObservedComparison.h"
#include "resolve/RegexEdits.h"
#include "resolve/Resolution.h"
#include "resolve/Resolver.h"
#include "source/Snapshot.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

class ProbeRunner;

// What the admin window does, without widgets: connect to a source, pick a user,
// resolve and probe, try regex edits against the real tool lists, export a report.
// The widgets only display it and forward input, so tests drive the same logic.
class InspectorSession : public QObject
{
    Q_OBJECT
public:
    using RegexOverride = RegexEdit;

    explicit InspectorSession(QObject *parent = nullptr);
    ~InspectorSession() override;

    // REST sign-in first (users, admin identity); with an AI Gateway key, the gateway
    // then answers the factory's questions exactly, per user. A deployment without the
    // route (404) falls back to REST and says why (gatewayNote()).
    void connectToDeployment(const QUrl &url, const Secret &token, const Secret &gatewayKey = {});
    // Why the gateway is not in use (no key, no route), or "".
    const QString &gatewayNote() const { return m_gatewayNote; }
    bool usesGateway() const;
    // With the Owner session, creates a key named after this workstation and connects
    // again with it; `done` gets the key (to keep in the keychain) or the error.
    // Creates the key `name` (CoderRestSource::freeKeyName of this tool's name when a key
    // of that name exists) and reconnects with it.
    void createGatewayKey(const QString &name, CoderRestSource::KeyCallback done);
    void listGatewayKeys(CoderRestSource::KeysCallback done);
    void deleteGatewayKey(const QString &id, std::function<void(const QString &error)> done);
    // The selected user's recorded AI Bridge activity of the last `seconds`, beside the
    // current prediction (ObservedComparison). `done` gets the comparison's text, or why
    // there is none.
    // The user's recorded activity beside the current prediction; `error` when it could
    // not be read (what was read is still compared).
    void fetchObserved(qint64 seconds,
                       std::function<void(const ObservedComparison &, const QString &error)> done);
    bool openSnapshot(const QString &path, QString *error);
    void disconnectSource();
    void setProbeOptions(const McpTransportOptions &options) { m_probeOptions = options; }
    // Where the admin's session token may go besides the deployment's own origin.
    void setTrustedOrigins(const QList<QUrl> &origins) { m_trustedOrigins = origins; }
    // The admin confirmed it: send the session token to this origin too. Resolves again.
    void trustOrigin(const QUrl &origin);
    const QList<QUrl> &trustedOrigins() const { return m_trustedOrigins; }
    // Users whose requests arrive delegated (the sandbox's story for them).
    void setDelegatedUsers(const QSet<QString> &userIds) { m_delegatedUsers = userIds; }

    bool isConnected() const { return m_source != nullptr; }
    // The whole deployment at once: what a FleetScanner needs from this connection, the
    // era being the build's (the window's era choice is a what-if on top).
    FleetScanner::Setup fleetSetup() const;
    // Every user matching `search`, page after page (a snapshot: its one user).
    void listAllUsers(const QString &search,
                      std::function<void(const QList<CoderUser> &, const QString &error)> done);
    // The window's edits as a fleet what-if: regexes by server id, the era choice, the
    // client's own tools.
    WhatIfEdits fleetEdits() const;
    // The sandbox's story users have configs of their own (coderd's are deployment-wide).
    void setPerUserConfigs(bool perUser) { m_perUserConfigs = perUser; }
    Source *source() const { return m_source; }
    QString sourceName() const;
    QString sourceLimitations() const;
    QUrl deploymentUrl() const;
    CoderUser signedInUser() const;
    QString deploymentVersion() const;
    bool canSearchUsers() const { return m_rest && !m_snapshot; }
    const Snapshot *snapshot() const { return m_snapshot.get(); }

    void searchUsers(const QString &text, int offset, int limit,
                     CoderRestSource::UsersCallback done);
    void selectUser(const CoderUser &user);
    const CoderUser &selectedUser() const { return m_user; }
    void setDelegated(bool delegated);
    // The Coder era predictions speak for: the admin's choice, or (nullopt) the one the
    // deployment's build version names. Changing it probes again: the clients differ.
    void setEraOverride(std::optional<CoderEra::Era> era);
    std::optional<CoderEra::Era> eraOverride() const { return m_eraOverride; }
    // The client's own tools (Claude Code, Cursor …), counted against the 128 limit.
    void setClientToolCount(int count);
    int clientToolCount() const { return m_clientToolCount; }
    bool isDelegated() const { return m_delegated; }
    void reresolve();
    bool isBusy() const;

    const Resolution &baseResolution() const { return m_base; }
    const Resolution &resolution() const { return m_effective; }
    const QList<ProbeState> &probeStates() const { return m_probeStates; }

    // Live edits: recompiled and re-filtered at once, the server's outcome flipping
    // to dropped (regex-compile) exactly as the factory would.
    void setRegexOverride(int serverIndex, const QString &allow, const QString &deny);
    void resetRegex(int serverIndex);
    bool hasOverride(int serverIndex) const { return m_overrides.contains(serverIndex); }
    const QHash<int, RegexOverride> &overrides() const { return m_overrides; }
    // Past this many tools an edit re-filters on a worker thread (about 5 ms of work at
    // 20 000 tools on this machine; 0.9 ms at 10 000), so typing stays smooth.
    static constexpr int BackgroundFilterThreshold = 20000;
    QString envLines(int serverIndex) const;
    // For a server whose token status this source cannot see: probe it with a token
    // the admin has (memory only). Resolves again.
    bool supplyToken(const QString &serverId, const Secret &token);

Q_SIGNALS:
    void connected();
    void connectionFailed(const QString &error);
    void resolving();
    void resolutionChanged(); // base or effective changed: redraw everything
    void regexApplied();      // only the effective resolution changed (an edit)
    void probeProgressed(int serverIndex, const ProbeState &state);

private:
    void onResolved(const Resolution &resolution);
    void onProbed(const Resolution &resolution);
    void applyOverrides();
    void applyOverridesLater();

    QNetworkAccessManager m_network;
    McpTransportOptions m_probeOptions;
    std::unique_ptr<CoderRestSource> m_rest;
    std::unique_ptr<Source> m_owned;
    std::unique_ptr<Snapshot> m_snapshot;
    Source *m_source = nullptr;
    std::unique_ptr<Resolver> m_resolver;
    std::unique_ptr<ProbeRunner> m_probe;
    QSet<QString> m_delegatedUsers;
    QList<QUrl> m_trustedOrigins;
    QString m_gatewayNote;
    std::optional<CoderEra::Era> m_eraOverride;
    bool m_perUserConfigs = false;
    int m_clientToolCount = 0;
    CoderUser m_user;
    bool m_delegated = false;
    Resolution m_base;
    Resolution m_effective;
    QList<ProbeState> m_probeStates;
    QHash<int, RegexOverride> m_overrides;
    bool m_probeStarting = false;
    quint64 m_editGeneration = 0; // a worker's result older than the latest edit is dropped
};
