// SPDX-License-Identifier: Apache-2.0
#include "FleetSummary.h"

#include "FleetReport.h"

#include <QJsonArray>
#include <QJsonDocument>

FleetSummary FleetSummary::of(const FleetResult &fleet, const FleetEvaluation &e)
{
    FleetSummary s;
    s.scannedAt = fleet.scannedAt;
    s.users = int(fleet.users.size());
    s.missing = int(fleet.missingUsers().size());
    s.scanned = s.users - s.missing;
    s.partial = fleet.cancelled || s.missing > 0;
    s.overBudget = e.usersOverBudget;
    const QList<int> outages = FleetReport::suspectValidateOutages(fleet, e);
    for (int i = 0; i < fleet.servers.size() && i < e.servers.size(); ++i) {
        Server server;
        server.id = fleet.servers.at(i).id;
        server.tokens = e.servers.at(i).tokens;
        server.proxiedUsers = e.servers.at(i).proxiedUsers;
        server.injectedTools = e.servers.at(i).toolsKnown ? int(e.servers.at(i).injected.size()) : -1;
        server.suspectOutage = outages.contains(i);
        s.servers << server;
    }
    return s;
}

QJsonObject FleetSummary::toJson() const
{
    QJsonArray list;
    for (const Server &server : servers) {
        QJsonObject tokens;
        for (int c = 0; c < int(FleetTokenClass::Count); ++c)
            tokens.insert(FleetResult::tokenClassName(FleetTokenClass(c)), server.tokens[c]);
        QJsonObject o{{QStringLiteral("id"), server.id},
                      {QStringLiteral("tokenStatus"), tokens},
                      {QStringLiteral("proxiedUsers"), server.proxiedUsers},
                      {QStringLiteral("injectedTools"), server.injectedTools}};
        if (server.suspectOutage)
            o.insert(QStringLiteral("suspectValidateOutage"), true);
        list << o;
    }
    return {{QStringLiteral("kind"), QStringLiteral("aibridge-inspector-fleet-summary")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("scannedAt"), scannedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("partial"), partial},
            {QStringLiteral("users"), users},
            {QStringLiteral("scanned"), scanned},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("overBudget"), overBudget},
            {QStringLiteral("newProblems"), newProblems},
            {QStringLiteral("snapshot"), snapshotFile},
            {QStringLiteral("servers"), list}};
}

std::optional<FleetSummary> FleetSummary::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() ||
        doc.object().value(QLatin1String("kind")).toString() !=
            QLatin1String("aibridge-inspector-fleet-summary")) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a fleet summary");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    FleetSummary s;
    s.scannedAt = QDateTime::fromString(root.value(QLatin1String("scannedAt")).toString(),
                                        Qt::ISODateWithMs);
    if (!s.scannedAt.isValid()) {
        *error = QStringLiteral("scannedAt: not a time");
        return std::nullopt;
    }
    s.partial = root.value(QLatin1String("partial")).toBool();
    s.users = root.value(QLatin1String("users")).toInt();
    s.scanned = root.value(QLatin1String("scanned")).toInt();
    s.missing = root.value(QLatin1String("missing")).toInt();
    s.overBudget = root.value(QLatin1String("overBudget")).toInt();
    s.newProblems = root.value(QLatin1String("newProblems")).toInt(-1);
    s.snapshotFile = root.value(QLatin1String("snapshot")).toString();
    for (const QJsonValue &v : root.value(QLatin1String("servers")).toArray()) {
        const QJsonObject o = v.toObject();
        Server server;
        server.id = o.value(QLatin1String("id")).toString();
        const QJsonObject tokens = o.value(QLatin1String("tokenStatus")).toObject();
        for (int c = 0; c < int(FleetTokenClass::Count); ++c)
            server.tokens[c] =
                qMax(0, tokens.value(FleetResult::tokenClassName(FleetTokenClass(c))).toInt());
        server.proxiedUsers = o.value(QLatin1String("proxiedUsers")).toInt();
        server.injectedTools = o.value(QLatin1String("injectedTools")).toInt(-1);
        server.suspectOutage = o.value(QLatin1String("suspectValidateOutage")).toBool();
        s.servers << server;
    }
    return s;
}

const FleetSummary::Server *FleetSummary::server(const QString &id) const
{
    for (const Server &s : servers)
        if (s.id == id)
            return &s;
    return nullptr;
}
