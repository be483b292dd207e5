// SPDX-License-Identifier: Apache-2.0
#include "FleetReport.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("FleetReport", text, comment, n);
}

// initialize, initialized, tools/list, the session's DELETE, per client: the spec client
// and two of Coder's (eras A/B and C).
constexpr int ProbeRequestsPerServer = 12;

QJsonValue count(int n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

QString csvField(QString text)
{
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return text;
}
} // namespace

QJsonObject FleetReport::json(const FleetResult &fleet, const FleetEvaluation &e,
                              const WhatIfImpact *impact, const FleetComparison *comparison)
{
    // An unknown era is said per era, not taken as era C.
    QMap<int, FleetEvaluation> byEra;
    if (e.eraAssumed)
        for (const CoderEra::Era era : CoderEra::all()) {
            // The era shown is the headline's own evaluation (own lists included).
            if (era == e.era) {
                byEra.insert(int(era), e);
                continue;
            }
            WhatIfEdits edits;
            edits.era = era;
            byEra.insert(int(era), FleetEvaluation::evaluate(fleet, edits));
        }
    const QList<int> outages = suspectValidateOutages(fleet, e);
    QJsonArray users;
    for (int u = 0; u < fleet.users.size(); ++u) {
        const FleetUser &user = fleet.users.at(u);
        QJsonObject o{{QStringLiteral("username"), user.username}, {QStringLiteral("id"), user.id}};
        if (!user.scanned()) {
            o.insert(QStringLiteral("missing"), user.missing);
            o.insert(QStringLiteral("injectedToolCount"), QJsonValue::Null);
            o.insert(QStringLiteral("servers"), QJsonArray());
            users << o;
            continue;
        }
        if (!user.error.isEmpty())
            o.insert(QStringLiteral("error"), user.error);
        o.insert(QStringLiteral("injectedToolCount"), count(e.injected.value(u, -1)));
        if (e.injected.value(u, -1) < 0)
            o.insert(QStringLiteral("injectedToolCountAtLeast"), e.injectedAtLeast.value(u));
        o.insert(QStringLiteral("overBudget"), e.overBudget(u));
        if (e.rejected.value(u) > 0)
            o.insert(QStringLiteral("toolsBreakingRequests"), e.rejected.at(u));
        if (!byEra.isEmpty()) {
            QJsonObject counts;
            bool differ = false;
            for (auto it = byEra.cbegin(); it != byEra.cend(); ++it) {
                counts.insert(CoderEra::name(CoderEra::Era(it.key())),
                              count(it->injected.value(u, -1)));
                differ |= it->injected.value(u, -1) != e.injected.value(u, -1);
            }
            if (differ)
                o.insert(QStringLiteral("injectedToolCountByEra"), counts);
        }
        QJsonArray servers;
        for (int s = 0; s < user.cells.size(); ++s) {
            const FleetCell &cell = user.cells.at(s);
            if (!cell.present)
                continue;
            const FleetEvaluation::Server &server = e.servers.at(s);
            const bool proxied = FleetEvaluation::cellProxied(cell, server.regexValid);
            QJsonObject c{
                {QStringLiteral("id"), fleet.servers.at(s).id},
                {QStringLiteral("outcome"), ResolvedServer::outcomeName(cell.outcome)},
                {QStringLiteral("tokenStatus"), FleetResult::tokenClassName(cell.tokenClass)},
                {QStringLiteral("injectedToolCount"),
                 cell.outcome == ResolvedServer::Outcome::Unknown ? QJsonValue(QJsonValue::Null)
                 : !proxied                                       ? QJsonValue(0)
                 : cell.tokenRefused                              ? QJsonValue(0)
                 : cell.ownInjected >= 0 && e.ownCounts.value(s)  ? QJsonValue(cell.ownInjected)
                 : server.toolsKnown ? QJsonValue(int(server.injected.size()))
                                     : QJsonValue(QJsonValue::Null)}};
            if (cell.reason != ResolvedServer::Reason::None)
                c.insert(QStringLiteral("reason"), ResolvedServer::reasonName(cell.reason));
            if (cell.tokenError >= 0)
                c.insert(QStringLiteral("tokenError"), fleet.text(cell.tokenError));
            if (cell.tokenRefused)
                c.insert(QStringLiteral("tokenRefused"),
                         tr("the server refused this user's own token: it injects nothing for "
                            "them (coderd/aibridged/pool.go logs the failed Init)"));
            servers << c;
        }
        o.insert(QStringLiteral("servers"), servers);
        if (impact)
            o.insert(QStringLiteral("whatIf"),
                     QJsonObject{
                         {QStringLiteral("gained"), QJsonArray::fromStringList(impact->gained(u))},
                         {QStringLiteral("lost"), QJsonArray::fromStringList(impact->lost(u))},
                         {QStringLiteral("injectedToolCount"),
                          count(impact->after.injected.value(u, -1))},
                         {QStringLiteral("overBudget"), impact->after.overBudget(u)}});
        users << o;
    }
    QJsonArray servers;
    for (int s = 0; s < fleet.servers.size(); ++s) {
        const FleetServer &fs = fleet.servers.at(s);
        const FleetEvaluation::Server &es = e.servers.at(s);
        QJsonObject tokens;
        for (int c = 0; c < int(FleetTokenClass::Count); ++c)
            if (es.tokens[c] > 0 || c <= int(FleetTokenClass::OtherError))
                tokens.insert(FleetResult::tokenClassName(FleetTokenClass(c)), es.tokens[c]);
        QJsonObject o{{QStringLiteral("id"), fs.id},
                      {QStringLiteral("kind"), ResolvedServer::kindName(fs.kind)},
                      {QStringLiteral("url"), fs.url},
                      {QStringLiteral("allowRegex"), fs.allowRegex},
                      {QStringLiteral("denyRegex"), fs.denyRegex},
                      {QStringLiteral("tokenStatus"), tokens},
                      {QStringLiteral("proxiedUsers"), es.proxiedUsers},
                      {QStringLiteral("toolsKnown"), es.toolsKnown},
                      {QStringLiteral("toolCount"), fs.probed.toolsKnown
                                                        ? QJsonValue(int(fs.probed.tools.size()))
                                                        : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("injectedTools"), QJsonArray::fromStringList(es.injected)},
                      {QStringLiteral("toolsListedBy"), fs.listedBy.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(fs.listedBy)},
                      {QStringLiteral("toolsNote"), fs.toolsNote}};
        if (fleet.probedEach) {
            o.insert(QStringLiteral("usersProbed"), fs.usersProbed);
            o.insert(QStringLiteral("usersWithOtherTools"), fs.usersWithOtherTools);
        }
        if (!es.regexError.isEmpty())
            o.insert(QStringLiteral("regexError"), es.regexError);
        if (!es.rejected.isEmpty())
            o.insert(QStringLiteral("toolsBreakingRequests"),
                     QJsonArray::fromStringList(es.rejected));
        if (outages.contains(s))
            o.insert(QStringLiteral("suspectValidateOutage"), outageWarning(fleet, e, s));
        if (!byEra.isEmpty()) {
            QJsonObject perEra;
            bool differ = false;
            for (auto it = byEra.cbegin(); it != byEra.cend(); ++it) {
                perEra.insert(CoderEra::name(CoderEra::Era(it.key())),
                              QJsonArray::fromStringList(it->servers.at(s).injected));
                differ |= it->servers.at(s).injected != es.injected;
            }
            if (differ)
                o.insert(QStringLiteral("injectedToolsByEra"), perEra);
        }
        servers << o;
    }
    QJsonObject root{
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("name"), fleet.sourceName},
                                               {QStringLiteral("note"), fleet.sourceNote}}},
        {QStringLiteral("coderVersion"), fleet.coderVersion},
        {QStringLiteral("era"),
         e.eraAssumed ? CoderEra::name(CoderEra::Era::Unknown) : CoderEra::name(e.era)},
        {QStringLiteral("eraShownAs"), CoderEra::name(e.era)},
        {QStringLiteral("eraSource"), fleet.eraSource},
        {QStringLiteral("clientToolCount"), e.clientToolCount},
        {QStringLiteral("scannedAt"), fleet.scannedAt.toString(Qt::ISODate)},
        {QStringLiteral("tokensVisible"), fleet.tokensVisible},
        {QStringLiteral("complete"), !fleet.cancelled && fleet.missingUsers().isEmpty()},
        {QStringLiteral("missingUsers"), QJsonArray::fromStringList(fleet.missingUsers())},
        {QStringLiteral("usersOverBudget"), e.usersOverBudget},
        {QStringLiteral("toolLimit"),
         QJsonObject{{QStringLiteral("tools"), Resolution::ProviderToolLimit},
                     {QStringLiteral("of"), QStringLiteral("the OpenAI API")}}},
        {QStringLiteral("usersWithToolsBreakingRequests"), e.usersWithRejectedNames},
        {QStringLiteral("notes"), QJsonArray::fromStringList(fleet.notes)},
        {QStringLiteral("users"), users},
        {QStringLiteral("servers"), servers}};
    if (impact)
        root.insert(QStringLiteral("whatIfSummary"), impact->summaryJson(fleet));
    if (comparison)
        root.insert(QStringLiteral("compare"), comparison->toJson());
    return root;
}

