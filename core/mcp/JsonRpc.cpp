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

// The message with its result's tools array emptied, the elements' ranges kept aside;
// the message itself when it is small or not of that shape.
QByteArray withoutTools(const QByteArray &data, JsonRpc::ToolSlices *slices)
{
    if (!slices || data.size() < JsonRpc::ToolSlices::Threshold)
        return data;
    const JsonScan::Range result = JsonScan::member(data, {0, data.size()}, "result");
    if (result.first < 0)
        return data;
    const JsonScan::Range tools = JsonScan::member(data, result, "tools");
    QList<JsonScan::Range> ranges;
    if (tools.first < 0 || !JsonScan::elements(data, tools, &ranges))
        return data;
    slices->text = data;
    slices->tools = std::move(ranges);
    slices->split = true;
    return data.left(tools.first) + "[]" + data.mid(tools.second);
}
} // namespace

JsonRpc::Found JsonRpc::findResponse(const QByteArray &body, const QJsonValue &id,
                                     QJsonObject *response, QString *error, ToolSlices *slices)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(withoutTools(body, slices), &parseError);
    if (parseError.error != QJsonParseError::NoError && slices && slices->split) {
        *slices = {}; // the error's offset must be the answer's own
        document = QJsonDocument::fromJson(body, &parseError);
    }
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
    if (slices)
        *slices = {};
    return Found::NotOurs;
}

JsonRpc::Found JsonRpc::readMessage(const QByteArray &data, const QJsonValue &id,
                                    QJsonObject *response, QString *error, ToolSlices *slices)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(withoutTools(data, slices), &parseError);
    if (parseError.error != QJsonParseError::NoError && slices && slices->split) {
        *slices = {};
        document = QJsonDocument::fromJson(data, &parseError);
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not an object");
        return Found::Invalid;
    }
    if (!isOurResponse(document.object(), id)) {
        if (slices)
            *slices = {};
        return Found::NotOurs;
    }
    *response = document.object();
    return Found::Response;
}

bool JsonRpc::readToolsPage(const QJsonObject &result, QList<McpTool> *tools, QString *nextCursor)
{
    const QJsonValue toolsValue = result.value(QLatin1String("tools"));
    if (!toolsValue.isArray())
        return false;
    for (const QJsonValue &value : toolsValue.toArray())
        *tools << readTool(value.toObject());
    *nextCursor = result.value(QLatin1String("nextCursor")).toString();
    return true;
}

McpTool JsonRpc::readTool(const QJsonObject &object)
{
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
    return tool;
}
