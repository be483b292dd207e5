// SPDX-License-Identifier: Apache-2.0
#include "RecordingSource.h"

RecordingSource::RecordingSource(Source *inner, QObject *parent) : Source(parent), m_inner(inner) {}

void RecordingSource::fetchConfigs(const QString &userId, ConfigsCallback done)
{
    m_inner->fetchConfigs(userId, [this, done](const ConfigsResult &result) {
        m_configs = result;
        done(result);
    });
}

void RecordingSource::fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                                        TokensCallback done)
{
    m_inner->fetchAccessTokens(userId, serverIds, [this, done](const TokensResult &result) {
        m_tokens = result;
        done(result);
    });
}

QString RecordingSource::displayName() const
{
    return m_inner ? m_inner->displayName() : QString();
}

QString RecordingSource::limitations() const
{
    return m_inner ? m_inner->limitations() : QString();
}
