// SPDX-License-Identifier: Apache-2.0
#include "ObservedComparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ObservedComparison", text);
}
QString normalisedUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u.toLower();
}
} // namespace

QString ObservedComparison::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Confirmed:
        return QStringLiteral("confirmed");
    case Kind::Unexpected:
        return QStringLiteral("unexpected");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::UnknownServer:
        return QStringLiteral("unknown-server");
    }
    return {};
}

ObservedComparison ObservedComparison::compare(const Resolution &predicted,
                                               const QList<Interception> &observed)
{
    ObservedComparison out;
    out.interceptions = int(observed.size());
    QHash<QString, const ResolvedServer *> byUrl;
    for (const ResolvedServer &s : predicted.servers)
        if (s.outcome != ResolvedServer::Outcome::Dropped ||
            s.reason == ResolvedServer::Reason::RegexCompile)
            byUrl.insert(normalisedUrl(s.url), &s);
    QMap<QString, Row> rows; // kind|server|tool|error -> row
    QSet<QString> seenServers;
    QMap<QString, QDateTime> lastByKey;
    for (const Interception &i : observed) {
        QDateTime &last = lastByKey[i.apiKeyId];
        if (!last.isValid() || i.startedAt > last)
            last = i.startedAt;
        for (const ToolUsage &u : i.toolUsages) {
            if (!u.injected) {
                ++out.clientToolCalls;
                continue;
            }
            const ResolvedServer *server = byUrl.value(normalisedUrl(u.serverUrl));
            Row row;
            row.serverUrl = u.serverUrl;
            row.tool = u.tool;
            if (!server) {
                row.kind = Kind::UnknownServer;
            } else {
                row.serverId = server->id;
                seenServers.insert(server->id);
                bool injected = false;
                for (const ResolvedTool &t : server->tools)
                    if ((t.name == u.tool || t.injectedName == u.tool) &&
                        t.verdict == ToolVerdict::Injected &&
                        server->outcome == ResolvedServer::Outcome::Proxied)
                        injected = true;
                if (!u.invocationError.isEmpty()) {
                    row.kind = Kind::Failed;
                    row.invocationError = u.invocationError;
                } else {
                    row.kind = injected ? Kind::Confirmed : Kind::Unexpected;
                }
            }
            const QString key = kindName(row.kind) + QLatin1Char('|') + row.serverUrl +
                                QLatin1Char('|') + row.tool + QLatin1Char('|') +
                                row.invocationError;
            out.calls << Call{row.serverId.isEmpty() ? row.serverUrl : row.serverId, u.createdAt,
                              row.kind};
            Row &merged = rows[key];
            if (merged.calls == 0)
                merged = row;
            ++merged.calls;
            if (!merged.lastCall.isValid() || u.createdAt > merged.lastCall)
                merged.lastCall = u.createdAt;
        }
    }
    if (out.calls.size() > MaxCalls) {
        std::sort(out.calls.begin(), out.calls.end(),
                  [](const Call &a, const Call &b) { return a.at > b.at; });
        out.calls.resize(MaxCalls);
    }
    out.rows = rows.values();
    // Unexpected first: the prediction or the deployment changed.
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [](const Row &a, const Row &b) { return int(a.kind) < int(b.kind); });
    for (const ResolvedServer &s : predicted.servers)
        if (s.outcome == ResolvedServer::Outcome::Proxied && s.injectedToolCount > 0 &&
            !seenServers.contains(s.id))
            out.serversNeverSeen << s.id;
    for (auto it = lastByKey.cbegin(); it != lastByKey.cend(); ++it)
        out.bridges << KeyBridge{it.key(), it.value(), it.value().addSecs(BridgeTtlMinutes * 60)};
    return out;
}

ObservedComparison ObservedComparison::compare(const Resolution &predicted,
                                               const ObservedActivity &observed)
{
    ObservedComparison out = compare(predicted, observed.interceptions);
    out.api = ObservedActivity::apiName(observed.api);
    // Nothing was read (a 403, no route): "never seen" would claim what nobody looked at.
    if (!observed.error.isEmpty() && observed.interceptions.isEmpty())
        out.serversNeverSeen.clear();
    out.invocationErrorsKnown = observed.invocationErrorsKnown;
    out.apiKeysKnown = observed.apiKeysKnown;
    if (!observed.invocationErrorsKnown)
        out.notes << tr("The sessions API does not return a tool call's invocation error "
                        "(coderd/database/db2sdk/db2sdk.go builds AIBridgeToolCall without "
                        "it, v2.35.1), so a failed injected call shows here as called.");
    if (!observed.apiKeysKnown && !out.bridges.isEmpty()) {
        // coderd/aibridged/pool.go caches a bridge per InitiatorID|APIKeyID; without key
        // ids, the latest request of all bounds every key's bridge.
        KeyBridge all;
        for (const KeyBridge &b : std::as_const(out.bridges))
            if (!all.lastRequest.isValid() || b.lastRequest > all.lastRequest)
                all = b;
        all.apiKeyId.clear();
        out.bridges = {all};
        out.notes << tr("The sessions API names no API key: the bridge times below hold for "
                        "every key the user made requests with.");
    }
    out.notes += observed.notes;
    return out;
}

