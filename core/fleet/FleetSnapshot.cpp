// SPDX-License-Identifier: Apache-2.0
#include "FleetSnapshot.h"

#include "FleetScanner.h"
#include "FleetSource.h"
#include "source/ProtoJson.h"
#include "source/SnapshotReader.h"
#include "json/JsonReader.h"

#include <cstring>
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
        *error = QStringLiteral("%1: %2 MiB, larger than the %3 MiB a fleet snapshot may take (at "
                                "most %4 users of %5 bytes each as the tool writes them, plus "
                                "%6 MiB of configs and tool lists)")
                     .arg(path)
                     .arg(file.size() >> 20)
                     .arg(MaxFileSize >> 20)
                     .arg(MaxUsers)
                     .arg(UserBytesBudget)
                     .arg(MaxFixedBytes >> 20);
        return std::nullopt;
    }
    return read(file.readAll(), path, error);
}

namespace {
// A structural walk of the top-level object that finds each element of "users" without
// building a JSON tree of the whole file: each user is parsed on its own, so reading
// 100 000 users costs their records, not a tree of every one of them. It checks only the
// structure; each piece is parsed (and validated) by QJsonDocument. Anything unusual
// (a second "users", an escaped key, broken structure) falls back to one whole parse.
struct Walk
{
    const char *p;
    const char *end;
    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    // After a member or an element: a comma (another follows), the closing bracket, or
    // neither.
    enum class After { Comma, Closed, Broken };
    After after(char close)
    {
        ws();
        if (p < end && (*p == ',' || *p == close))
            return *p++ == ',' ? After::Comma : After::Closed;
        return After::Broken;
    }
    bool string()
    {
        if (p >= end || *p != '"')
            return false;
        for (++p; p < end; ++p) {
            if (*p == '\\')
                ++p;
            else if (*p == '"')
                return ++p, true;
        }
        return false;
    }
    bool value()
    {
        if (p >= end)
            return false;
        if (*p == '"')
            return string();
        if (*p != '{' && *p != '[') {
            const char *start = p;
            while (p < end && !strchr(",]} \t\r\n", *p))
                ++p;
            return p > start; // nothing at all ("[1,]"): the whole parse says what is wrong
        }
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
};

// The file without its users (their array left empty) and each user's bytes.
bool splitUsers(const QByteArray &data, QByteArray *rest, QList<QByteArrayView> *users)
{
    Walk w{data.constData(), data.constData() + data.size()};
    const char *usersBegin = nullptr;
    const char *usersEnd = nullptr;
    w.ws();
    if (w.p >= w.end || *w.p++ != '{')
        return false;
    w.ws();
    if (w.p < w.end && *w.p == '}')
        return false; // nothing to split
    for (;;) {
        w.ws();
        const char *key = w.p;
        if (!w.string())
            return false;
        const bool isUsers = QByteArrayView(key, w.p - key) == QByteArrayView("\"users\"");
        w.ws();
        if (w.p >= w.end || *w.p++ != ':')
            return false;
        w.ws();
        if (isUsers) {
            if (usersBegin || w.p >= w.end || *w.p != '[')
                return false;
            usersBegin = w.p++;
            w.ws();
            if (w.p < w.end && *w.p == ']') {
                ++w.p;
            } else {
                for (;;) {
                    w.ws();
                    const char *element = w.p;
                    if (!w.value())
                        return false;
                    users->append(QByteArrayView(element, w.p - element));
                    const Walk::After after = w.after(']');
                    if (after == Walk::After::Broken)
                        return false;
                    if (after == Walk::After::Closed)
                        break;
                }
            }
            usersEnd = w.p;
        } else if (!w.value()) {
            return false;
        }
        const Walk::After after = w.after('}');
        if (after == Walk::After::Broken)
            return false;
        if (after == Walk::After::Closed)
            break;
    }
    w.ws();
    if (w.p != w.end || !usersBegin)
        return false;
    *rest = data.left(usersBegin - data.constData()) + "[]" + data.mid(usersEnd - data.constData());
    return true;
}
} // namespace

std::optional<FleetSnapshot> FleetSnapshot::read(const QByteArray &data, const QString &origin,
                                                 QString *error)
{
    QByteArray rest;
    QList<QByteArrayView> userBytes;
    const bool split = splitUsers(data, &rest, &userBytes);
    const std::optional<QJsonObject> parsed =
        JsonReader::parseObject(split ? rest : data, origin, error);
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

    // Split: each user's own bytes. Not split (an unusual but valid file): the tree's array.
    const QJsonArray tree =
        split ? QJsonArray()
              : reader.array(root.value(QLatin1String("users")), QStringLiteral("users"));
    const qsizetype count = split ? userBytes.size() : tree.size();
    if (count > MaxUsers)
        reader.fail(QStringLiteral("users"),
                    QStringLiteral("%1 users, more than the %2 a fleet snapshot holds")
                        .arg(count)
                        .arg(MaxUsers));
    snapshot.users.reserve(reader.ok() ? count : 0);
    for (qsizetype i = 0; i < count && reader.ok(); ++i) {
        const QString path = QStringLiteral("users[%1]").arg(i);
        QJsonValue element;
        if (split) {
            const QByteArrayView bytes = userBytes.at(i);
            if (bytes.size() > MaxUserBytes) {
                reader.fail(path, QStringLiteral("%1 bytes, more than the %2 KiB one user's "
                                                 "record may take")
                                      .arg(bytes.size())
                                      .arg(MaxUserBytes >> 10));
                break;
            }
            QJsonParseError parseError;
            const QJsonDocument document =
                QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                reader.fail(path, QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
                break;
            }
            element = document.isObject() ? QJsonValue(document.object()) : QJsonValue();
        } else {
            element = tree.at(i);
        }
        snapshot.users << readUser(reader, element, path);
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

FleetSnapshot::User FleetSnapshot::readUser(JsonReader &reader, const QJsonValue &value,
                                            const QString &path)
{
    const QJsonObject o = reader.object(value, path);
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
            reader.fail(JsonReader::join(JsonReader::join(path, QStringLiteral("own")), it.key()),
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
    return user;
}

QByteArray FleetSnapshot::write(const FleetScanner &scanner)
{
    const FleetResult &fleet = scanner.result();
    const FleetSource *source = scanner.source();
    // Compact, "kind" first (isFleetFile reads only the head), the users last and one per
    // line: the reader parses each on its own, and a line is a user for grep and diff.
    QJsonObject rest;
    rest.insert(QStringLiteral("source"), fleet.sourceName);
    rest.insert(QStringLiteral("coderVersion"), fleet.coderVersion);
    if (fleet.era != CoderEra::Era::Unknown)
        rest.insert(QStringLiteral("coderEra"), CoderEra::name(fleet.era));
    rest.insert(QStringLiteral("scannedAt"), fleet.scannedAt.toString(Qt::ISODate));
    rest.insert(QStringLiteral("tokensVisible"), fleet.tokensVisible);
    rest.insert(QStringLiteral("configs"), source ? source->recordedConfigs() : QJsonValue());
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
    QByteArray head = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    head.remove(0, 1); // its opening brace: the kind goes first
    head.chop(1);      // its closing brace: the users follow
    QByteArray out =
        "{\"kind\":\"aibridge-inspector-fleet\",\"version\":1," + head + ",\"users\":[";
    out.reserve(out.size() + fleet.users.size() * 400);
    bool first = true;
    for (const FleetUser &u : fleet.users) {
        QJsonObject o{{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username}};
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
        const auto tokens = source ? source->recordedTokens().constFind(u.id)
                                   : QHash<QString, QByteArray>::const_iterator();
        const bool withTokens =
            u.scanned() && source && tokens != source->recordedTokens().constEnd();
        if (!u.scanned())
            o.insert(QStringLiteral("missing"), u.missing);
        QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        if (withTokens) {
            // The recorded answer is already compact JSON: spliced in, not parsed again.
            line.chop(1);
            line += ",\"tokens\":" + *tokens + '}';
        }
        out += first ? "\n" : ",\n";
        out += line;
        first = false;
    }
    out += "\n]}\n";
    return out;
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