QByteArray FleetReport::csv(const FleetResult &fleet, const FleetEvaluation &e)
{
    QString out = QStringLiteral("username,user_id,server,outcome,reason,token_status,token_error,"
                                 "server_injected_tools,user_injected_tools,over_budget,missing\n");
    for (int u = 0; u < fleet.users.size(); ++u) {
        const FleetUser &user = fleet.users.at(u);
        const QString userCount =
            e.injected.value(u, -1) < 0 ? QString() : QString::number(e.injected.at(u));
        const QString over = e.overBudget(u) ? QStringLiteral("true") : QStringLiteral("false");
        bool any = false;
        for (int s = 0; s < user.cells.size(); ++s) {
            const FleetCell &cell = user.cells.at(s);
            if (!cell.present)
                continue;
            any = true;
            const auto &server = e.servers.at(s);
            const bool proxied = FleetEvaluation::cellProxied(cell, server.regexValid);
            const bool own = proxied && cell.ownInjected >= 0 && e.ownCounts.value(s);
            const QString serverCount = cell.tokenRefused && proxied ? QStringLiteral("0")
                                        : own ? QString::number(cell.ownInjected)
                                        : cell.outcome == ResolvedServer::Outcome::Unknown ||
                                                (proxied && !server.toolsKnown)
                                            ? QString()
                                            : QString::number(proxied ? server.injected.size() : 0);
            out += QStringList{csvField(user.username),
                               csvField(user.id),
                               csvField(fleet.servers.at(s).id),
                               ResolvedServer::outcomeName(cell.outcome),
                               ResolvedServer::reasonName(cell.reason),
                               FleetResult::tokenClassName(cell.tokenClass),
                               csvField(fleet.text(cell.tokenError)),
                               serverCount,
                               userCount,
                               over,
                               {}}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
        }
        if (!any)
            out += QStringList{csvField(user.username),
                               csvField(user.id),
                               {},
                               {},
                               {},
                               {},
                               {},
                               {},
                               userCount,
                               over,
                               csvField(user.missing + user.error)}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
    }
    return out.toUtf8();
}

