// SPDX-License-Identifier: Apache-2.0
#include "SnapshotReader.h"

#include "ProtoJson.h"
#include "json/JsonReader.h"

#include <QFile>

std::optional<Snapshot> SnapshotReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        *error = QStringLiteral("%1: file too large (%2 bytes, at most %3)")
                     .arg(path)
                     .arg(file.size())
                     .arg(MaxFileSize);
        return std::nullopt;
    }
    return read(file.read(MaxFileSize + 1), path, error);
}

std::optional<Snapshot> SnapshotReader::read(const QByteArray &data, const QString &origin,
                                             QString *error)
{
    const std::optional<QJsonObject> parsed = JsonReader::parseObject(data, origin, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    JsonReader reader;
    Snapshot snapshot;

    const QJsonObject user =
        reader.object(root.value(QLatin1String("user")), QStringLiteral("user"));
    snapshot.userId = reader.string(user, {"id"}, QStringLiteral("user"));
    snapshot.username = reader.string(user, {"username"}, QStringLiteral("user"));
    snapshot.sessionKey = reader.boolean(root, {"sessionKey", "session_key"}, {}, true);
    snapshot.coderVersion = root.value(QLatin1String("coderVersion")).toString();
    if (root.contains(QLatin1String("coderEra"))) {
        bool known = false;
        snapshot.era = CoderEra::fromName(root.value(QLatin1String("coderEra")).toString(), &known);
        if (!known)
            reader.fail(QStringLiteral("coderEra"),
                        QStringLiteral("must be \"A\", \"B\" or \"C\""));
    } else if (!snapshot.coderVersion.isEmpty()) {
        snapshot.era = CoderEra::fromVersion(snapshot.coderVersion);
    }
    if (root.value(QLatin1String("connection")).isObject())
        snapshot.connection =
            ConnectionFlags::fromJson(root.value(QLatin1String("connection")).toObject());

    const QJsonValue configs = root.value(QLatin1String("configs"));
    if (configs.isUndefined()) {
        reader.fail(QStringLiteral("configs"), QStringLiteral("missing"));
    } else if (!configs.isNull()) {
        const QJsonObject object = reader.object(configs, QStringLiteral("configs"));
        if (object.contains(QLatin1String("error")))
            snapshot.configs.error = reader.string(object, {"error"}, QStringLiteral("configs"));
        else
            snapshot.configs.response =
                ProtoJson::readConfigsResponse(reader, object, QStringLiteral("configs"));
    }

    const QJsonValue tokens = root.value(QLatin1String("tokens"));
    if (!tokens.isUndefined() && !tokens.isNull()) {
        const QJsonObject object = reader.object(tokens, QStringLiteral("tokens"));
        if (object.contains(QLatin1String("error")))
            snapshot.tokens.error = reader.string(object, {"error"}, QStringLiteral("tokens"));
        // A response may come with an error too; both are kept, as Go gets both.
        if (object.contains(QLatin1String("accessTokens")) ||
            object.contains(QLatin1String("access_tokens")) ||
            object.contains(QLatin1String("errors")) || !object.contains(QLatin1String("error")))
            snapshot.tokens.response =
                ProtoJson::readTokensResponse(reader, object, QStringLiteral("tokens"));
    }

    const QJsonObject tools =
        reader.object(root.value(QLatin1String("tools")), QStringLiteral("tools"));
    for (auto it = tools.begin(); it != tools.end(); ++it)
        snapshot.tools.insert(
            it.key(),
            readTools(reader, it.value(), JsonReader::join(QStringLiteral("tools"), it.key())));

    if (!reader.ok()) {
        *error = QStringLiteral("%1: %2").arg(origin, reader.error());
        return std::nullopt;
    }
    return snapshot;
}

QList<McpTool> SnapshotReader::readTools(JsonReader &reader, const QJsonValue &value,
                                         const QString &path)
{
    QList<McpTool> tools;
    const QJsonArray array = reader.array(value, path);
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject object = reader.object(array.at(i), itemPath);
        McpTool tool;
        tool.name = reader.string(object, {"name"}, itemPath);
        tool.title = reader.string(object, {"title"}, itemPath);
        tool.description = reader.string(object, {"description"}, itemPath);
        tool.inputSchema = reader.object(object.value(QLatin1String("inputSchema")),
                                         JsonReader::join(itemPath, QStringLiteral("inputSchema")));
        if (!object.contains(QLatin1String("name")))
            reader.fail(JsonReader::join(itemPath, QStringLiteral("name")),
                        QStringLiteral("missing"));
        tools << tool;
    }
    return tools;
}

QJsonArray SnapshotReader::writeTools(const QList<McpTool> &tools)
{
    QJsonArray array;
    for (const McpTool &tool : tools) {
        QJsonObject object{{QStringLiteral("name"), tool.name}};
        if (!tool.title.isEmpty())
            object.insert(QStringLiteral("title"), tool.title);
        if (!tool.description.isEmpty())
            object.insert(QStringLiteral("description"), tool.description);
        if (!tool.inputSchema.isEmpty())
            object.insert(QStringLiteral("inputSchema"), tool.inputSchema.object());
        array << object;
    }
    return array;
}

QByteArray SnapshotReader::write(const Snapshot &snapshot)
{
    QJsonObject root{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), snapshot.userId},
                                             {QStringLiteral("username"), snapshot.username}}},
        {QStringLiteral("sessionKey"), snapshot.sessionKey}};
    if (!snapshot.configs.error.isEmpty())
        root.insert(QStringLiteral("configs"),
                    QJsonObject{{QStringLiteral("error"), snapshot.configs.error}});
    else if (snapshot.configs.response)
        root.insert(QStringLiteral("configs"),
                    ProtoJson::writeConfigsResponse(*snapshot.configs.response));
    else
        root.insert(QStringLiteral("configs"), QJsonValue::Null);

    QJsonObject tokens;
    if (snapshot.tokens.response)
        tokens = ProtoJson::writeTokensResponse(*snapshot.tokens.response, false);
    if (!snapshot.tokens.error.isEmpty())
        tokens.insert(QStringLiteral("error"), snapshot.tokens.error);
    root.insert(QStringLiteral("tokens"),
                tokens.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tokens));

    QJsonObject tools;
    for (auto it = snapshot.tools.begin(); it != snapshot.tools.end(); ++it)
        tools.insert(it.key(), writeTools(it.value()));
    if (!tools.isEmpty())
        root.insert(QStringLiteral("tools"), tools);
    if (snapshot.connection.any())
        root.insert(QStringLiteral("connection"), snapshot.connection.toJson());
    if (snapshot.era != CoderEra::Era::Unknown)
        root.insert(QStringLiteral("coderEra"), CoderEra::name(snapshot.era));
    if (!snapshot.coderVersion.isEmpty())
        root.insert(QStringLiteral("coderVersion"), snapshot.coderVersion);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
