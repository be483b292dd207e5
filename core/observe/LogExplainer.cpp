// SPDX-License-Identifier: Apache-2.0
#include "LogExplainer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LogExplainer", text);
}

struct Parsed
{
    QString level;
    QString message;
    QStringList loggers; // slog's logger names: coderd, aibridged, mcp-server-proxy-<id> …
    QHash<QString, QString> fields;
};

bool parseJson(const QString &line, Parsed *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1String("msg")))
        return false;
    out->level = o.value(QLatin1String("level")).toString().toLower();
    out->message = o.value(QLatin1String("msg")).toString();
    for (const QJsonValue &name : o.value(QLatin1String("logger_names")).toArray())
        out->loggers << name.toString();
    // cdr.dev/slog's JSON sink nests fields; accept them at the top level too.
    QJsonObject fields = o.value(QLatin1String("fields")).toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!fields.contains(it.key()))
            fields.insert(it.key(), it.value());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out->fields.insert(
            it.key(), it.value().isString()
                          ? it.value().toString()
                          : QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant())
                                                  .toJson(QJsonDocument::Compact)));
    return true;
}

// cdr.dev/slog's human sink: "2026-11-25 10:11:12.345 [warn]  coderd.aibridged: msg  key=value …",
// then, for a multi-line value, "    key= first line" and its further lines, indented.
bool parseHuman(const QString &line, const QList<QString> &continuation, Parsed *out)
{
    static const QRegularExpression head(
        QStringLiteral("\\[(debu|debug|info|warn|erro|error|crit|fata|fatal)\\]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = head.match(line);
    if (!m.hasMatch())
        return false;
    out->level = m.captured(1).toLower();
    QString rest = line.mid(m.capturedEnd());
    // "logger.names: " before the message.
    static const QRegularExpression names(QStringLiteral("^([A-Za-z0-9_.\\-]+): "));
    const QRegularExpressionMatch n = names.match(rest);
    if (n.hasMatch()) {
        out->loggers = n.captured(1).split(QLatin1Char('.'));
        rest = rest.mid(n.capturedEnd());
    }
    static const QRegularExpression field(
        QStringLiteral("(?:^|\\s)([A-Za-z_][A-Za-z0-9_.]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)"));
    qsizetype firstField = rest.size();
    auto it = field.globalMatch(rest);
    bool first = true;
    while (it.hasNext()) {
        const QRegularExpressionMatch f = it.next();
        if (first) {
            firstField = f.capturedStart();
            first = false;
        }
        QString value = f.captured(2);
        if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) &&
            value.size() >= 2)
            value =
                value.mid(1, value.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
        out->fields.insert(f.captured(1), value);
    }
    out->message = rest.left(firstField).trimmed();
    // "…  ..." closes a first line whose multi-line fields follow.
    if (out->message.endsWith(QLatin1String(" ...")))
        out->message = out->message.chopped(4).trimmed();
    else if (out->message == QLatin1String("..."))
        out->message.clear();
    static const QRegularExpression fieldStart(
        QStringLiteral("^\\s+([A-Za-z_][A-Za-z0-9_.]*)=\\s?(.*)$"));
    QString key;
    for (const QString &more : continuation) {
        const QRegularExpressionMatch f = fieldStart.match(more);
        if (f.hasMatch()) {
            key = f.captured(1);
            out->fields.insert(key, f.captured(2).trimmed());
        } else if (!key.isEmpty()) {
            QString &value = out->fields[key];
            value += QLatin1Char('\n') + more.trimmed();
        }
    }
    return true;
}

QString loggerServer(const Parsed &p);

QString serverOf(const Parsed &p)
{
    for (const char *key : {"mcp_server_id", "provider", "server"})
        if (p.fields.contains(QLatin1String(key)))
            return p.fields.value(QLatin1String(key));
    // coderd/aibridged/mcp.go names each proxy's logger "mcp-server-proxy-<config id>";
    // its tool filterer logs under "…mcp-server-proxy-<id>.tool-filterer".
    if (const QString fromLogger = loggerServer(p); !fromLogger.isEmpty())
        return fromLogger;
    return p.fields.value(QStringLiteral("name"));
}

QString errorOf(const Parsed &p)
{
    // A multierror's causes, each on a line of its own: one line here.
    QString error = p.fields.value(QStringLiteral("error")).trimmed();
    // slog's JSON sink writes an xerrors chain as [{"fun","loc","msg"}, …]: the messages.
    if (error.startsWith(QLatin1Char('['))) {
        const QJsonArray chain = QJsonDocument::fromJson(error.toUtf8()).array();
        QStringList messages;
        for (const QJsonValue &frame : chain) {
            const QString msg = frame.isString()
                                    ? frame.toString()
                                    : frame.toObject().value(QLatin1String("msg")).toString();
            if (!msg.isEmpty())
                messages << msg;
        }
        if (!messages.isEmpty())
            error = messages.join(QLatin1String(": "));
    }
    error.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return error.simplified();
}

QString loggerServer(const Parsed &p)
{
    for (const QString &name : p.loggers)
        if (name.startsWith(QLatin1String("mcp-server-proxy-")))
            return name.mid(int(qstrlen("mcp-server-proxy-")));
    return {};
}
} // namespace