QString FleetReport::text(const FleetResult &fleet, const FleetEvaluation &e,
                          const WhatIfImpact *impact, const FleetComparison *comparison,
                          int maxUsers)
{
    QStringList lines;
    const QStringList missing = fleet.missingUsers();
    lines
        << tr("Fleet: %1 user(s), %2 scanned, %3 server(s); Coder era %4 (%5); %6 client tool(s).")
               .arg(fleet.users.size())
               .arg(fleet.users.size() - missing.size())
               .arg(fleet.servers.size())
               .arg(e.eraAssumed ? tr("unknown (era C's figures shown)") : CoderEra::name(e.era),
                    fleet.eraSource)
               .arg(e.clientToolCount);
    if (fleet.cancelled)
        lines << tr("!! The scan was cancelled: %n user(s) not scanned.", nullptr,
                    int(missing.size()));
    else if (!missing.isEmpty())
        lines << tr("!! %n user(s) could not be scanned: %1", nullptr, int(missing.size()))
                     .arg(missing.mid(0, 10).join(QLatin1String(", ")) +
                          (missing.size() > 10 ? QStringLiteral(", …") : QString()));
    if (fleet.aiGateway.externalClientsRefused())
        lines << QStringLiteral("!! ") + fleet.aiGateway.summary();
    lines << tr("%n user(s) over the OpenAI API's %1-tool limit.", nullptr, e.usersOverBudget)
                 .arg(Resolution::ProviderToolLimit);
    if (e.usersWithRejectedNames > 0)
        lines << tr("!! %n user(s) get a tool whose injected name an LLM API refuses (outside "
                    "^[a-zA-Z0-9_-]{1,64}$): each of their requests fails with a 400.",
                    nullptr, e.usersWithRejectedNames);
    for (const int s : suspectValidateOutages(fleet, e))
        lines << QStringLiteral("!! ") + outageWarning(fleet, e, s);
    if (e.eraAssumed)
        for (const QString &line : eraLines(fleet))
            lines << line;
    for (const QString &note : fleet.notes)
        lines << QStringLiteral("Note: ") + note;

    if (impact) {
        lines << QString()
              << tr("What if %1:")
                     .arg(QString::fromUtf8(
                         QJsonDocument(impact->edits.toJson()).toJson(QJsonDocument::Compact)));
        for (const QString &line : impact->summaryLines(fleet))
            lines << QStringLiteral("  ") + line;
    }
    if (comparison) {
        lines << QString();
        lines << comparison->summaryLines();
    }

    lines << QString() << tr("Servers:");
    for (int s = 0; s < fleet.servers.size(); ++s) {
        const FleetServer &fs = fleet.servers.at(s);
        const auto &es = e.servers.at(s);
        const auto n = [&](FleetTokenClass c) {
            return es.tokens[int(c)];
        };
        QString tokens = tr("tokens: %1 ok, %2 expired, %3 not linked, %4 other error")
                             .arg(n(FleetTokenClass::Ok))
                             .arg(n(FleetTokenClass::Expired))
                             .arg(n(FleetTokenClass::NotLinked))
                             .arg(n(FleetTokenClass::OtherError));
        if (n(FleetTokenClass::Unknown) > 0)
            tokens += tr(", %1 unknown").arg(n(FleetTokenClass::Unknown));
        if (fs.kind == ResolvedServer::Kind::Coder)
            tokens = tr("the session key is its token");
        lines << tr("  %1: proxied for %2 user(s), %3; %4")
                     .arg(fs.id)
                     .arg(es.proxiedUsers)
                     .arg(es.toolsKnown
                              ? tr("%n tool(s) injected each", nullptr, int(es.injected.size()))
                              : tr("tools unknown"),
                          tokens);
        lines << QStringLiteral("      ") + fs.toolsNote;
        if (!es.regexError.isEmpty())
            lines << tr("      regex error: %1").arg(es.regexError);
        if (!es.rejected.isEmpty())
            lines << tr("      breaks requests (names an LLM API refuses): %1")
                         .arg(es.rejected.join(QLatin1String(", ")));
    }

    lines << QString() << tr("Users with a server not proxied or over the OpenAI API's limit:");
    int shown = 0;
    int problems = 0;
    for (int u = 0; u < fleet.users.size(); ++u) {
        const FleetUser &user = fleet.users.at(u);
        QStringList parts;
        if (!user.scanned())
            parts << tr("not scanned (%1)").arg(user.missing);
        else if (!user.error.isEmpty())
            parts << tr("failed: %1").arg(user.error);
        for (int s = 0; s < user.cells.size(); ++s) {
            const FleetCell &cell = user.cells.at(s);
            if (!cell.present || cell.outcome == ResolvedServer::Outcome::Proxied)
                continue;
            // Over REST every other user's external server is unknown: said once above.
            if (!fleet.tokensVisible && cell.outcome == ResolvedServer::Outcome::Unknown)
                continue;
            QString part = fleet.servers.at(s).id + QLatin1Char(' ') +
                           ResolvedServer::outcomeName(cell.outcome);
            if (cell.reason != ResolvedServer::Reason::None)
                part += QStringLiteral(": ") + ResolvedServer::reasonName(cell.reason);
            if (cell.tokenError >= 0)
                part += QStringLiteral(" (\"%1\")").arg(fleet.text(cell.tokenError));
            parts << part;
        }
        if (e.rejected.value(u) > 0)
            parts << tr("%n tool name(s) an LLM API refuses: requests fail", nullptr,
                        e.rejected.at(u));
        if (e.overBudget(u))
            parts << tr("over the OpenAI API's limit: %1 tools")
                         .arg(e.injectedAtLeast.value(u) + e.rejected.value(u) + e.clientToolCount);
        if (parts.isEmpty())
            continue;
        ++problems;
        if (shown++ < maxUsers)
            lines << QStringLiteral("  %1: %2").arg(user.username, parts.join(QLatin1String("; ")));
    }
    if (problems > maxUsers)
        lines << tr("  … %n more (--json or --csv has them all)", nullptr, problems - maxUsers);
    if (problems == 0)
        lines << tr("  none");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString FleetReport::cost(int users, const QStringList &externalServers, bool overGateway,
                          const CostOptions &options)
{
    if (!overGateway)
        return tr("Over the REST API other users' tokens cannot be read: the scan asks for the "
                  "configs once and %n user(s) by name, and shows config-level facts (servers, "
                  "regexes, tools); token status is \"unknown\" for everyone but you.",
                  nullptr, users);
    const qint64 validates = qint64(users) * externalServers.size();
    QString text =
        tr("This scan asks coderd for %n user(s)' token batches (GetMCPServerAccessTokensBatch, "
           "coderd/aibridgedserver). For each user coderd reads their external-auth links "
           "once, and for each linked provider among %1 it validates the token: a GET to "
           "the provider's validate URL with the user's token, with no timeout, unless the "
           "token has expired or the provider has no validate URL. Up to %2 validate "
           "requests leave coderd, at up to %3 users at a time; a token call our connection "
           "loses is asked again up to %4 time(s), up to %5 validate requests in all. Nothing "
           "is refreshed. Each invalid or expired token logs a WARN \"invalid/expired access "
           "token, cannot auto-configure MCP\". A provider that rate-limits this burst "
           "answers 429 or a 403 with rate-limit headers, which coderd counts as valid "
           "(coderd/externalauth ValidateToken): a revoked token may then read as ok. A "
           "validate endpoint that fails (a 5xx, no connection) reads as every token "
           "invalid; one that hangs past the factory's 10 s for the whole batch "
           "(coderd/aibridged/mcp.go) costs the user every external server.",
           nullptr, users)
            .arg(externalServers.isEmpty() ? tr("(none)")
                                           : externalServers.join(QLatin1String(", ")))
            .arg(validates)
            .arg(options.concurrency)
            .arg(options.retries)
            .arg(validates * (1 + qMax(0, options.retries)));
    // The wall time: each user's call waits for the slowest of its linked providers'
    // validate GETs (all at once within the user, coderd/aibridgedserver/aibridgedserver.go),
    // so users × latency ÷ concurrency, or users ÷ rate when --rate is the tighter bound.
    const int c = qMax(1, options.concurrency);
    const double byRate = options.rate > 0 ? users / options.rate : 0;
    if (options.validateMs >= 0) {
        const double byLatency = double(users) * options.validateMs / 1000.0 / c;
        // Each provider sees one GET per linked user, at the pace users go.
        const double perSecond = options.validateMs > 0 ? c * 1000.0 / options.validateMs : 0.0;
        const double pace = options.rate > 0 && (perSecond == 0 || options.rate < perSecond)
                                ? options.rate
                                : perSecond;
        text += QLatin1Char(' ') +
                tr("Expected wall time: at least %1 (%2 user(s) × %3 ms ÷ %4 at a time%5); each "
                   "provider then sees up to %6 validate GET(s) a second from coderd.")
                    .arg(duration(qMax(byLatency, byRate)))
                    .arg(users)
                    .arg(options.validateMs)
                    .arg(c)
                    .arg(options.rate > 0 ? tr("; --rate %1 a second: at least %2")
                                                .arg(options.rate)
                                                .arg(duration(byRate))
                                          : QString())
                    .arg(pace > 0 ? QString::number(qRound(pace)) : tr("(no limit)"));
        if (options.validateMs >= 10000)
            text += QLatin1Char(' ') +
                    tr("At that latency every token call outlasts the factory's 10 s for the "
                       "batch (coderd/aibridged/mcp.go) and this tool's 10 s a call: each user "
                       "reads as failed and is asked again, %1 time(s) more.")
                        .arg(options.retries);
    } else {
        text += QLatin1Char(' ') +
                tr("The wall time is set by how fast the providers answer those GETs, which is "
                   "unknown here: about %1 user(s) × their latency ÷ %2 at a time%3. Give "
                   "--validate-ms with the providers' latency for an estimate.")
                    .arg(users)
                    .arg(c)
                    .arg(options.rate > 0 ? tr(", and at least %1 with --rate %2 a second")
                                                .arg(duration(byRate))
                                                .arg(options.rate)
                                          : QString());
    }
    if (options.probe)
        text += QLatin1Char(' ') + tr("The configs are asked once; each server's tools are listed "
                                      "once, with the first user whose token is ok (about %1 MCP "
                                      "requests per server from this workstation).")
                                       .arg(ProbeRequestsPerServer);
    if (options.probeEach)
        text += QLatin1Char(' ') +
                tr("--probe-each also lists every user's servers with their own token (and the "
                   "Coder server with this session): up to %1 more MCP sessions (about %2 "
                   "requests) from this workstation to the MCP servers, not to coderd.")
                    .arg(qint64(users) * (externalServers.size() + 1))
                    .arg(qint64(users) * (externalServers.size() + 1) * ProbeRequestsPerServer);
    return text;
}

QString FleetReport::duration(double seconds)
{
    const qint64 s = qint64(std::ceil(seconds));
    if (s < 60)
        return seconds < 1 && seconds > 0 ? tr("under a second") : tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600 + 59) / 60);
}

