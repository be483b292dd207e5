// SPDX-License-Identifier: Apache-2.0
#include "SessionsClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

SessionsClient::SessionsClient(QNetworkAccessManager *network, const QUrl &deployment,
                               const Secret &sessionToken, const QString &root, QObject *parent)
    : QObject(parent), m_network(network), m_deployment(deployment), m_token(sessionToken),
      m_root(root)
{}

bool SessionsClient::parseSessions(const QJsonObject &body, QStringList *ids, QString *error)
{
    // codersdk AIBridgeListSessionsResponse {count, sessions: [AIBridgeSession]}.
    if (!body.value(QLatin1String("sessions")).isArray()) {
        *error = tr("the answer has no sessions array");
        return false;
    }
    for (const QJsonValue &v : body.value(QLatin1String("sessions")).toArray()) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            *error = tr("a session without an id");
            return false;
        }
        *ids << id;
    }
    return true;
}

bool SessionsClient::parseThreads(const QJsonObject &body, QList<Interception> *out,
                                  QString *lastId, QString *error)
{
    // codersdk AIBridgeSessionThreadsResponse: threads[].agentic_actions[].tool_calls[].
    if (!body.value(QLatin1String("threads")).isArray()) {
        *error = tr("the answer has no threads array");
        return false;
    }
    for (const QJsonValue &v : body.value(QLatin1String("threads")).toArray()) {
        const QJsonObject t = v.toObject();
        Interception i;
        i.id = t.value(QLatin1String("id")).toString();
        if (i.id.isEmpty()) {
            *error = tr("a thread without an id");
            return false;
        }
        i.provider = t.value(QLatin1String("provider")).toString();
        i.model = t.value(QLatin1String("model")).toString();
        i.startedAt = QDateTime::fromString(t.value(QLatin1String("started_at")).toString(),
                                            Qt::ISODateWithMs);
        for (const QJsonValue &a : t.value(QLatin1String("agentic_actions")).toArray()) {
            for (const QJsonValue &c : a.toObject().value(QLatin1String("tool_calls")).toArray()) {
                const QJsonObject call = c.toObject();
                // `input` is left where it is: it may hold secrets.
                i.toolUsages << ToolUsage{
                    call.value(QLatin1String("server_url")).toString(),
                    call.value(QLatin1String("tool")).toString(),
                    call.value(QLatin1String("injected")).toBool(),
                    {},
                    QDateTime::fromString(call.value(QLatin1String("created_at")).toString(),
                                          Qt::ISODateWithMs)};
            }
        }
        *lastId = i.id;
        *out << i;
    }
    return true;
}

QUrl SessionsClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_deployment;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + m_root + path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    u.setQuery(q);
    return u;
}

void SessionsClient::fetch(const QString &initiator, const QDateTime &since, Done done)
{
    m_done = std::move(done);
    m_activity = {};
    m_queued = 0;
    m_activity.api = ObservedActivity::Api::Sessions;
    m_activity.path = m_root + QStringLiteral("/sessions");
    // coderd/database/db2sdk (v2.35.1) builds AIBridgeToolCall without invocation_error,
    // and threads carry no api_key_id.
    m_activity.invocationErrorsKnown = false;
    m_activity.apiKeysKnown = false;
    // codersdk AIBridgeListSessionsFilter.asRequestOption: each value %q-quoted, RFC 3339.
    m_query = QStringLiteral("initiator:\"%1\"").arg(initiator);
    if (since.isValid())
        m_query +=
            QStringLiteral(" started_after:\"%1\"").arg(since.toUTC().toString(Qt::ISODateWithMs));
    m_listing = true;
    listPage({}, 1);
}

void SessionsClient::listPage(const QString &afterSession, int page)
{
    QList<QPair<QString, QString>> query{
        {QStringLiteral("q"), m_query},
        {QStringLiteral("limit"), QString::number(SessionPageSize)}};
    if (!afterSession.isEmpty())
        query << qMakePair(QStringLiteral("after_session_id"), afterSession);
    ++m_inFlight;
    CoderApiCall::run(m_network, "GET", url(QStringLiteral("/sessions"), query), m_token, {},
                      m_options, this, [this, page](const CoderApiResult &r) {
                          --m_inFlight;
                          QStringList ids;
                          QString error;
                          if (!r.ok()) {
                              // coderd answers 403 for every route behind the AI Gateway
                              // entitlement (enterprise/coderd RequireFeatureMW): unlicensed, or
                              // switched off.
                              m_activity.error =
                                  r.httpStatus == 403
                                      ? tr("sessions: %1 (recorded activity needs the AI "
                                           "Gateway licence, and AI Gateway enabled)")
                                            .arg(r.message)
                                      : tr("sessions: %1").arg(r.message);
                              m_activity.httpStatus = r.httpStatus;
                              m_listing = false;
                              finish();
                              return;
                          }
                          if (!parseSessions(r.json.object(), &ids, &error)) {
                              m_activity.error = tr("sessions: %1").arg(error);
                              m_listing = false;
                              finish();
                              return;
                          }
                          for (const QString &id : std::as_const(ids)) {
                              if (m_queued >= MaxSessions)
                                  break;
                              m_pending.enqueue(id);
                              ++m_queued;
                          }
                          const int queued = m_queued;
                          const bool more = ids.size() >= SessionPageSize;
                          if (more && page < MaxSessionPages && queued < MaxSessions) {
                              listPage(ids.last(), page + 1);
                          } else {
                              if (more)
                                  m_activity.notes
                                      << tr("more than %1 sessions in this window: the newest "
                                            "%2 were read; narrow --since")
                                             .arg(page * SessionPageSize)
                                             .arg(qMin(queued, MaxSessions));
                              m_listing = false;
                          }
                          pump();
                      });
}

void SessionsClient::pump()
{
    while (m_inFlight < MaxInFlight && !m_pending.isEmpty())
        readSession(m_pending.dequeue(), {}, 1);
    if (!m_listing && m_inFlight == 0 && m_pending.isEmpty())
        finish();
}

void SessionsClient::readSession(const QString &id, const QString &afterThread, int page)
{
    QList<QPair<QString, QString>> query{
        {QStringLiteral("limit"), QString::number(ThreadPageSize)}};
    if (!afterThread.isEmpty())
        query << qMakePair(QStringLiteral("after_id"), afterThread);
    ++m_inFlight;
    CoderApiCall::run(
        m_network, "GET",
        url(QStringLiteral("/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), query),
        m_token, {}, m_options, this, [this, id, page](const CoderApiResult &r) {
            --m_inFlight;
            QString lastId;
            QString error;
            QList<Interception> threads;
            if (!r.ok()) {
                m_activity.notes << tr("session %1: %2").arg(id, r.message);
            } else if (!parseThreads(r.json.object(), &threads, &lastId, &error)) {
                m_activity.notes << tr("session %1: %2").arg(id, error);
            } else {
                m_activity.interceptions += threads;
                if (threads.size() >= ThreadPageSize) {
                    if (page < MaxThreadPages) {
                        readSession(id, lastId, page + 1);
                        return;
                    }
                    m_activity.notes << tr("session %1 has more than %2 threads: the first %2 "
                                           "were read")
                                            .arg(id)
                                            .arg(page * ThreadPageSize);
                }
            }
            pump();
        });
}

void SessionsClient::finish()
{
    if (m_finished || m_inFlight > 0)
        return;
    m_finished = true;
    m_pending.clear();
    Done done = std::move(m_done);
    if (done)
        done(m_activity);
}
