// SPDX-License-Identifier: Apache-2.0
#include "FleetSource.h"

#include "source/ProtoJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

FleetSource::FleetSource(Source *inner, bool perUserConfigs, QObject *parent)
    : Source(parent), m_inner(inner), m_perUser(perUserConfigs)
{}

void FleetSource::fetchConfigs(const QString &userId, ConfigsCallback done)
{
    if (!m_inner) {
        QTimer::singleShot(0, this, [done] { done({std::nullopt, QStringLiteral("no source")}); });
        return;
    }
    if (m_perUser) {
        ++m_configCalls;
        m_inner->fetchConfigs(userId, [this, userId, done](const ConfigsResult &result) {
            if (m_recording && result.response) {
                const QJsonValue json = ProtoJson::writeConfigsResponse(*result.response);
                if (m_configsJson.isNull())
                    m_configsJson = json;
                m_userConfigsJson.insert(userId, json);
            }
            done(result);
        });
        return;
    }
    if (m_configs) {
        // Answers arrive asynchronously, never inside the call (Source's contract).
        QTimer::singleShot(0, this, [this, done] { done(*m_configs); });
        return;
    }
    m_waiting << std::move(done);
    if (m_asked)
        return;
    m_asked = true;
    ++m_configCalls;
    m_inner->fetchConfigs(userId, [this](const ConfigsResult &result) {
        // A failed call is not kept: the next user asks again.
        if (result.response)
            m_configs = result;
        if (m_recording)
            m_configsJson = result.response
                                ? QJsonValue(ProtoJson::writeConfigsResponse(*result.response))
                                : QJsonValue(QJsonObject{{QStringLiteral("error"), result.error}});
        m_asked = false;
        const QList<ConfigsCallback> waiting = std::exchange(m_waiting, {});
        for (const ConfigsCallback &callback : waiting)
            callback(result);
    });
}

void FleetSource::fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                                    TokensCallback done)
{
    if (!m_inner) {
        QTimer::singleShot(0, this, [done] {
            TokensResult failed{std::nullopt, QStringLiteral("no source"), {}};
            failed.transportFailed = true;
            done(failed);
        });
        return;
    }
    ++m_tokenCalls;
    m_inner->fetchAccessTokens(userId, serverIds, [this, userId, done](const TokensResult &result) {
        if (result.transportFailed)
            m_transport.insert(userId, result.error);
        else
            m_transport.remove(userId);
        if (m_recording && !result.transportFailed) {
            // The usual answer is written straight to text (one per user, in the scan's
            // path); the rare ones through a JSON tree.
            m_tokensJson.insert(
                userId,
                !result.unknownReason.isEmpty()
                    ? QJsonDocument(QJsonObject{{QStringLiteral("unknown"), result.unknownReason}})
                          .toJson(QJsonDocument::Compact)
                : !result.error.isEmpty()
                    ? QJsonDocument(QJsonObject{{QStringLiteral("error"), result.error}})
                          .toJson(QJsonDocument::Compact)
                : result.response ? ProtoJson::tokensResponseText(*result.response)
                                  : QByteArrayLiteral("null"));
        }
        done(result);
    });
}

QString FleetSource::displayName() const
{
    return m_inner ? m_inner->displayName() : QString();
}

QString FleetSource::limitations() const
{
    return m_inner ? m_inner->limitations() : QString();
}
