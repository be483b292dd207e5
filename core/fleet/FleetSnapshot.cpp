// SPDX-License-Identifier: Apache-2.0
#include "FleetSnapshot.h"

#include "FleetScanner.h"
#include "FleetSource.h"
#include "source/ProtoJson.h"
#include "source/SnapshotReader.h"
#include "json/JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool FleetSnapshot::isFleetFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The kind is written first; a single-user snapshot starts with its user.
    const QByteArray head = file.read(4096);
    return head.contains(QByteArrayLiteral("\"kind\": \"aibridge-inspector-fleet\"")) ||
           head.contains(QByteArrayLiteral("\"kind\":\"aibridge-inspector-fleet\""));
}

std::optional<FleetSnapshot> FleetSnapshot::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        *error = QStringLiteral("%1: larger than %2 MiB").arg(path).arg(MaxFileSize >> 20);
        return std::nullopt;
    }
    return read(file.readAll(), path, error);
}

std::optional<FleetSnapshot> FleetSnapshot::read(const QByteArray &data, const QString &origin,
                                                 QString *error)
{
    const std::optional<QJsonObject> parsed = JsonReader::parseObject(data, origin, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    if (root.value(QLatin1String("kind")).toString() != QLatin1String(Kind)) {
        *error = QStringLiteral("%1: not a fleet snapshot (\"kind\" is not \"%2\")")
                     .arg(origin, QLatin1String(Kind));
        return std::nullopt;
    }
    JsonReader reader;
    FleetSnapshot snapshot;
    snapshot.sourceName = root.value(QLatin1String("source")).toString();
    snapshot.coderVersion = root.value(QLatin1String("coderVersion")).toString();
    snapshot.tokensVisible = root.value(QLatin1String("tokensVisible")).toBool(true);
    snapshot.scannedAt =
        QDateTime::fromString(root.value(QLatin1String("scannedAt")).toString(), Qt::ISODate);
    if (root.contains(QLatin1String("coderEra"))) {
        bool known = false;
        snapshot.era = CoderEra::fromName(root.value(QLatin1String("coderEra")).toString(), &known);
        if (!known)
            reader.fail(QStringLiteral("coderEra"),
                        QStringLiteral("must be \"A\", \"B\" or \"C\""));
    } else if (!snapshot.coderVersion.isEmpty()) {
        snapshot.era = CoderEra::fromVersion(snapshot.coderVersion);
    }
    const QJsonObject configs =
        reader.object(root.value(QLatin1String("configs")), QStringLiteral("configs"));
    if (configs.contains(QLatin1String("error")))
        snapshot.configs.error = reader.string(configs, {"error"}, QStringLiteral("configs"));
    else
        snapshot.configs.response =
            ProtoJson::readConfigsResponse(reader, configs, QStringLiteral("configs"));

    const QJsonArray users =
        reader.array(root.value(QLatin1String("users")), QStringLiteral("users"));
    snapshot.users.reserve(users.size());
    for (int i = 0; i < users.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("users[%1]").arg(i);
        const QJsonObject o = reader.object(users.at(i), path);
        User user;
        user.user.id = reader.string(o, {"id"}, path);
        user.user.username = reader.string(o, {"username"}, path);
        user.missing = reader.string(o, {"missing"}, path);
        if (o.value(QLatin1String("configs")).isObject()) {
            const QJsonObject c = o.value(QLatin1String("configs")).toObject();
            ConfigsResult own;
            own.response = ProtoJson::readConfigsResponse(
                reader, c, JsonReader::join(path, QStringLiteral("configs")));
            user.configs = own;
        }
        const QJsonObject own = o.contains(QLatin1String("own"))
                                    ? reader.object(o.value(QLatin1String("own")),
                                                    JsonReader::join(path, QStringLiteral("own")))
                                    : QJsonObject();
        for (auto it = own.begin(); it != own.end(); ++it) {
            const double n = it.value().toDouble(-1);
            if (!it.value().isDouble() || n < -1 || n > 1e6 || n != double(int(n)))
                reader.fail(
                    JsonReader::join(JsonReader::join(path, QStringLiteral("own")), it.key()),
                    QStringLiteral("expected a whole number of tools"));
            else
                user.ownInjected.insert(it.key(), int(n));
        }
        const QJsonValue tokens = o.value(QLatin1String("tokens"));
        if (tokens.isObject()) {
            const QJsonObject t = tokens.toObject();
            TokensResult result;
            if (t.contains(QLatin1String("unknown")))
                result.unknownReason =
                    reader.string(t, {"unknown"}, JsonReader::join(path, QStringLiteral("tokens")));
            else if (t.contains(QLatin1String("error")))
                result.error =
                    reader.string(t, {"error"}, JsonReader::join(path, QStringLiteral("tokens")));
            else
                result.response = ProtoJson::readTokensResponse(
                    reader, t, JsonReader::join(path, QStringLiteral("tokens")));
            user.tokens = result;
        } else if (tokens.isNull()) {
            user.tokens = TokensResult{}; // a nil answer without an error
        } else if (!tokens.isUndefined()) {
            reader.fail(JsonReader::join(path, QStringLiteral("tokens")),
                        QStringLiteral("expected an object or null"));
        } else if (user.missing.isEmpty()) {
            user.missing = QStringLiteral("no token answer recorded");
        }
        snapshot.users << user;
    }
    const QJsonObject tools =
        reader.object(root.value(QLatin1String("tools")), QStringLiteral("tools"));
    for (auto it = tools.begin(); it != tools.end(); ++it)
        snapshot.tools.insert(
            it.key(), SnapshotReader::readTools(
                          reader, it.value(), JsonReader::join(QStringLiteral("tools"), it.key())));
    const QJsonObject listedBy =
        reader.object(root.value(QLatin1String("listedBy")), QStringLiteral("listedBy"));
    for (auto it = listedBy.begin(); it != listedBy.end(); ++it)
        snapshot.listedBy.insert(it.key(), it.value().toString());
    if (!reader.ok()) {
        *error = QStringLiteral("%1: %2").arg(origin, reader.error());
        return std::nullopt;
    }
    return snapshot;
}

QByteArray FleetSnapshot::write(const FleetScanner &scanner)
{
    const FleetResult &fleet = scanner.result();
    const FleetSource *source = scanner.source();
    // Written by hand so "kind" comes first (isFleetFile reads only the head).
    QByteArray out = "{\n    \"kind\": \"aibridge-inspector-fleet\",\n    \"version\": 1,\n";
    QJsonObject rest;
    rest.insert(QStringLiteral("source"), fleet.sourceName);
    rest.insert(QStringLiteral("coderVersion"), fleet.coderVersion);
    if (fleet.era != CoderEra::Era::Unknown)
        rest.insert(QStringLiteral("coderEra"), CoderEra::name(fleet.era));
    rest.insert(QStringLiteral("scannedAt"), fleet.scannedAt.toString(Qt::ISODate));
    rest.insert(QStringLiteral("tokensVisible"), fleet.tokensVisible);
    rest.insert(QStringLiteral("configs"), source ? source->recordedConfigs() : QJsonValue());
    QJsonArray users;
    for (const FleetUser &u : fleet.users) {
        QJsonObject o{{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username}};
        const auto tokens = source ? source->recordedTokens().constFind(u.id)
                                   : QHash<QString, QJsonValue>::const_iterator();
        if (source)
            if (const auto own = source->recordedUserConfigs().constFind(u.id);
                own != source->recordedUserConfigs().constEnd() &&
                *own != source->recordedConfigs())
                o.insert(QStringLiteral("configs"), *own);
        QJsonObject own;
        for (int c = 0; c < u.cells.size() && c < fleet.servers.size(); ++c)
            if (u.cells.at(c).ownInjected >= 0)
                // -1: the server refused the user's own token (injects nothing).
                own.insert(fleet.servers.at(c).id,
                           u.cells.at(c).tokenRefused ? -1 : u.cells.at(c).ownInjected);
        if (!own.isEmpty())
            o.insert(QStringLiteral("own"), own);
        if (!u.scanned())
            o.insert(QStringLiteral("missing"), u.missing);
        else if (source && tokens != source->recordedTokens().constEnd())
            o.insert(QStringLiteral("tokens"), *tokens);
        users << o;
    }
    rest.insert(QStringLiteral("users"), users);
    QJsonObject tools;
    QJsonObject listedBy;
    for (const FleetServer &s : fleet.servers) {
        if (!s.probed.toolsKnown)
            continue;
        QList<McpTool> list;
        for (const ResolvedTool &t : s.probed.tools)
            list << McpTool{t.name, t.title, t.description, t.inputSchema};
        tools.insert(s.id, SnapshotReader::writeTools(list));
        if (!s.listedBy.isEmpty())
            listedBy.insert(s.id, s.listedBy);
    }
    rest.insert(QStringLiteral("tools"), tools);
    rest.insert(QStringLiteral("listedBy"), listedBy);
    QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Indented);
    // Splice the rest after the kind: drop its opening brace.
    body.remove(0, body.indexOf('{') + 1);
    while (!body.isEmpty() && (body.at(0) == '\n'))
        body.remove(0, 1);
    return out + body;
}

bool FleetSnapshot::perUserConfigs() const
{
    for (const User &u : users)
        if (u.configs)
            return true;
    return false;
}

QHash<QString, QHash<QString, int>> FleetSnapshot::ownInjectedByUser() const
{
    QHash<QString, QHash<QString, int>> out;
    for (const User &u : users)
        if (!u.ownInjected.isEmpty())
            out.insert(u.user.id, u.ownInjected);
    return out;
}