QJsonObject ObservedComparison::toJson() const
{
    QJsonArray rowArray;
    for (const Row &r : rows) {
        QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)},
                      {QStringLiteral("server"), r.serverId},
                      {QStringLiteral("serverUrl"), r.serverUrl},
                      {QStringLiteral("tool"), r.tool},
                      {QStringLiteral("calls"), r.calls},
                      {QStringLiteral("lastCall"), r.lastCall.toUTC().toString(Qt::ISODate)}};
        if (!r.invocationError.isEmpty())
            o.insert(QStringLiteral("invocationError"), r.invocationError);
        rowArray << o;
    }
    QJsonArray bridgeArray;
    for (const KeyBridge &b : bridges)
        bridgeArray << QJsonObject{
            {QStringLiteral("apiKeyId"), b.apiKeyId},
            {QStringLiteral("bridgeBuiltAtTheLatest"), b.lastRequest.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("fixReachesByAtTheLatest"),
             b.fixReachesBy.toUTC().toString(Qt::ISODate)}};
    return {{QStringLiteral("api"), api},
            {QStringLiteral("invocationErrorsKnown"), invocationErrorsKnown},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("interceptions"), interceptions},
            {QStringLiteral("clientToolCalls"), clientToolCalls},
            {QStringLiteral("injectedCalls"), rowArray},
            {QStringLiteral("serversNeverSeen"), QJsonArray::fromStringList(serversNeverSeen)},
            {QStringLiteral("bridges"), bridgeArray},
            {QStringLiteral("note"),
             tr("Tool usages prove presence, not absence: a tool never called may still be "
                "injected.")}};
}

QString ObservedComparison::toText() const
{
    QString out = tr("Observed (%1 API): %2 interception(s), %3 call(s) of the client's own "
                     "tools.\n")
                      .arg(api)
                      .arg(interceptions)
                      .arg(clientToolCalls);
    for (const QString &note : notes)
        out += QStringLiteral("  ") + note + QLatin1Char('\n');
    for (const Row &r : rows) {
        const QString where = r.serverId.isEmpty() ? r.serverUrl : r.serverId;
        switch (r.kind) {
        case Kind::Unexpected:
            out += tr("  !! %1 on %2 was called (%3×) but the prediction does not inject it: the "
                      "prediction or the deployment changed\n")
                       .arg(r.tool, where)
                       .arg(r.calls);
            break;
        case Kind::UnknownServer:
            out += tr("  !! %1 on %2 was called (%3×): no server of this prediction has that URL\n")
                       .arg(r.tool, where)
                       .arg(r.calls);
            break;
        case Kind::Failed:
            out += tr("  ✗ %1 on %2 failed (%3×): %4\n")
                       .arg(r.tool, where)
                       .arg(r.calls)
                       .arg(r.invocationError);
            break;
        case Kind::Confirmed:
            out +=
                tr("  ✓ %1 on %2 was called (%3×), as predicted\n").arg(r.tool, where).arg(r.calls);
            break;
        }
    }
    if (!serversNeverSeen.isEmpty())
        out +=
            tr("Servers with injected tools but no observed call: %1 (tool usages prove presence, "
               "not absence)\n")
                .arg(serversNeverSeen.join(QLatin1String(", ")));
    for (const KeyBridge &b : bridges)
        out += tr("API key %1: its bridge was built at %2 at the latest; a fix reaches it by %3 at "
                  "the latest (15-minute TTL, not extended by use)\n")
                   .arg(b.apiKeyId.isEmpty() ? (apiKeysKnown ? tr("(none)") : tr("(any key)"))
                                             : b.apiKeyId,
                        b.lastRequest.toUTC().toString(Qt::ISODate),
                        b.fixReachesBy.toUTC().toString(Qt::ISODate));
    return out;
}
