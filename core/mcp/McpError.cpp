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
        return text + QStringLiteral("HTTP %1%2")
                          .arg(httpStatus)
                          .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    default:
        return text + message;
    }
}

void McpError::parseWwwAuthenticate(const QByteArray &header, QString *scheme,
                                    QMap<QString, QString> *params)
{
    const QString text = QString::fromLatin1(header).trimmed();
    const int space = text.indexOf(QLatin1Char(' '));
    *scheme = space < 0 ? text : text.left(space);
    if (space < 0)
        return;
    int i = space + 1;
    const int n = text.size();
    while (i < n) {
        while (i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char(',')))
            ++i;
        const int eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = text.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
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
            const int end = text.indexOf(QLatin1Char(','), i);
            value = text.mid(i, end < 0 ? -1 : end - i).trimmed();
            i = end < 0 ? n : end;
        }
        params->insert(key, value);
    }
}
