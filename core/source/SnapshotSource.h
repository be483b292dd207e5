// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Snapshot.h"
#include "Source.h"

// Answers the configurator calls from a recorded snapshot (offline analysis, bug
// reports, reproducible tests).
class SnapshotSource : public Source
{
    Q_OBJECT
public:
    explicit SnapshotSource(Snapshot snapshot, QObject *parent = nullptr);

    const Snapshot &snapshot() const { return m_snapshot; }
    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;

private:
    Snapshot m_snapshot;
};
