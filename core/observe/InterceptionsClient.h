// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderApiCall.h"
#include "Interception.h"

#include <functional>
#include <QObject>
#include <QPointer>

// GET /api/v2/aibridge/interceptions?q=initiator:"U" started_after:"T" (Owner): cursor
// paging with after_id and limit, as codersdk AIBridgeListInterceptions does (offsets
// are not supported there). Bounded: at most MaxPages pages of PageSize.
class InterceptionsClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100; // codersdk: default 100, max 1000
    static constexpr int MaxPages = 20;
    using Done = std::function<void(const QList<Interception> &, const QString &error)>;

    InterceptionsClient(QNetworkAccessManager *network, const QUrl &deployment,
                        const Secret &sessionToken, QObject *parent = nullptr);
    void setOptions(const CoderApiCall::Options &options) { m_options = options; }
    void fetch(const QString &initiator, const QDateTime &since, Done done);

    // One page of the answer; false with *error on a body that is not one.
    static bool parsePage(const QJsonObject &body, QList<Interception> *out, QString *error);

private:
    void fetchPage(const QString &query, const QString &afterId, int page,
                   QList<Interception> collected, Done done);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_deployment;
    Secret m_token;
    CoderApiCall::Options m_options;
    bool m_useAlias = false; // /api/v2/ai-gateway/interceptions after a 404
};
