// SPDX-License-Identifier: Apache-2.0
#include "McpError.h"

QString McpError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::JsonRpc:
        return QStringLiteral("json-rpc");
    case Kind::InvalidJson:
        return QStringLiteral("invalid-json");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::StreamEnded:
        return QStringLiteral("stream-ended");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString McpError::toString() const
{
    if (!isError())
        return {};
    QString text = phase.isEmpty() ? QString() : phase + QStringLiteral(": ");
    switch (kind) {
    case Kind::Unauthorized:
        text += QStringLiteral("token rejected (HTTP 401)");
        if (wwwAuthenticate.contains(QStringLiteral("error")))
            text += QStringLiteral(", %1").arg(wwwAuthenticate.value(QStringLiteral("error")));
        if (wwwAuthenticate.contains(QStringLiteral("resource_metadata")))
            text += QStringLiteral(", resource metadata at %1")
                        .arg(wwwAuthenticate.value(QStringLiteral("resource_metadata")));
        return text;
    case Kind::JsonRpc:
        return text + QStringLiteral("JSON-RPC error %1: %2").arg(rpcCode).arg(message);
    case Kind::Http:
        text += QStringLiteral("HTTP %1%2")
                    .arg(httpStatus)
                    .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        // 403 insufficient_scope names the scope the token lacks: what the admin needs.
        if (wwwAuthenticate.contains(QStringLiteral("error")))
            text += QStringLiteral(", %1").arg(wwwAuthenticate.value(QStringLiteral("error")));
        if (wwwAuthenticate.contains(QStringLiteral("scope")))
            text += QStringLiteral(", scope needed: %1").arg(wwwAuthenticate.value(QStringLiteral("scope")));
        return text;
    default:
        return text + message;
    }
}

void McpError::parseWwwAuthenticate(const QByteArray &header, QString *scheme,
                                    QMap<QString, QString> *params)
{
    // RFC 9110 11.6.1: one header may carry several challenges ("Basic realm=x, Bearer
    // error=..."). Each starts with a scheme token; key=value pairs belong to the last
    // one. The Bearer challenge is the one an MCP client acts on; else the first.
    struct Challenge
    {
        QString scheme;
        QMap<QString, QString> params;
    };
    QList<Challenge> challenges;
    const QString text = QString::fromLatin1(header).trimmed();
    const int n = text.size();
    int i = 0;
    const auto skipSeparators = [&] {
        while (i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char(',')))
            ++i;
    };
    while (skipSeparators(), i < n) {
        int end = i;
        while (end < n && text.at(end) != QLatin1Char(' ') && text.at(end) != QLatin1Char(',') &&
               text.at(end) != QLatin1Char('='))
            ++end;
        const QString token = text.mid(i, end - i);
        int after = end;
        while (after < n && text.at(after) == QLatin1Char(' '))
            ++after;
        const bool isParam = after < n && text.at(after) == QLatin1Char('=') && !challenges.isEmpty() &&
                             (after + 1 >= n || text.at(after + 1) != QLatin1Char('='));
        if (!isParam) {
            if (end < n && text.at(end) == QLatin1Char('=')) {
                // token68 (e.g. Negotiate abc==): part of the challenge, not a parameter.
                while (end < n && text.at(end) == QLatin1Char('='))
                    ++end;
                i = end;
                continue;
            }
            challenges << Challenge{token, {}};
            i = end;
            continue;
        }
        i = after + 1;
        while (i < n && text.at(i) == QLatin1Char(' '))
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            ++i; // closing quote
        } else {
            int stop = i;
            while (stop < n && text.at(stop) != QLatin1Char(',') && text.at(stop) != QLatin1Char(' '))
                ++stop;
            value = text.mid(i, stop - i);
            i = stop;
        }
        challenges.last().params.insert(token.toLower(), value);
    }
    if (challenges.isEmpty()) {
        *scheme = text;
        return;
    }
    const Challenge *chosen = &challenges.first();
    for (const Challenge &c : challenges)
        if (c.scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0) {
            chosen = &c;
            break;
        }
    *scheme = chosen->scheme;
    for (auto it = chosen->params.cbegin(); it != chosen->params.cend(); ++it)
        params->insert(it.key(), it.value());
}

bool McpError::refusesToken() const
{
    if (kind == Kind::Unauthorized || httpStatus == 401)
        return true;
    const QString error = wwwAuthenticate.value(QStringLiteral("error"));
    return httpStatus == 403 && (error == QLatin1String("invalid_token") ||
                                 error == QLatin1String("insufficient_scope"));
}
