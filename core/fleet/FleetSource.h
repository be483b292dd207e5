// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/Source.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPointer>

// The source a fleet scan resolves through: configs are asked once and shared (coderd's
// are deployment-wide: aibridgedserver.go GetMCPServerConfigs ignores the request at
// v2.35.1), token batches go through per user. A token call that never got coderd's
// answer is remembered, so the scanner asks again instead of recording our failure as
// the user's. With perUserConfigs (the sandbox, whose stories have their own configs),
// configs are asked per user too.
class FleetSource : public Source
{
    Q_OBJECT
public:
    FleetSource(Source *inner, bool perUserConfigs, QObject *parent = nullptr);

    void fetchConfigs(const QString &userId, ConfigsCallback done) override;
    void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                           TokensCallback done) override;
    QString displayName() const override;
    QString limitations() const override;

    // Why the user's last token call failed on our side, or empty.
    QString transportFailure(const QString &userId) const { return m_transport.value(userId); }
    void forget(const QString &userId) { m_transport.remove(userId); }
    // For a fleet snapshot: the configs answer and each user's token answer as protobuf
    // JSON, tokens replaced by "<redacted>" (ProtoJson), kept only when asked. A user's
    // answer is kept as compact JSON text: a tenth of a JSON tree's memory at 100 000 users.
    void setRecording(bool on) { m_recording = on; }
    const QJsonValue &recordedConfigs() const { return m_configsJson; }
    const QHash<QString, QByteArray> &recordedTokens() const { return m_tokensJson; }
    // Per user, when configs are asked per user (the sandbox).
    const QHash<QString, QJsonValue> &recordedUserConfigs() const { return m_userConfigsJson; }
    int configCalls() const { return m_configCalls; }
    int tokenCalls() const { return m_tokenCalls; }

private:
    QPointer<Source> m_inner;
    bool m_perUser;
    bool m_asked = false;
    std::optional<ConfigsResult> m_configs;
    QList<ConfigsCallback> m_waiting;
    QHash<QString, QString> m_transport;
    bool m_recording = false;
    QJsonValue m_configsJson;
    QHash<QString, QByteArray> m_tokensJson;
    QHash<QString, QJsonValue> m_userConfigsJson;
    int m_configCalls = 0;
    int m_tokenCalls = 0;
};
