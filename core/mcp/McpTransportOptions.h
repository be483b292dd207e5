#pragma once

#include <QJsonObject>
#include <QString>

struct McpTransportOptions
{
    int timeoutMs = 10000;                  // per request, as AI Bridge's client
    qint64 maxBodyBytes = 32 * 1024 * 1024; // per response
    bool insecure = false;                  // accept any TLS certificate (user's explicit choice)
    bool allowHttp = false;                 // send a token over plain http to a non-loopback host
    int maxRedirects = 5;
    int maxResumes = 3; // GET + Last-Event-ID after a stream closed early
    int maxPages = 100; // tools/list pages followed
    QString clientName = QStringLiteral("aibridge-inspector");
    QString clientVersion = QStringLiteral(AIBI_VERSION);
    QJsonObject capabilities; // none, as AI Bridge declares
};
