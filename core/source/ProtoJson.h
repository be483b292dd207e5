// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json/JsonReader.h"
#include "model/AccessTokensResponse.h"
#include "model/ServerConfigsResponse.h"

// The protobuf JSON mapping of the MCPConfigurator messages (aibridged.proto):
// lowerCamelCase field names, snake_case accepted, missing or null = default.
class ProtoJson
{
public:
    static std::optional<McpServerConfig> readConfig(JsonReader &reader, const QJsonValue &value,
                                                     const QString &path);
    static ServerConfigsResponse readConfigsResponse(JsonReader &reader, const QJsonObject &object,
                                                     const QString &path);
    static AccessTokensResponse readTokensResponse(JsonReader &reader, const QJsonObject &object,
                                                   const QString &path);

    static QJsonValue writeConfig(const std::optional<McpServerConfig> &config);
    static QJsonObject writeConfigsResponse(const ServerConfigsResponse &response);
    // revealTokens: only the configurator fake serving the wire format may pass true.
    static QJsonObject writeTokensResponse(const AccessTokensResponse &response, bool revealTokens);
    // The same answer as compact JSON text, tokens always "<redacted>": written straight
    // into bytes, without the JSON tree (a fleet scan records one per user).
    static QByteArray tokensResponseText(const AccessTokensResponse &response);
};
