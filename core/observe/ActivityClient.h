// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderApiCall.h"
#include "ObservedActivity.h"

#include <functional>
#include <QObject>
#include <QPointer>

// Reads a user's recorded activity from the API the build has, never from a route it
// lacks: on v2.35+ an unknown /api/v2/aibridge/* path falls into aibridged's catch-all
// (enterprise/coderd/aibridge.go), which answers "no authentication key provided" or,
// with a Bearer header, first builds the caller's own bridge.
//   up to v2.34 (era A)  GET /api/v2/aibridge/interceptions (InterceptionsClient)
//   v2.35 on (B, C)      GET /api/v2/ai-gateway/sessions (SessionsClient); the
//                        interceptions route was removed in v2.35.0 (coder/coder #26213)
//   a dev build          GET /api/v2/aibridge/sessions (v2.32 on), then the
//                        interceptions API if that route is not there
class ActivityClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ObservedActivity &)>;

    ActivityClient(QNetworkAccessManager *network, const QUrl &deployment,
                   const Secret &sessionToken, const QString &buildVersion,
                   QObject *parent = nullptr);
    void setOptions(const CoderApiCall::Options &options) { m_options = options; }
    void fetch(const QString &initiator, const QDateTime &since, Done done);

private:
    void viaInterceptions(const QString &initiator, const QDateTime &since, Done done,
                          const QString &why);
    void viaSessions(const QString &initiator, const QDateTime &since, const QString &root,
                     Done done, bool fallBack);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_deployment;
    Secret m_token;
    QString m_version;
    CoderApiCall::Options m_options;
};
