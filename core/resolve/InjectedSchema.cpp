// SPDX-License-Identifier: Apache-2.0
#include "InjectedSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
void collectRefs(const QJsonValue &value, QStringList &refs)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectRefs(v, refs);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("$ref") && it.value().isString()) {
            // Only paths under the kept "properties" still resolve from the new root.
            const QString ref = it.value().toString();
            if (ref.startsWith(QLatin1String("#")) &&
                !ref.startsWith(QLatin1String("#/properties/")))
                refs << ref;
        } else {
            collectRefs(it.value(), refs);
        }
    }
}
} // namespace

InjectedSchema InjectedSchema::of(const QJsonObject &inputSchema)
{
    InjectedSchema out;
    out.schema.insert(QStringLiteral("type"), QStringLiteral("object"));
    const QJsonValue properties = inputSchema.value(QLatin1String("properties"));
    if (properties.isObject())
        out.schema.insert(QStringLiteral("properties"), properties);
    QJsonArray required;
    for (const QJsonValue &r : inputSchema.value(QLatin1String("required")).toArray())
        if (r.isString()) // toolRequired keeps the strings only
            required << r;
    if (!required.isEmpty())
        out.schema.insert(QStringLiteral("required"), required);
    for (auto it = inputSchema.begin(); it != inputSchema.end(); ++it)
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("properties") &&
            it.key() != QLatin1String("required"))
            out.droppedKeys << it.key();
    collectRefs(properties, out.danglingRefs);
    out.danglingRefs.removeDuplicates();
    return out;
}

QString InjectedSchema::warning() const
{
    if (danglingRefs.isEmpty())
        return {};
    return QCoreApplication::translate("InjectedSchema",
                                       "the schema the model gets keeps $ref %1, but Coder drops "
                                       "what it points to ($defs): the model sees a dangling "
                                       "reference")
        .arg(danglingRefs.join(QLatin1String(", ")));
}
