// SPDX-License-Identifier: Apache-2.0
#include "McpClientProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("McpClientProfile", text);
}

// Go's encoding/json: a JSON null fits any field; otherwise the JSON type must match.
enum class Want { String, Bool, Object, Array };
bool fits(const QJsonValue &v, Want want)
{
    if (v.isUndefined() || v.isNull())
        return true;
    switch (want) {
    case Want::String:
        return v.isString();
    case Want::Bool:
        return v.isBool();
    case Want::Object:
        return v.isObject();
    case Want::Array:
        return v.isArray();
    }
    return false;
}
QString jsonType(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("string");
    if (v.isBool())
        return QStringLiteral("bool");
    if (v.isDouble())
        return QStringLiteral("number");
    if (v.isArray())
        return QStringLiteral("array");
    return QStringLiteral("object");
}
QString mismatch(const QString &field, const QJsonValue &v, const QString &goType)
{
    // The shape of encoding/json's UnmarshalTypeError text.
    return tr("json: cannot unmarshal %1 into Go struct field %2 of type %3")
        .arg(jsonType(v), field, goType);
}

struct Field
{
    const char *name;
    Want want;
    const char *goType;
};

QString checkFields(const QJsonObject &object, const QString &prefix,
                    std::initializer_list<Field> fields)
{
    for (const Field &f : fields) {
        const QJsonValue v = object.value(QLatin1String(f.name));
        if (!fits(v, f.want))
            return mismatch(prefix + QLatin1String(f.name), v, QLatin1String(f.goType));
    }
    return {};
}

// RFC 9110 tchar, as go-sdk's isTChar.
bool isTChar(QChar c)
{
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || extra.contains(c);
}

QString headerProblem(const QJsonObject &properties, const QString &prefix, QSet<QString> &seen)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonObject prop = it.value().toObject();
        if (prop.contains(QLatin1String("x-mcp-header")) &&
            !prop.value(QLatin1String("x-mcp-header")).isNull()) {
            const QString type = prop.value(QLatin1String("type")).toString();
            if (type != QLatin1String("string") && type != QLatin1String("integer") &&
                type != QLatin1String("boolean"))
                return tr("property \"%1\": x-mcp-header can only be applied to primitive types "
                          "(integer, string, boolean), got \"%2\"")
                    .arg(path, type);
            const QJsonValue header = prop.value(QLatin1String("x-mcp-header"));
            if (!header.isString() || header.toString().isEmpty())
                return tr("property \"%1\": x-mcp-header must be a non-empty string").arg(path);
            for (const QChar c : header.toString())
                if (!isTChar(c))
                    return tr("property \"%1\": x-mcp-header value \"%2\" contains invalid "
                              "character")
                        .arg(path, header.toString());
            const QString lower = header.toString().toLower();
            if (seen.contains(lower))
                return tr("property \"%1\": duplicate x-mcp-header value \"%2\"")
                    .arg(path, header.toString());
            seen.insert(lower);
        }
        const QJsonObject nested = prop.value(QLatin1String("properties")).toObject();
        if (!nested.isEmpty())
            if (QString p = headerProblem(nested, path, seen); !p.isEmpty())
                return p;
    }
    return {};
}
} // namespace

McpClientProfile McpClientProfile::spec()
{
    return {};
}

McpClientProfile McpClientProfile::mcpGo()
{
    McpClientProfile p;
    p.library = Library::McpGo;
    // mcp/types.go: LATEST_PROTOCOL_VERSION and ValidProtocolVersions.
    p.offeredVersion = QStringLiteral("2025-06-18");
    p.acceptedVersions = {QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
                          QStringLiteral("2024-11-05")};
    p.capabilities = {}; // the proxy sets none
    p.allPages = true;   // client.ListTools follows every nextCursor, with no cap
    p.cursorLoopGuard = true;
    p.restartSession = false;
    p.maxResumes = 0;
    p.lastDataLineOnly = true; // transport readSSE: data = the last data: line
    p.strictTools = true;
    return p;
}

