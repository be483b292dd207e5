// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/CoderEra.h"
#include "model/McpTool.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

// What Coder's own AI Bridge client gets from one MCP server in one era, predicted by
// speaking to the server as that client does (CoderClientProbe).
struct CoderPrediction
{
    enum class Outcome { Ok, Fails, Unknown };

    CoderEra::Era era = CoderEra::Era::Unknown;
    Outcome outcome = Outcome::Unknown;
    QString reason;                         // why it fails, or why we cannot tell
    QString protocolVersion;                // negotiated by Coder's client
    QList<McpTool> tools;                   // what the client ends up with, in order
    QList<QPair<QString, QString>> dropped; // tools the client leaves out, and why
    bool pagesUnread = false;               // a next page existed that the client does not read
    qint64 elapsedMs = 0;                   // how long connecting and listing took from here
    bool authRefused = false;               // the server refused the credentials (401/403)
    bool tokenRefused = false; // a 401, or a 403 naming the token (McpError::refusesToken)

    static QString outcomeName(Outcome outcome);
    // Ids as the era encodes them for `serverKey` (aibridge/mcp/tool.go EncodeToolID).
    QStringList ids(const QString &serverKey) const;
    // What the proxy keeps (aibridge/mcp/proxy_streamable_http.go fetchTools): one tool per
    // id, a later tool replacing an earlier one, listed sorted by id (ListTools). Indices
    // into `tools`; *shadowed gets each replaced tool's index and the index replacing it.
    QList<int> kept(const QString &serverKey, QList<QPair<int, int>> *shadowed = nullptr) const;
    // "Coder gets no tools from this server: …", or "" when it gets them.
    QString summary() const;
    QJsonObject toJson(const QString &serverKey) const;
};
