// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: JSON-RPC response handling as the MCP client runs it (body or SSE
// data, then the tools/list result).
#include "mcp/JsonRpc.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QJsonValue &id :
         {QJsonValue(2), QJsonValue(QStringLiteral("2")), QJsonValue(QJsonValue::Null)}) {
        QJsonObject response;
        QString error;
        if (JsonRpc::findResponse(bytes, id, &response, &error) == JsonRpc::Found::Response) {
            QList<McpTool> tools;
            QString next;
            JsonRpc::readToolsPage(response.value(QLatin1String("result")).toObject(), &tools,
                                   &next);
        }
        JsonRpc::readMessage(bytes, id, &response, &error);
    }
    return 0;
}