McpClientProfile McpClientProfile::goSdk()
{
    McpClientProfile p;
    p.library = Library::GoSdk;
    // mcp/client.go Connect: server/discover at 2026-07-28, else initialize at 2025-11-25;
    // supportedProtocolVersions reaches back to 2024-11-05.
    p.offeredVersion = QStringLiteral("2025-11-25");
    p.acceptedVersions = {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                          QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
    p.capabilities = {
        {QStringLiteral("roots"), QJsonObject{{QStringLiteral("listChanged"), true}}}};
    p.discoverFirst = true;
    p.allPages = false; // the proxy calls session.ListTools(ctx, nil) once
    p.restartSession = false;
    p.maxResumes = 5;
    p.strictTools = true;
    p.dropInvalidHeaderTools = true;
    p.panicsOnNullTool = true;
    p.standaloneGetInConnect = true;
    return p;
}

QString McpClientProfile::name() const
{
    switch (library) {
    case Library::McpGo:
        return QStringLiteral("mcp-go v0.38.0");
    case Library::GoSdk:
        return QStringLiteral("go-sdk v1.7.0");
    case Library::Spec:
        break;
    }
    return QStringLiteral("spec");
}

QString McpClientProfile::decodeError(const QJsonObject &result) const
{
    if (!strictTools)
        return {};
    const QJsonValue cursor = result.value(QLatin1String("nextCursor"));
    if (!fits(cursor, Want::String))
        return mismatch(QStringLiteral("ListToolsResult.nextCursor"), cursor,
                        QStringLiteral("string"));
    const QJsonValue tools = result.value(QLatin1String("tools"));
    if (!fits(tools, Want::Array))
        return mismatch(QStringLiteral("ListToolsResult.tools"), tools, QStringLiteral("[]Tool"));
    for (const QJsonValue &value : tools.toArray())
        if (QString problem = decodeToolError(value); !problem.isEmpty())
            return problem;
    return {};
}

QString McpClientProfile::decodeToolError(const QJsonValue &value) const
{
    if (!strictTools)
        return {};
    {
        if (!fits(value, Want::Object))
            return mismatch(QStringLiteral("ListToolsResult.tools"), value, QStringLiteral("Tool"));
        const QJsonObject tool = value.toObject();
        QString problem;
        if (library == Library::McpGo) {
            // mcp/tools.go Tool, ToolInputSchema, ToolAnnotation; types.go Meta.
            problem = checkFields(tool, QStringLiteral("Tool."),
                                  {{"name", Want::String, "string"},
                                   {"description", Want::String, "string"},
                                   {"inputSchema", Want::Object, "mcp.ToolInputSchema"},
                                   {"annotations", Want::Object, "mcp.ToolAnnotation"},
                                   {"_meta", Want::Object, "map[string]interface {}"}});
            const QJsonObject schema = tool.value(QLatin1String("inputSchema")).toObject();
            if (problem.isEmpty())
                problem = checkFields(schema, QStringLiteral("Tool.inputSchema."),
                                      {{"type", Want::String, "string"},
                                       {"properties", Want::Object, "map[string]interface {}"},
                                       {"$defs", Want::Object, "map[string]interface {}"},
                                       {"required", Want::Array, "[]string"}});
            if (problem.isEmpty())
                for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
                    if (!fits(r, Want::String)) {
                        problem = mismatch(QStringLiteral("Tool.inputSchema.required"), r,
                                           QStringLiteral("string"));
                        break;
                    }
        } else {
            // mcp/protocol.go Tool, ToolAnnotations, Icon; shared.go Meta.
            problem = checkFields(tool, QStringLiteral("Tool."),
                                  {{"name", Want::String, "string"},
                                   {"title", Want::String, "string"},
                                   {"description", Want::String, "string"},
                                   {"annotations", Want::Object, "mcp.ToolAnnotations"},
                                   {"icons", Want::Array, "[]mcp.Icon"},
                                   {"_meta", Want::Object, "mcp.Meta"}});
            if (problem.isEmpty())
                for (const QJsonValue &icon : tool.value(QLatin1String("icons")).toArray()) {
                    if (!fits(icon, Want::Object)) {
                        problem = mismatch(QStringLiteral("Tool.icons"), icon,
                                           QStringLiteral("mcp.Icon"));
                        break;
                    }
                    problem = checkFields(icon.toObject(), QStringLiteral("Icon."),
                                          {{"src", Want::String, "string"},
                                           {"mimeType", Want::String, "string"},
                                           {"sizes", Want::Array, "[]string"},
                                           {"theme", Want::String, "mcp.IconTheme"}});
                    if (!problem.isEmpty())
                        break;
                }
        }
        if (problem.isEmpty())
            problem = checkFields(tool.value(QLatin1String("annotations")).toObject(),
                                  QStringLiteral("Tool.annotations."),
                                  {{"title", Want::String, "string"},
                                   {"readOnlyHint", Want::Bool, "bool"},
                                   {"destructiveHint", Want::Bool, "bool"},
                                   {"idempotentHint", Want::Bool, "bool"},
                                   {"openWorldHint", Want::Bool, "bool"}});
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString McpClientProfile::dropReason(const QJsonObject &tool) const
{
    if (!dropInvalidHeaderTools)
        return {};
    QSet<QString> seen;
    return headerProblem(tool.value(QLatin1String("inputSchema"))
                             .toObject()
                             .value(QLatin1String("properties"))
                             .toObject(),
                         {}, seen);
}

QJsonObject McpClientProfile::answerServerRequest(const QJsonObject &request) const
{
    const QString method = request.value(QLatin1String("method")).toString();
    QJsonObject answer{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), request.value(QLatin1String("id"))}};
    const auto error = [&answer](int code, const QString &message, bool nullData = false) {
        QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (nullData) // mcp-go's JSONRPCResponse error: Data json.RawMessage, no omitempty
            e.insert(QStringLiteral("data"), QJsonValue::Null);
        answer.insert(QStringLiteral("error"), e);
        return answer;
    };
    const auto result = [&answer](const QJsonObject &value) {
        answer.insert(QStringLiteral("result"), value);
        return answer;
    };
    switch (library) {
    case Library::McpGo:
        // client/client.go handleIncomingRequest knows sampling only, and the proxy sets
        // no sampling handler; client/transport/streamable_http.go handleIncomingRequest
        // turns every handler error into -32603, with its own words for sampling.
        if (method == QLatin1String("sampling/createMessage"))
            return error(-32603,
                         QStringLiteral("sampling request failed: no sampling handler configured"),
                         true);
        return error(-32603, QStringLiteral("unsupported request method: %1").arg(method), true);
    case Library::GoSdk:
        // mcp/client.go clientMethodInfos: ping and roots/list answered (no roots are
        // added, so the list is empty), createMessage and elicit refuse without a handler.
        if (method == QLatin1String("ping"))
            return result({});
        if (method == QLatin1String("roots/list"))
            return result({{QStringLiteral("roots"), QJsonArray()}});
        if (method == QLatin1String("sampling/createMessage"))
            return error(-31001, QStringLiteral("client does not support CreateMessage"));
        if (method == QLatin1String("elicitation/create"))
            return error(-32602, QStringLiteral("client does not support elicitation"));
        // mcp/shared.go checkRequest, then internal/jsonrpc2/conn.go's wording.
        return error(-32601, QStringLiteral("method not found: \"%1\"").arg(method));
    case Library::Spec:
        break;
    }
    // A compliant client that declared no capability: ping must be answered; the rest
    // were never offered (2025-11-25 basic/utilities/ping, client/roots, sampling).
    if (method == QLatin1String("ping"))
        return result({});
    return error(-32601, QStringLiteral("Method not found"));
}
