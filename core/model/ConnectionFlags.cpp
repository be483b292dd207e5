// SPDX-License-Identifier: Apache-2.0
#include "ConnectionFlags.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject ConnectionFlags::toJson() const
{
    return {{QStringLiteral("insecure"), insecureDeployment},
            {QStringLiteral("insecureProbes"), insecureProbes},
            {QStringLiteral("allowHttp"), allowHttp},
            {QStringLiteral("trustedOrigins"), QJsonArray::fromStringList(trustedOrigins)}};
}

ConnectionFlags ConnectionFlags::fromJson(const QJsonObject &object)
{
    ConnectionFlags flags;
    flags.insecureDeployment = object.value(QLatin1String("insecure")).toBool();
    flags.insecureProbes = object.value(QLatin1String("insecureProbes")).toBool();
    flags.allowHttp = object.value(QLatin1String("allowHttp")).toBool();
    for (const QJsonValue &v : object.value(QLatin1String("trustedOrigins")).toArray())
        if (v.isString())
            flags.trustedOrigins << v.toString();
    return flags;
}

QString ConnectionFlags::describe() const
{
    QStringList parts;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ConnectionFlags", text);
    };
    if (insecureDeployment)
        parts << tr("any TLS certificate accepted from the deployment (--insecure)");
    if (insecureProbes)
        parts << tr("any TLS certificate accepted from MCP servers (--insecure-probes)");
    if (allowHttp)
        parts << tr("tokens allowed over plain http (--allow-http)");
    if (!trustedOrigins.isEmpty())
        parts << tr("session token also sent to %1 (--trust-origin)")
                     .arg(trustedOrigins.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}
