// SPDX-License-Identifier: Apache-2.0
#include "JsonRpc.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
bool isOurResponse(const QJsonObject &message, const QJsonValue &id)
{
    return (message.contains(QLatin1String("result")) ||
            message.contains(QLatin1String("error"))) &&
           message.value(QLatin1String("id")) == id;
}
} // namespace

JsonRpc::Found JsonRpc::findResponse(const QByteArray &body, const QJsonValue &id,
                                     QJsonObject *response, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return Found::Invalid;
    }
    const QJsonArray messages =
        document.isArray() ? document.array() : QJsonArray{document.object()};
    for (const QJsonValue &value : messages) {
        if (value.isObject() && isOurResponse(value.toObject(), id)) {
            *response = value.toObject();
            return Found::Response;
        }
    }
    return Found::NotOurs;
}

JsonRpc::Found JsonRpc::readMessage(const QByteArray &data, const QJsonValue &id,
                                    QJsonObject *response, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not an object");
        return Found::Invalid;
    }
    if (!isOurResponse(document.object(), id))
        return Found::NotOurs;
    *response = document.object();
    return Found::Response;
}

bool JsonRpc::readToolsPage(const QJsonObject &result, QList<McpTool> *tools, QString *nextCursor)
{
    const QJsonValue toolsValue = result.value(QLatin1String("tools"));
    if (!toolsValue.isArray())
        return false;
    for (const QJsonValue &value : toolsValue.toArray()) {
        const QJsonObject object = value.toObject();
        McpTool tool;
        tool.name = object.value(QLatin1String("name")).toString();
        tool.title = object.value(QLatin1String("title")).toString();
        if (tool.title.isEmpty())
            tool.title = object.value(QLatin1String("annotations"))
                             .toObject()
                             .value(QLatin1String("title"))
                             .toString();
        tool.description = object.value(QLatin1String("description")).toString();
        tool.inputSchema = object.value(QLatin1String("inputSchema")).toObject();
        *tools << tool;
    }
    *nextCursor = result.value(QLatin1String("nextCursor")).toString();
    return true;
}
