// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

// What of a tool's inputSchema reaches the model: only `properties` and `required`
// (aibridge/mcp/proxy_streamable_http.go fetchTools: Params, Required; the provider
// request wraps them as an object schema). Title, annotations, outputSchema and $defs are
// dropped, so a $ref into $defs is left dangling.
class InjectedSchema
{
public:
    QJsonObject schema;       // {"type": "object", "properties": …, "required": […]}
    QStringList droppedKeys;  // top-level keys of inputSchema the model never sees
    QStringList danglingRefs; // "$ref" values that point at what was dropped

    static InjectedSchema of(const QJsonObject &inputSchema);
    QString warning() const; // "" when nothing dangles
};
