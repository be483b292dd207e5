// SPDX-License-Identifier: Apache-2.0
#include "InterceptionsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

InterceptionsClient::InterceptionsClient(QNetworkAccessManager *network, const QUrl &deployment,
                                         const Secret &sessionToken, QObject *parent)
    : QObject(parent), m_network(network), m_deployment(deployment), m_token(sessionToken)
{}

bool InterceptionsClient::parsePage(const QJsonObject &body, QList<Interception> *out,
                                    QString *error)
{
    if (!body.value(QLatin1String("results")).isArray()) {
        *error = tr("the answer has no results array");
        return false;
    }
    for (const QJsonValue &v : body.value(QLatin1String("results")).toArray()) {
        const QJsonObject o = v.toObject();
        Interception i;
        i.id = o.value(QLatin1String("id")).toString();
        i.apiKeyId = o.value(QLatin1String("api_key_id")).toString();
        i.provider = o.value(QLatin1String("provider")).toString();
        i.model = o.value(QLatin1String("model")).toString();
        i.startedAt = QDateTime::fromString(o.value(QLatin1String("started_at")).toString(),
                                            Qt::ISODateWithMs);
        for (const QJsonValue &u : o.value(QLatin1String("tool_usages")).toArray()) {
            const QJsonObject t = u.toObject();
            // `input` is left where it is: it may hold secrets.
            i.toolUsages << ToolUsage{
                t.value(QLatin1String("server_url")).toString(),
                t.value(QLatin1String("tool")).toString(),
                t.value(QLatin1String("injected")).toBool(),
                t.value(QLatin1String("invocation_error")).toString(),
                QDateTime::fromString(t.value(QLatin1String("created_at")).toString(),
                                      Qt::ISODateWithMs)};
        }
        if (i.id.isEmpty()) {
            *error = tr("an interception without an id");
            return false;
        }
        *out << i;
    }
    return true;
}

void InterceptionsClient::fetch(const QString &initiator, const QDateTime &since, Done done)
{
    // codersdk quotes every value so it parses as one string.
    QString query = QStringLiteral("initiator:\"%1\"").arg(initiator);
    if (since.isValid())
        query +=
            QStringLiteral(" started_after:\"%1\"").arg(since.toUTC().toString(Qt::ISODateWithMs));
    fetchPage(query, {}, 1, {}, std::move(done));
}

void InterceptionsClient::fetchPage(const QString &query, const QString &afterId, int page,
                                    QList<Interception> collected, Done done)
{
    QUrl url = m_deployment;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + (m_useAlias ? QStringLiteral("/api/v2/ai-gateway/interceptions")
                                   : QStringLiteral("/api/v2/aibridge/interceptions")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), query);
    q.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!afterId.isEmpty())
        q.addQueryItem(QStringLiteral("after_id"), afterId);
    url.setQuery(q);
    CoderApiCall::run(
        m_network, "GET", url, m_token, {}, m_options, this,
        [this, query, page, collected, done](const CoderApiResult &r) mutable {
            if (r.error == CoderApiResult::Error::NotFound && !m_useAlias && page == 1) {
                // Newer builds also answer under the AI Gateway's name.
                m_useAlias = true;
                fetchPage(query, {}, 1, collected, done);
                return;
            }
            if (r.error == CoderApiResult::Error::NotFound) {
                done(collected, tr("this build does not record interceptions (neither "
                                   "/api/v2/aibridge/interceptions nor /api/v2/ai-gateway/"
                                   "interceptions: AI Bridge is off, or the build is older)"));
                return;
            }
            if (!r.ok()) {
                done(collected, tr("interceptions: %1").arg(r.message));
                return;
            }
            QList<Interception> pageItems;
            QString error;
            if (!parsePage(r.json.object(), &pageItems, &error)) {
                done(collected, tr("interceptions: %1").arg(error));
                return;
            }
            collected += pageItems;
            if (pageItems.size() < PageSize) {
                done(collected, {});
                return;
            }
            if (page >= MaxPages) {
                done(collected, tr("more than %1 interceptions: showing the first %1; narrow "
                                   "--since")
                                    .arg(collected.size()));
                return;
            }
            fetchPage(query, pageItems.last().id, page + 1, collected, done);
        });
}
