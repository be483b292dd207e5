// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Snapshot.h"
#include "Source.h"

#include <QPointer>

// Passes the configurator calls through to another source and keeps the answers,
// so a resolution can be saved as a snapshot and replayed offline.
class RecordingSource : public Source
{
    Q_OBJECT
public:
    explicit RecordingSource(Source *inner, QObject *parent = nullptr);

    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;

    const ConfigsResult &configs() const { return m_configs; }
    const TokensResult &tokens() const { return m_tokens; }

private:
    QPointer<Source> m_inner;
    ConfigsResult m_configs;
    TokensResult m_tokens;
};
