// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoderApiResult.h"
#include "secrets/Secret.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// One call to the Coder REST API (or the configurator's JSON binding). The session
// token goes in Coder-Session-Token; redirects are refused so it never leaves the
// origin; bodies are capped; TLS errors are fatal unless `insecure`.
//
// Ownership: owns its reply; emits finished() once; the caller deletes it (the
// helper `start` below does so itself).
class CoderApiCall : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 10000;
        qint64 maxBodyBytes = 16 * 1024 * 1024;
        bool insecure = false;
    };

    CoderApiCall(QNetworkAccessManager *network, QByteArray verb, QUrl url, Secret token,
                 QByteArray body, Options options, QObject *parent = nullptr);
    ~CoderApiCall() override;

    void start();
    void abort();

    // Fire-and-forget: runs the call and hands the result to `done` in `context`'s
    // thread, unless `context` is gone. The call deletes itself.
    static CoderApiCall *run(QNetworkAccessManager *network, const QByteArray &verb,
                             const QUrl &url, const Secret &token, const QByteArray &body,
                             const Options &options, QObject *context,
                             std::function<void(const CoderApiResult &)> done);

    // "message: detail (field: detail, …)" from a Coder error body.
    static QString coderErrorText(const QJsonDocument &body);

Q_SIGNALS:
    void finished(const CoderApiResult &result);

private:
    void onReadyRead();
    void onFinished();
    void finish(CoderApiResult::Error error, const QString &message, int status = 0);
    void release();

    QPointer<QNetworkAccessManager> m_network;
    QByteArray m_verb;
    QUrl m_url;
    Secret m_token;
    QByteArray m_body;
    Options m_options;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timeout;
    QByteArray m_received;
    QStringList m_tlsErrors;
    bool m_done = false;
};
