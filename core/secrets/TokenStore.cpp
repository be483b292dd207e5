// SPDX-License-Identifier: Apache-2.0
#include "TokenStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QTimer>

TokenStore::TokenStore(QObject *parent, Entry entry) : QObject(parent), m_entry(entry) {}

QString TokenStore::serviceName(const QUrl &deployment)
{
    QUrl url = deployment.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                   QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setHost(url.host().toLower());
    QString text = url.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1); // StripTrailingSlash keeps a lone "/" path
    return QStringLiteral("aibridge-inspector:") + text;
}

void TokenStore::read(const QUrl &deployment, Callback done)
{
    run(Operation::Read, deployment, {}, std::move(done));
}

void TokenStore::write(const QUrl &deployment, const Secret &token, Callback done)
{
    run(Operation::Write, deployment, token, std::move(done));
}

void TokenStore::remove(const QUrl &deployment, Callback done)
{
    run(Operation::Remove, deployment, {}, std::move(done));
}

void TokenStore::run(Operation operation, const QUrl &deployment, const Secret &token,
                     Callback done)
{
    QKeychain::Job *job = nullptr;
    const QString service = serviceName(deployment);
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(service, this);
    } else if (operation == Operation::Write) {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(token.reveal());
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(service, this);
    }
    job->setKey(m_entry == Entry::GatewayKey ? QStringLiteral("ai-gateway-key")
                                             : QStringLiteral("session-token"));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);

    // Exactly one answer: from the job, or from the guard if the job hangs.
    auto answered = std::make_shared<bool>(false);
    auto *guard = new QTimer(this);
    guard->setSingleShot(true);
    const auto answer = [answered, guard, done](const Result &result) {
        if (*answered)
            return;
        *answered = true;
        guard->stop();
        guard->deleteLater();
        done(result);
    };
    connect(guard, &QTimer::timeout, this, [answer, ms = m_guardMs] {
        answer({Status::Unavailable,
                {},
                tr("the keychain did not answer within %1 s").arg(ms / 1000.0)});
    });
    QPointer<QKeychain::Job> jobGuard(job);
    connect(job, &QKeychain::Job::finished, this,
            [answer, operation, jobGuard](QKeychain::Job *finished) {
                Result result;
                switch (finished->error()) {
                case QKeychain::NoError:
                    result.status = Status::Ok;
                    if (operation == Operation::Read)
                        result.token =
                            Secret(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
                    break;
                case QKeychain::EntryNotFound:
                    result.status = Status::NotFound;
                    break;
                default:
                    // Locked, absent, no D-Bus: all "no secret store" for the user.
                    result.status = Status::Unavailable;
                    result.error = finished->errorString();
                    break;
                }
                finished->deleteLater();
                answer(result);
            });
    guard->start(m_guardMs);
    job->start();
}
