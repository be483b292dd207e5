// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/McpClientProfile.h"

#include <QJsonObject>
#include <QString>

struct McpTransportOptions
{
    int timeoutMs = 10000;                  // per request, as AI Bridge's client
    qint64 maxBodyBytes = 32 * 1024 * 1024; // per response
    bool insecure = false;                  // accept any TLS certificate (user's explicit choice)
    bool allowHttp = false;                 // send a token over plain http to a non-loopback host
    int maxRedirects = 5;
    int maxPages = 100; // tools/list pages followed (the admin's patience; Coder has no cap)
    qint64 maxTotalBytes = 64 * 1024 * 1024; // all pages of one listing together
    int maxRetryMs = 30000;   // a server's SSE retry: is obeyed up to this (and the timeout)
    int overallTimeoutMs = 0; // a whole listing or call; 0: six request timeouts
    QString clientName = QStringLiteral("aibridge-inspector");
    QString clientVersion = QStringLiteral(AIBI_VERSION);
    McpClientProfile profile; // whose behaviour: this tool's, or a Coder era's client
};
