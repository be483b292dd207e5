// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// Where a secret may travel. A session token belongs to its deployment's origin; no
// token goes over plain http except to this machine's loopback, unless the admin said
// so (--allow-http, or a confirmation in the window).
namespace TokenPolicy {
// Parses what the admin typed: a bare host becomes https:// (never http://, which
// QUrl::fromUserInput would choose), user:password@ is refused, only http(s) is
// accepted. Empty with *error set on bad input.
QUrl parseUrl(const QString &text, QString *error);
bool isLoopback(const QUrl &url);
// Scheme, host (case-insensitive) and effective port: RFC 6454's origin.
bool sameOrigin(const QUrl &a, const QUrl &b);
QString origin(const QUrl &url);
// "" when a token may go to `url`; else why not (plain http to another machine).
QString plainHttpRefusal(const QUrl &url, bool allowHttp);
// "" when the deployment's session token may be sent to `target` (same origin as the
// deployment, or an origin the admin trusts); else the sentence saying why not.
QString sessionTokenRefusal(const QUrl &target, const QUrl &deployment,
                            const QList<QUrl> &trustedOrigins);
} // namespace TokenPolicy
