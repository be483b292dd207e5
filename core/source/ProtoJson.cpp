// SPDX-License-Identifier: Apache-2.0
#include "ProtoJson.h"

std::optional<McpServerConfig> ProtoJson::readConfig(JsonReader &reader, const QJsonValue &value,
                                                     const QString &path)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const QJsonObject object = reader.object(value, path);
    McpServerConfig config;
    config.id = reader.string(object, {"id"}, path);
    config.url = reader.string(object, {"url"}, path);
    config.toolAllowRegex = reader.string(object, {"toolAllowRegex", "tool_allow_regex"}, path);
    config.toolDenyRegex = reader.string(object, {"toolDenyRegex", "tool_deny_regex"}, path);
    return config;
}

ServerConfigsResponse ProtoJson::readConfigsResponse(JsonReader &reader, const QJsonObject &object,
                                                     const QString &path)
{
    ServerConfigsResponse response;
    response.coderMcpConfig =
        readConfig(reader, reader.field(object, {"coderMcpConfig", "coder_mcp_config"}),
                   JsonReader::join(path, QStringLiteral("coderMcpConfig")));
    const QString listPath = JsonReader::join(path, QStringLiteral("externalAuthMcpConfigs"));
    const QJsonArray list = reader.array(
        reader.field(object, {"externalAuthMcpConfigs", "external_auth_mcp_configs"}), listPath);
    for (int i = 0; i < list.size(); ++i)
        response.externalAuthMcpConfigs
            << readConfig(reader, list.at(i), QStringLiteral("%1[%2]").arg(listPath).arg(i));
    return response;
}

AccessTokensResponse ProtoJson::readTokensResponse(JsonReader &reader, const QJsonObject &object,
                                                   const QString &path)
{
    AccessTokensResponse response;
    const QString tokensPath = JsonReader::join(path, QStringLiteral("accessTokens"));
    const QJsonObject tokens =
        reader.object(reader.field(object, {"accessTokens", "access_tokens"}), tokensPath);
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        if (!it.value().isString()) {
            // Never echo the value: it may be a token.
            reader.fail(
                JsonReader::join(tokensPath, it.key()),
                QStringLiteral("expected a string, got %1").arg(JsonReader::typeName(it.value())));
            continue;
        }
        response.accessTokens.insert(it.key(), Secret(it.value().toString()));
    }
    const QString errorsPath = JsonReader::join(path, QStringLiteral("errors"));
    const QJsonObject errors = reader.object(reader.field(object, {"errors"}), errorsPath);
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (!it.value().isString()) {
            reader.fail(
                JsonReader::join(errorsPath, it.key()),
                QStringLiteral("expected a string, got %1").arg(JsonReader::typeName(it.value())));
            continue;
        }
        response.errors.insert(it.key(), it.value().toString());
    }
    return response;
}

QJsonValue ProtoJson::writeConfig(const std::optional<McpServerConfig> &config)
{
    if (!config)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), config->id},
                       {QStringLiteral("url"), config->url},
                       {QStringLiteral("toolAllowRegex"), config->toolAllowRegex},
                       {QStringLiteral("toolDenyRegex"), config->toolDenyRegex}};
}

QJsonObject ProtoJson::writeConfigsResponse(const ServerConfigsResponse &response)
{
    QJsonArray list;
    for (const auto &config : response.externalAuthMcpConfigs)
        list << writeConfig(config);
    QJsonObject object{{QStringLiteral("externalAuthMcpConfigs"), list}};
    if (response.coderMcpConfig)
        object.insert(QStringLiteral("coderMcpConfig"), writeConfig(response.coderMcpConfig));
    return object;
}

namespace {
// A JSON string as RFC 8259 has it: quote, backslash and control characters escaped,
// everything else as UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                out.append("\\u00").append(Hex[u >> 4]).append(Hex[u & 0xf]);
            }
        } else {
            out.append(c);
        }
    }
    out.append('"');
}
} // namespace

QByteArray ProtoJson::tokensResponseText(const AccessTokensResponse &response)
{
    QByteArray out;
    out.reserve(48 + 32 * (response.accessTokens.size() + response.errors.size()));
    out.append("{\"accessTokens\":{");
    for (auto it = response.accessTokens.begin(); it != response.accessTokens.end(); ++it) {
        if (it != response.accessTokens.begin())
            out.append(',');
        appendJsonString(out, it.key());
        out.append(":\"<redacted>\"");
    }
    out.append("},\"errors\":{");
    for (auto it = response.errors.begin(); it != response.errors.end(); ++it) {
        if (it != response.errors.begin())
            out.append(',');
        appendJsonString(out, it.key());
        out.append(':');
        appendJsonString(out, it.value());
    }
    out.append("}}");
    return out;
}

QJsonObject ProtoJson::writeTokensResponse(const AccessTokensResponse &response, bool revealTokens)
{
    QJsonObject tokens;
    for (auto it = response.accessTokens.begin(); it != response.accessTokens.end(); ++it)
        tokens.insert(it.key(), revealTokens ? it.value().reveal() : QStringLiteral("<redacted>"));
    QJsonObject errors;
    for (auto it = response.errors.begin(); it != response.errors.end(); ++it)
        errors.insert(it.key(), it.value());
    return {{QStringLiteral("accessTokens"), tokens}, {QStringLiteral("errors"), errors}};
}
