// SPDX-License-Identifier: Apache-2.0
#include "SnapshotSource.h"

#include <QTimer>

SnapshotSource::SnapshotSource(Snapshot snapshot, QObject *parent)
    : Source(parent), m_snapshot(std::move(snapshot))
{}

void SnapshotSource::fetchConfigs(const QString &, ConfigsCallback done)
{
    QTimer::singleShot(0, this, [this, done = std::move(done)] { done(m_snapshot.configs); });
}

void SnapshotSource::fetchAccessTokens(const QString &, const QStringList &, TokensCallback done)
{
    QTimer::singleShot(0, this, [this, done = std::move(done)] { done(m_snapshot.tokens); });
}

QString SnapshotSource::displayName() const
{
    return tr("Snapshot of %1")
        .arg(m_snapshot.username.isEmpty() ? m_snapshot.userId : m_snapshot.username);
}

QString SnapshotSource::limitations() const
{
    return tr("A recorded snapshot: one user, no live data.");
}
