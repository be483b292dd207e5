// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QNetworkRequest>

// Every request this tool sends (REST, MCP, the AI Gateway's WebSocket) names it, so an
// admin can tell an inspection apart from users' traffic in coderd's and servers' logs.
inline QByteArray userAgent()
{
    return QByteArrayLiteral("aibridge-inspector/" AIBI_VERSION);
}

inline void setUserAgent(QNetworkRequest &request)
{
    request.setRawHeader("User-Agent", userAgent());
}
