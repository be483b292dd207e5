// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "filter/RegexFilter.h"
#include "model/CoderPrediction.h"
#include "ResolvedTool.h"
#include "secrets/Secret.h"

#include <QList>
#include <QMap>
#include <QString>

// One MCP server config and what the factory made of it.
struct ResolvedServer
{
    enum class Kind { Coder, External };
    enum class Outcome { Proxied, Dropped, Unknown };
    enum class Reason {
        None,
        NoSessionKey,
        TokenError,
        NoToken,
        RegexCompile,
        EmptyConfig,
        Replaced
    };
    enum class TokenStatus { Ok, Error, Missing, NotNeeded, Unknown };

    QString id;           // the config's id ("" for a nil config)
    QString registeredId; // key in the factory's proxies map: "coder" for the Coder server
    QString url;
    Kind kind = Kind::External;
    Outcome outcome = Outcome::Dropped;
    Reason reason = Reason::None;
    TokenStatus tokenStatus = TokenStatus::Unknown;
    QString tokenError; // coderd's error string for this server, or why status is unknown
    QString detail;     // one readable sentence for the admin
    QString allowRegex;
    QString denyRegex;
    QString regexError; // RE2's message; the server only logs "compile tool regex"
    RegexFilter filter;
    Secret bearerToken;    // what the proxy would send; never serialised
    QString tokenWithheld; // why the probe goes without a token the proxy would send

    // What Coder's own client gets from the server, by era (CoderEra::Era), from a live
    // probe; empty when the tools came from elsewhere (a snapshot).
    QMap<int, CoderPrediction> coderViews;
    int idsEra = -1; // the era injected names and shadowing were last settled for

    bool toolsKnown = false;
    QString toolsError; // why the tool list is unknown (probe failure)
    // The server refused the very token the proxy sends (a 401, or a 403 naming the token):
    // the proxier's Init fails (coderd/aibridged/pool.go logs it) and it injects nothing.
    // toolsKnown is then true with no tools; toolsError says why.
    bool tokenRefused = false;
    QList<ResolvedTool> tools;
    int injectedToolCount = 0;
    int rejectedNameCount = 0; // injected under a raw id an LLM API refuses (era A)

    static QString kindName(Kind kind);
    static QString outcomeName(Outcome outcome);
    static QString reasonName(Reason reason);
    static QString tokenStatusName(TokenStatus status);
};
