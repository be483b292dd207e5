// SPDX-License-Identifier: Apache-2.0
#include "ActivityClient.h"

#include "model/CoderEra.h"
#include "InterceptionsClient.h"
#include "SessionsClient.h"

ActivityClient::ActivityClient(QNetworkAccessManager *network, const QUrl &deployment,
                               const Secret &sessionToken, const QString &buildVersion,
                               QObject *parent)
    : QObject(parent), m_network(network), m_deployment(deployment), m_token(sessionToken),
      m_version(buildVersion)
{}

void ActivityClient::fetch(const QString &initiator, const QDateTime &since, Done done)
{
    switch (CoderEra::fromVersion(m_version)) {
    case CoderEra::Era::A:
        viaInterceptions(initiator, since, std::move(done), {});
        return;
    case CoderEra::Era::B:
    case CoderEra::Era::C:
        viaSessions(initiator, since, QStringLiteral("/api/v2/ai-gateway"), std::move(done), false);
        return;
    case CoderEra::Era::Unknown:
        // The legacy prefix carries sessions from v2.32 on, including v2.35+.
        viaSessions(initiator, since, QStringLiteral("/api/v2/aibridge"), std::move(done), true);
        return;
    }
}

void ActivityClient::viaSessions(const QString &initiator, const QDateTime &since,
                                 const QString &root, Done done, bool fallBack)
{
    auto *client = new SessionsClient(m_network, m_deployment, m_token, root, this);
    client->setOptions(m_options);
    client->fetch(initiator, since,
                  [this, client, initiator, since, done, fallBack](const ObservedActivity &a) {
                      client->deleteLater();
                      // No sessions route: a 404 (a build without the route, or an AGPL
                      // one), or an older build's catch-all answering without a key.
                      const bool noRoute =
                          a.interceptions.isEmpty() &&
                          (a.httpStatus == 404 ||
                           (a.httpStatus == 400 &&
                            a.error.contains(QLatin1String("no authentication key provided"))));
                      if (fallBack && noRoute) {
                          viaInterceptions(initiator, since, done,
                                           tr("this build has no sessions API (%1)").arg(a.error));
                          return;
                      }
                      done(a);
                  });
}

void ActivityClient::viaInterceptions(const QString &initiator, const QDateTime &since, Done done,
                                      const QString &why)
{
    auto *client = new InterceptionsClient(m_network, m_deployment, m_token, this);
    client->setOptions(m_options);
    client->fetch(initiator, since,
                  [client, done, why](const QList<Interception> &list, const QString &error) {
                      client->deleteLater();
                      ObservedActivity a;
                      a.api = ObservedActivity::Api::Interceptions;
                      a.path = QStringLiteral("/api/v2/aibridge/interceptions");
                      a.interceptions = list;
                      a.error = error;
                      if (!why.isEmpty())
                          a.notes << why;
                      done(a);
                  });
}