QList<int> FleetReport::suspectValidateOutages(const FleetResult &fleet, const FleetEvaluation &e)
{
    QList<int> out;
    if (!fleet.tokensVisible)
        return out;
    for (int s = 0; s < fleet.servers.size() && s < e.servers.size(); ++s) {
        if (fleet.servers.at(s).kind != ResolvedServer::Kind::External)
            continue;
        const auto &tokens = e.servers.at(s).tokens;
        if (tokens[int(FleetTokenClass::Ok)] == 0 && tokens[int(FleetTokenClass::Expired)] >= 2)
            out << s;
    }
    return out;
}

QString FleetReport::outageWarning(const FleetResult &fleet, const FleetEvaluation &e, int s)
{
    return tr("%1: every linked user's token reads invalid (%2, none ok). Possibly the "
              "provider's validate endpoint failing (a 5xx, DNS or coderd's egress), which "
              "coderd counts as an invalid token; or tokens that expire, which coderd never "
              "refreshes here. coderd's log tells them apart: WARN \"invalid/expired access "
              "token, cannot auto-configure MCP\" with provider=%1 carries an error= for a "
              "failed validate request and error=<nil> for an expired or refused token. "
              "Check that before asking users to re-link.")
        .arg(fleet.servers.at(s).id)
        .arg(e.servers.at(s).tokens[int(FleetTokenClass::Expired)]);
}