QString LogExplainer::errorStringMeaning(const QString &error)
{
    // coderd/aibridgedserver: the only strings its errors map holds.
    if (error.contains(QLatin1String("no external auth link found")))
        return tr("the user never linked this external-auth app: they must connect it in Coder "
                  "(Account → External authentication) before its tools can be injected");
    if (error.contains(QLatin1String("expired or invalid OAuth2 token")))
        return tr("coderd's token check failed: the token is past its expiry (coderd does not "
                  "refresh on this path), the provider's validate URL rejected it, or the "
                  "validate request itself failed (a 5xx, no answer: then coderd's WARN "
                  "\"invalid/expired access token\" carries an error=, and re-linking will not "
                  "help)");
    if (error.contains(QLatin1String("no MCP config found")))
        return tr("the server id is not an external-auth config with an MCP URL on this coderd");
    return {};
}

LogExplanation LogExplainer::explainLine(const QString &line, int number)
{
    LogRecord record;
    record.line = number;
    record.first = line;
    return explainRecord(record);
}

LogExplanation LogExplainer::explainRecord(const LogRecord &record)
{
    const QString &line = record.first;
    LogExplanation e;
    e.line = record.line;
    e.lines = 1 + int(record.continuation.size());
    Parsed p;
    if (!parseJson(line, &p) && !parseHuman(line, record.continuation, &p)) {
        // coderd's start-up failure is printed by the CLI, not through slog.
        if (line.contains(QLatin1String("regex for external auth provider"))) {
            p.message = line.trimmed();
            p.fields.insert(QStringLiteral("error"), line.trimmed());
        } else {
            e.message = line.trimmed().left(4096);
            return e;
        }
    }
    e.level = p.level;
    e.message = p.message;
    e.server = serverOf(p);
    const QString msg = p.message;
    const QString error = errorOf(p);
    const auto known = [&](const QString &step, const QString &explanation, const QString &action,
                           const char *source) {
        e.known = true;
        e.step = step;
        e.explanation = explanation;
        e.action = action;
        e.source = QLatin1String(source);
    };

    if (msg.startsWith(QLatin1String("skipping Coder MCP server proxy: no session key"))) {
        known(QStringLiteral("addCoderServer"),
              tr("A delegated (in-process) request carried no key, so the Coder MCP server was "
                 "left out of this bridge. Coder Agents chats of v2.35.1 send a placeholder key "
                 "instead (coderd/x/chatd/model_routing_aibridge.go) and do not log this."),
              tr("Expected for delegated callers that send no key. BYOK requests still carry a "
                 "Coder token and get the Coder MCP server."),
              "coderd/aibridged/mcp.go (MCPProxyFactory.retrieveMCPServerConfigs)");
    } else if (msg == QLatin1String("failed to create MCP server proxy")) {
        if (error.contains(QLatin1String("compile tool regex")))
            known(QStringLiteral("buildProxy"),
                  tr("The server's tool allow or deny regex does not compile (Go regexp / RE2): "
                     "the server was dropped. coderd refuses to start with such a regex on an "
                     "external-auth provider, so this config came from elsewhere."),
                  tr("Check the regexes with `aibridge-inspector-cli filter` or the window's "
                     "editor, which shows RE2's message."),
                  "coderd/aibridged/mcp.go (newStreamableHTTPServerProxy: ErrCompileRegex)");
        else if (error.contains(QLatin1String("empty config given")))
            known(QStringLiteral("buildProxy"),
                  tr("A nil server config reached the factory: that entry was dropped."),
                  tr("Report it: coderd itself never sends a nil config."),
                  "coderd/aibridged/mcp.go (newStreamableHTTPServerProxy: ErrEmptyConfig)");
        else
            known(QStringLiteral("buildProxy"),
                  tr("Creating the Streamable HTTP proxy for this server failed: it was left out "
                     "(%1).")
                      .arg(error),
                  tr("Check the server's MCP URL."), "coderd/aibridged/mcp.go");
    } else if (msg == QLatin1String("failed to retrieve access token(s)")) {
        known(QStringLiteral("fetchTokens"),
              tr("The batch token call failed (%1). Not fatal: the factory goes on, but without "
                 "tokens every external server is left out for this bridge.")
                  .arg(error.isEmpty() ? tr("no error text") : error),
              error.contains(QLatin1String("deadline"))
                  ? tr("It ran past the factory's 10 s: coderd validates every token with its "
                       "provider, with no timeout of its own — one slow provider drops every "
                       "external server. Find the slow validate URL.")
                  : tr("Check coderd's own log around this line for the cause."),
              "coderd/aibridged/mcp.go (GetMCPServerAccessTokensBatch)");
        e.server = p.fields.value(QStringLiteral("server_ids"));
    } else if (msg == QLatin1String("nil response given to mcp access tokens call")) {
        known(QStringLiteral("fetchTokens"),
              tr("The token call returned nothing: only the Coder MCP server is proxied."),
              tr("Look for the preceding \"failed to retrieve access token(s)\" line."),
              "coderd/aibridged/mcp.go");
    } else if (msg == QLatin1String("failed to get access token")) {
        const QString meaning = errorStringMeaning(error);
        known(QStringLiteral("addExternalServer"),
              tr("coderd reported a token error for this server, so it was left out: \"%1\"%2")
                  .arg(error, meaning.isEmpty() ? QString() : QStringLiteral(" — ") + meaning),
              tr("Fix the user's link to this app; the change shows once the 15-minute bridge "
                 "expires."),
              "coderd/aibridged/mcp.go (errors map of GetMCPServerAccessTokensBatch)");
    } else if (msg == QLatin1String("no access token found")) {
        known(QStringLiteral("addExternalServer"),
              tr("coderd returned neither a token nor an error for this server: it was left out."),
              tr("Check that the server id matches an external-auth config with an MCP URL."),
              "coderd/aibridged/mcp.go");
    } else if (msg == QLatin1String("failed to create MCP server proxiers")) {
        known(QStringLiteral("fetchConfigs"),
              tr("Building the user's MCP servers failed as a whole (%1): this request, and the "
                 "bridge cached for 15 minutes, get no injected tools.")
                  .arg(error),
              error.contains(QLatin1String("get MCP server configs"))
                  ? tr("The configs call to coderd failed; check the AI Gateway/coderd connection.")
                  : tr("See the error text."),
              "coderd/aibridged/pool.go");
    } else if (msg == QLatin1String("failed to initialize MCP server proxier(s)")) {
        QString why = tr("at least one MCP server failed to connect or list its tools");
        if (error.contains(QLatin1String("MCP version negotiation failed")))
            why = tr("a server answered a protocol version Coder's mcp-go client (v2.36 and "
                     "earlier) does not accept, e.g. 2025-11-25");
        else if (error.contains(QLatin1String("list MCP tools")))
            why = tr("listing a server's tools failed (a lost session, a page that does not "
                     "decode, or a transport error)");
        known(QStringLiteral("init"),
              tr("%1: those servers contribute 0 tools, cached with the bridge for 15 minutes. "
                 "(%2)")
                  .arg(why, error),
              tr("Probe the server with `aibridge-inspector-cli probe URL --coder-era …` to see "
                 "what Coder's client of your build gets."),
              "coderd/aibridged/pool.go; aibridge/mcp/proxy_streamable_http.go (Init)");
    } else if (msg == QLatin1String("mcp client initialized")) {
        known(QStringLiteral("init"),
              tr("The bridge connected to this MCP server (it calls itself \"%1\") and listed "
                 "its tools: they are injected, filtered by the server's regexes, for the "
                 "bridge's 15 minutes.")
                  .arg(p.fields.value(QStringLiteral("name"))),
              tr("Nothing to do."), "aibridge/mcp/proxy_streamable_http.go (Init)");
    } else if (msg.startsWith(QLatin1String("inject MCP tools option is deprecated"))) {
        known(QStringLiteral("startup"),
              tr("inject_coder_mcp_tools is on, and coderd warns that injected MCP is deprecated. "
                 "It logs this whenever it builds its configurator: at start-up, for each AI "
                 "Gateway connection (this tool's too) and each in-process bridge. Not an error."),
              tr("Nothing to do while you use injected MCP; plan for its removal."),
              "coderd/aibridgedserver (NewServer)");
    } else if (msg == QLatin1String("no auth key provided")) {
        known(QStringLiteral("auth"),
              tr("A request reached AI Bridge with no key (Authorization: Bearer, X-Api-Key or "
                 "X-Coder-AI-Governance-Token): it was refused with 400 \"no authentication key "
                 "provided\" before any MCP server was set up. A request to a route the build "
                 "lacks under /api/v2/aibridge/ ends here too."),
              tr("Have the client send its Coder token as the API key."),
              "coderd/aibridged/http.go (ServeHTTP)");
    } else if (msg == QLatin1String("no MCP server config found by given ID")) {
        known(QStringLiteral("tokenCheck"),
              tr("A token was asked for a server id that is not an external-auth config with an "
                 "MCP URL on this coderd: it gets \"no MCP config found\"."),
              tr("Check the ids the caller asks for."),
              "coderd/aibridgedserver (GetMCPServerAccessTokensBatch)");
        e.server = p.fields.value(QStringLiteral("id"));
    } else if (msg.startsWith(QLatin1String("MCP version negotiation failed"))) {
        known(QStringLiteral("init"),
              tr("The server answered a protocol version mcp-go v0.38.0 (Coder up to v2.36) does "
                 "not accept: it accepts 2025-06-18, 2025-03-26 and 2024-11-05 only."),
              tr("Coder v2.37 and later (go-sdk) accept 2025-11-25; or have the server answer "
                 "the version offered."),
              "aibridge/mcp/proxy_streamable_http.go (Init)");
    } else if (msg.contains(QLatin1String("list MCP tools:"))) {
        known(QStringLiteral("fetchTools"),
              tr("Listing the server's tools failed: it contributes 0 tools for the bridge's 15 "
                 "minutes."),
              tr("Probe it with --coder-era to see why Coder's client fails."),
              "aibridge/mcp/proxy_streamable_http.go (fetchTools)");
    } else if (msg == QLatin1String("tool filtering conflict; marking tool disallowed")) {
        known(QStringLiteral("filterTools"),
              tr("The tool matches both the allow and the deny regex: deny wins, it is not "
                 "injected."),
              tr("Narrow one of the regexes if the tool should be injected."),
              "aibridge/mcp/tool.go (FilterAllowedTools)");
        e.server = loggerServer(p); // `name` is the tool's
        e.explanation = tr("Tool `%1` matches both the allow and the deny regex: deny wins, it "
                           "is not injected.")
                            .arg(p.fields.value(QStringLiteral("name")));
    } else if (msg.startsWith(QLatin1String("duplicate tool ID after sanitization"))) {
        known(QStringLiteral("fetchTools"),
              tr("Two tools of this server sanitise to the same id %1: `%2` replaced `%3`, which "
                 "is unreachable.")
                  .arg(p.fields.value(QStringLiteral("tool_id")),
                       p.fields.value(QStringLiteral("new_tool")),
                       p.fields.value(QStringLiteral("replaced_tool"))),
              tr("Rename one upstream, or deny one of them."),
              "aibridge/mcp/proxy_streamable_http.go (fetchTools)");
        e.server = p.fields.value(QStringLiteral("server"), e.server);
    } else if (msg.startsWith(QLatin1String("compile MCP tool allow regex for external auth")) ||
               msg.startsWith(QLatin1String("compile MCP tool deny regex for external auth")) ||
               error.contains(QLatin1String("compile MCP tool"))) {
        known(QStringLiteral("startup"),
              tr("An external-auth MCP tool regex does not compile: coderd refuses to start."),
              tr("Fix CODER_EXTERNAL_AUTH_<n>_MCP_TOOL_ALLOW_REGEX / _DENY_REGEX (Go regexp "
                 "syntax: no look-around, no back-references)."),
              "coderd/externalauth (ConvertConfig)");
    } else if (msg.startsWith(QLatin1String("invalid/expired access token, cannot auto-configure "
                                            "MCP"))) {
        // ValidateToken (coderd/externalauth/externalauth.go, v2.35.1) returns an error only
        // when the validate request itself failed (a status other than 200/401/403/429, or
        // no answer); coderd still calls the token invalid and logs that error here.
        const bool validateFailed =
            !error.isEmpty() && error != QLatin1String("<nil>") && error != QLatin1String("null");
        if (validateFailed)
            known(QStringLiteral("tokenCheck"),
                  tr("coderd could not validate the user's token: the provider's validate "
                     "endpoint failed (%1). coderd counts that as an invalid token, so the "
                     "server gets \"expired or invalid OAuth2 token\" and is left out, though "
                     "the token may be fine.")
                      .arg(error),
                  tr("Check the provider's status and coderd's egress to its validate URL (DNS, "
                     "proxy, firewall); many such lines at once mean an outage, not expired "
                     "tokens. Re-linking will not help until it answers."),
                  "coderd/externalauth (ValidateToken), coderd/aibridgedserver "
                  "(GetMCPServerAccessTokensBatch)");
        else
            known(QStringLiteral("tokenCheck"),
                  tr("coderd's token check found the user's token for this provider invalid or "
                     "expired (it does not refresh here): the server gets \"expired or invalid "
                     "OAuth2 token\" and is left out."),
                  tr("The user should re-link the app; the bridge picks it up within 15 "
                     "minutes."),
                  "coderd/aibridgedserver (GetMCPServerAccessTokensBatch)");
    } else if (msg.contains(QLatin1String("get MCP server configs"))) {
        known(QStringLiteral("fetchConfigs"),
              tr("The configs call failed: the whole MCP setup of the request failed."),
              tr("Check coderd / the AI Gateway connection."), "coderd/aibridged/mcp.go");
    } else if (const QString meaning = errorStringMeaning(msg + QLatin1Char(' ') + error);
               !meaning.isEmpty()) {
        known(QStringLiteral("tokenCheck"), meaning, tr("Re-link the app."),
              "coderd/aibridgedserver");
    }
    // An error text can be as long as the line it came from: what is kept is bounded.
    constexpr int MaxText = 4096;
    if (e.explanation.size() > MaxText)
        e.explanation = e.explanation.left(MaxText) + QStringLiteral("…");
    if (e.message.size() > MaxText)
        e.message = e.message.left(MaxText) + QStringLiteral("…");
    return e;
}

QList<LogExplanation> LogExplainer::explain(const QString &log)
{
    QList<LogExplanation> out;
    LogRecordReader reader([&out](const LogRecord &r) { out << explainRecord(r); });
    const QByteArray bytes = log.toUtf8();
    reader.feed(bytes.constData(), bytes.size());
    reader.finish();
    return out;
}

LogReport LogExplainer::explainDevice(QIODevice *device)
{
    LogReport report;
    LogRecordReader reader([&report](const LogRecord &record) {
        ++report.records;
        LogExplanation e = explainRecord(record);
        report.known += e.known;
        if (report.rows.size() >= MaxKept)
            return;
        e.message.clear();
        report.rows << e;
    });
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunk.size());
        if (n < 0) {
            report.error = tr("cannot read (%1)").arg(device->errorString());
            return report;
        }
        if (n == 0)
            break;
        if (!reader.feed(chunk.constData(), n)) {
            report.error = reader.error();
            return report;
        }
    }
    reader.finish();
    report.linesCut = reader.linesCut();
    return report;
}
