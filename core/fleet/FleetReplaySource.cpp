// SPDX-License-Identifier: Apache-2.0
#include "FleetReplaySource.h"

#include <QTimer>

FleetReplaySource::FleetReplaySource(FleetSnapshot snapshot, QObject *parent)
    : Source(parent), m_snapshot(std::move(snapshot))
{
    for (int i = 0; i < m_snapshot.users.size(); ++i)
        m_userIndex.insert(m_snapshot.users.at(i).user.id, i);
}

void FleetReplaySource::fetchConfigs(const QString &userId, ConfigsCallback done)
{
    QTimer::singleShot(0, this, [this, userId, done] {
        const int i = m_userIndex.value(userId, -1);
        done(i >= 0 && m_snapshot.users.at(i).configs ? *m_snapshot.users.at(i).configs
                                                      : m_snapshot.configs);
    });
}

void FleetReplaySource::fetchAccessTokens(const QString &userId, const QStringList &,
                                          TokensCallback done)
{
    QTimer::singleShot(0, this, [this, userId, done] {
        const int i = m_userIndex.value(userId, -1);
        if (i < 0 || !m_snapshot.users.at(i).tokens) {
            TokensResult missing;
            missing.error =
                i < 0 ? QStringLiteral("not in the snapshot") : m_snapshot.users.at(i).missing;
            missing.transportFailed = true;
            done(missing);
            return;
        }
        done(*m_snapshot.users.at(i).tokens);
    });
}

QString FleetReplaySource::displayName() const
{
    return tr("Fleet snapshot of %1, scanned %2")
        .arg(m_snapshot.sourceName, m_snapshot.scannedAt.toString(Qt::ISODate));
}

QString FleetReplaySource::limitations() const
{
    return tr("Recorded answers: token status as coderd gave it when the fleet was scanned.");
}

QList<CoderUser> FleetReplaySource::users() const
{
    QList<CoderUser> users;
    users.reserve(m_snapshot.users.size());
    for (const FleetSnapshot::User &u : m_snapshot.users)
        users << u.user;
    return users;
}
