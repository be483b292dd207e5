// SPDX-License-Identifier: Apache-2.0
#include "LoginCommand.h"

#include "CliIo.h"
#include "coder/CoderRestSource.h"
#include "gateway/GatewayConnection.h"
#include "secrets/TokenPolicy.h"
#include "secrets/TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LoginCommand", text);
}
} // namespace

int LoginCommand::run(const QStringList &arguments, bool logout)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        logout ? tr("Remove the saved session token of a deployment.")
               : tr("Check a session token and save it in the keychain."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("url"), tr("Coder deployment URL (default: $CODER_URL)."),
                        QStringLiteral("url")},
                       {QStringLiteral("insecure"), tr("Accept any TLS certificate.")},
                       {QStringLiteral("gateway-key"),
                        tr("Also check and save an AI Gateway key ($CODER_AI_GATEWAY_KEY, or "
                           "typed when asked).")},
                       {QStringLiteral("allow-http"),
                        tr("Send the token over plain http to a host other than this machine.")}});
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    const QString urlText = parser.isSet(QStringLiteral("url"))
                                ? parser.value(QStringLiteral("url"))
                                : qEnvironmentVariable("CODER_URL");
    if (urlText.isEmpty()) {
        CliIo::error(tr("give the deployment with --url URL"));
        return CliIo::BadInput;
    }
    QString urlError;
    const QUrl url = TokenPolicy::parseUrl(urlText, &urlError);
    if (url.isEmpty()) {
        CliIo::error(urlError);
        return CliIo::BadInput;
    }
    TokenStore store;
    QEventLoop loop;
    TokenStore::Result stored;
    const auto wait = [&] {
        loop.exec();
    };
    const auto keep = [&](const TokenStore::Result &r) {
        stored = r;
        loop.quit();
    };
    if (logout) {
        store.remove(url, keep);
        wait();
        if (stored.status == TokenStore::Status::Unavailable) {
            CliIo::error(tr("the keychain is not available: %1").arg(stored.error));
            return CliIo::ResolutionError;
        }
        CliIo::out(stored.status == TokenStore::Status::Ok
                       ? tr("Removed the session token for %1.\n").arg(url.toDisplayString())
                       : tr("No session token was saved for %1.\n").arg(url.toDisplayString()));
        return CliIo::Ok;
    }

    if (const QString refusal =
            TokenPolicy::plainHttpRefusal(url, parser.isSet(QStringLiteral("allow-http")));
        !refusal.isEmpty()) {
        CliIo::error(refusal);
        return CliIo::BadInput;
    }
    QString token = qEnvironmentVariable("CODER_SESSION_TOKEN");
    const QString envUrl = qEnvironmentVariable("CODER_URL");
    QString ignored;
    if (!token.isEmpty() && !envUrl.isEmpty() &&
        !TokenPolicy::parseUrl(envUrl, &ignored).matches(url, QUrl::StripTrailingSlash)) {
        // The token in the environment belongs to CODER_URL, not to this deployment.
        CliIo::error(tr("CODER_SESSION_TOKEN belongs to CODER_URL=%1, not to %2: unset one of "
                        "them or make them agree")
                         .arg(envUrl, url.toDisplayString()));
        return CliIo::BadInput;
    }
    if (token.isEmpty())
        token = CliIo::readSecretLine(tr("Session token for %1: ").arg(url.toDisplayString()));
    if (token.isEmpty()) {
        CliIo::error(tr("no token: set CODER_SESSION_TOKEN or pipe it on stdin"));
        return CliIo::BadInput;
    }
    QNetworkAccessManager network;
    CoderRestSource rest(&network, url, Secret(token));
    CoderApiCall::Options options;
    options.insecure = parser.isSet(QStringLiteral("insecure"));
    rest.setOptions(options);
    QString failure;
    QObject::connect(&rest, &CoderRestSource::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(&rest, &CoderRestSource::signInFailed, &loop, [&](const QString &e) {
        failure = e;
        loop.quit();
    });
    rest.signIn();
    wait();
    if (!failure.isEmpty()) {
        CliIo::error(failure);
        return CliIo::ResolutionError;
    }
    store.write(url, Secret(token), keep);
    wait();
    if (stored.status != TokenStore::Status::Ok) {
        CliIo::error(
            tr("signed in as %1, but the token was not saved: the keychain is not available (%2)")
                .arg(rest.signedInUser().username, stored.error));
        return CliIo::ResolutionError;
    }
    CliIo::out(
        tr("Signed in to %1 (Coder %2) as %3; the token is saved in the keychain.\n")
            .arg(url.toDisplayString(), rest.deploymentVersion(), rest.signedInUser().username));
    if (!parser.isSet(QStringLiteral("gateway-key")))
        return CliIo::Ok;

    QString key = qEnvironmentVariable("CODER_AI_GATEWAY_KEY");
    if (key.isEmpty())
        key = CliIo::readSecretLine(tr("AI Gateway key for %1: ").arg(url.toDisplayString()));
    if (key.isEmpty()) {
        CliIo::error(tr("no AI Gateway key: set CODER_AI_GATEWAY_KEY or type it when asked"));
        return CliIo::BadInput;
    }
    // Checked by connecting, as the resolver will, before anything is saved.
    GatewayConnection gateway(&network, url, Secret(key));
    GatewayConnection::Options gatewayOptions;
    gatewayOptions.insecure = options.insecure;
    gatewayOptions.allowHttp = parser.isSet(QStringLiteral("allow-http"));
    gateway.setOptions(gatewayOptions);
    QObject::connect(&gateway, &GatewayConnection::connected, &loop, &QEventLoop::quit);
    QObject::connect(&gateway, &GatewayConnection::failed, &loop,
                     [&](GatewayConnection::Failure, const QString &message) {
                         failure = message;
                         loop.quit();
                     });
    gateway.open();
    wait();
    if (!failure.isEmpty()) {
        CliIo::error(failure);
        return CliIo::ResolutionError;
    }
    gateway.close();
    TokenStore keyStore(nullptr, TokenStore::Entry::GatewayKey);
    keyStore.write(url, Secret(key), keep);
    wait();
    if (stored.status != TokenStore::Status::Ok) {
        CliIo::error(tr("the AI Gateway key works, but was not saved: the keychain is not "
                        "available (%1)")
                         .arg(stored.error));
        return CliIo::ResolutionError;
    }
    CliIo::out(tr("The AI Gateway key works and is saved in the keychain. It can read every "
                  "user's external-auth tokens: keep it like a password.\n"));
    return CliIo::Ok;
}
