// SPDX-License-Identifier: Apache-2.0
#include "TokenPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TokenPolicy", text);
}
} // namespace

QUrl TokenPolicy::parseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("no deployment URL given");
        return {};
    }
    // A scheme is "letters followed by ://"; anything else is a bare host[:port][/path].
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("not a valid URL: %1").arg(trimmed);
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = tr("not an http(s) URL: %1").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = tr("the URL carries a user name or password (%1): give the deployment without "
                    "them; the session token is the credential")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    url.setScheme(scheme);
    url.setFragment(QString());
    return url;
}

bool TokenPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

static int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}

bool TokenPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(a) == effectivePort(b);
}

QString TokenPolicy::origin(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme().toLower(), url.host().toLower())
        .arg(effectivePort(url));
}

QString TokenPolicy::plainHttpRefusal(const QUrl &url, bool allowHttp)
{
    if (allowHttp || url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 ||
        isLoopback(url))
        return {};
    return tr("a token would travel in clear text over http:// to %1; use https, or allow it "
              "explicitly with --allow-http")
        .arg(url.host());
}

QString TokenPolicy::sessionTokenRefusal(const QUrl &target, const QUrl &deployment,
                                         const QList<QUrl> &trustedOrigins)
{
    if (sameOrigin(target, deployment))
        return {};
    for (const QUrl &trusted : trustedOrigins)
        if (sameOrigin(target, trusted))
            return {};
    return tr("the session token is not sent to %1: it is not the deployment's origin %2 (trust "
              "it with --trust-origin %1, or confirm it in the window)")
        .arg(origin(target), origin(deployment));
}