QStringList FleetReport::eraLines(const FleetResult &fleet, const WhatIfEdits &edits)
{
    QStringList lines;
    QMap<int, FleetEvaluation> byEra;
    for (const CoderEra::Era era : CoderEra::all()) {
        WhatIfEdits e = edits;
        e.era = era;
        byEra.insert(int(era), FleetEvaluation::evaluate(fleet, e));
    }
    QStringList over;
    for (auto it = byEra.cbegin(); it != byEra.cend(); ++it)
        over << QStringLiteral("%1 %2")
                    .arg(CoderEra::name(CoderEra::Era(it.key())))
                    .arg(it->usersOverBudget);
    lines << tr("Coder era unknown (%1): the figures differ by era. Users over the OpenAI API's "
                "limit per era: %2.")
                 .arg(fleet.eraSource.isEmpty() ? tr("no version") : fleet.eraSource,
                      over.join(QLatin1String(", ")));
    for (int s = 0; s < fleet.servers.size(); ++s) {
        QStringList counts;
        bool differ = false;
        for (auto it = byEra.cbegin(); it != byEra.cend(); ++it) {
            const auto &server = it->servers.at(s);
            counts << QStringLiteral("%1 %2")
                          .arg(CoderEra::name(CoderEra::Era(it.key())))
                          .arg(server.toolsKnown ? QString::number(server.injected.size())
                                                 : QStringLiteral("?"));
            differ |= server.injected != byEra.first().servers.at(s).injected ||
                      server.rejected != byEra.first().servers.at(s).rejected;
        }
        if (differ)
            lines << tr("  %1 injects per era: %2")
                         .arg(fleet.servers.at(s).id, counts.join(QLatin1String(", ")));
    }
    lines << tr("  Pick the era with --coder-era (or the version the deployment runs) to see one.");
    return lines;
}
