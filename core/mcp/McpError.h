// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>

// What went wrong talking to an MCP server, as a value the UI and the CLI can act on
// (a rejected token is not a timeout is not a JSON-RPC error).
struct McpError
{
    enum class Kind {
        None,
        Network,        // connection refused, reset, DNS
        Tls,            // certificate or handshake failure
        Timeout,        // no complete answer within the request timeout
        Http,           // a non-2xx status not covered below
        Unauthorized,   // 401: the token was rejected
        SessionExpired, // 404 (or 400 naming the session) on a request with a session id
        JsonRpc,        // the server answered with a JSON-RPC error object
        InvalidJson,    // a body or SSE data that is not the JSON-RPC we expect
        TooLarge,       // the response body passed the size cap
        Protocol,       // valid JSON, but not what MCP says (bad version, missing result)
        Redirect,       // a redirect to another origin (never followed with the token)
        StreamEnded,    // an SSE stream ended before our response, with no way to resume
        Cancelled,
        Refused, // not sent: a token would go where it does not belong (TokenPolicy)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int rpcCode = 0;
    QString message;
    QString phase; // initialize, tools/list, …
    QString wwwAuthenticateScheme;
    QMap<QString, QString> wwwAuthenticate; // parameters: error, resource_metadata, realm, …

    bool isError() const { return kind != Kind::None; }
    // The server refused the bearer token itself: a 401, or a 403 whose challenge says
    // invalid_token or insufficient_scope (RFC 6750 section 3.1). A bare 403 may be an IP
    // allow-list refusing this workstation only, so it is not one.
    bool refusesToken() const;
    QString toString() const;
    static QString kindName(Kind kind);
    // RFC 9110 challenge: `Bearer error="invalid_token", resource_metadata="…"`.
    static void parseWwwAuthenticate(const QByteArray &header, QString *scheme,
                                     QMap<QString, QString> *params);
};
