// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderApiCall.h"
#include "ObservedActivity.h"

#include <functional>
#include <QObject>
#include <QPointer>
#include <QQueue>

// The AI Gateway's sessions API (enterprise/coderd/aibridge.go at v2.35.1):
//   GET <root>/sessions?q=initiator:"U" started_after:"T"&limit=N[&after_session_id=S]
//   GET <root>/sessions/{id}?limit=200[&after_id=T]   (threads, with their tool calls)
// as codersdk AIBridgeListSessions and AIBridgeGetSessionThreads send them. The root is
// /api/v2/ai-gateway (v2.35 on) or /api/v2/aibridge (v2.32 on, kept as an alias).
// Bounded: MaxSessionPages pages of sessions, at most MaxSessions sessions read, each
// with at most MaxThreadPages pages of threads, MaxInFlight requests at a time. A
// call's `input` is never kept.
class SessionsClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int SessionPageSize = 100; // codersdk default; coderd's max is 1000
    static constexpr int MaxSessionPages = 5;
    static constexpr int MaxSessions = 200;
    static constexpr int ThreadPageSize = 200; // coderd accepts 1 to 200
    static constexpr int MaxThreadPages = 5;
    static constexpr int MaxInFlight = 4;
    using Done = std::function<void(const ObservedActivity &)>;

    SessionsClient(QNetworkAccessManager *network, const QUrl &deployment,
                   const Secret &sessionToken, const QString &root, QObject *parent = nullptr);
    void setOptions(const CoderApiCall::Options &options) { m_options = options; }
    void fetch(const QString &initiator, const QDateTime &since, Done done);

    // One page of GET …/sessions: the session ids; false with *error on a body that is not one.
    static bool parseSessions(const QJsonObject &body, QStringList *ids, QString *error);
    // GET …/sessions/{id}: each thread as an interception; the last thread id for paging.
    static bool parseThreads(const QJsonObject &body, QList<Interception> *out, QString *lastId,
                             QString *error);

private:
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query) const;
    void listPage(const QString &afterSession, int page);
    void pump();
    void readSession(const QString &id, const QString &afterThread, int page);
    void finish();

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_deployment;
    Secret m_token;
    QString m_root;
    CoderApiCall::Options m_options;
    QString m_query;
    Done m_done;
    ObservedActivity m_activity;
    QQueue<QString> m_pending; // sessions still to read
    int m_inFlight = 0;
    int m_queued = 0; // sessions taken from the listing
    bool m_listing = false;
    bool m_finished = false;
};
