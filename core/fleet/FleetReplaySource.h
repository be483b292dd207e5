// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetSnapshot.h"
#include "source/Source.h"

// Serves a fleet snapshot's recorded answers, so a saved fleet replays through the same
// scanner and resolver as a live one. A user the scan never reached answers as a lost
// connection would, and stays missing.
class FleetReplaySource : public Source
{
    Q_OBJECT
public:
    explicit FleetReplaySource(FleetSnapshot snapshot, QObject *parent = nullptr);

    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;
    const FleetSnapshot &snapshot() const { return m_snapshot; }
    QList<CoderUser> users() const;

private:
    FleetSnapshot m_snapshot;
    QHash<QString, int> m_userIndex;
};
