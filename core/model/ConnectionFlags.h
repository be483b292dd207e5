// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

// The checks the admin relaxed for a run, recorded in JSON, text and snapshots so a
// report says how its data was fetched.
struct ConnectionFlags
{
    bool insecureDeployment = false; // --insecure: any TLS certificate from the deployment
    bool insecureProbes = false;     // --insecure-probes: any certificate from MCP servers
    bool allowHttp = false;          // --allow-http: tokens over plain http
    QStringList trustedOrigins;      // --trust-origin: the session token goes there too

    bool any() const
    {
        return insecureDeployment || insecureProbes || allowHttp || !trustedOrigins.isEmpty();
    }
    QJsonObject toJson() const;
    static ConnectionFlags fromJson(const QJsonObject &object);
    QString describe() const; // one line for text output; "" when nothing is relaxed
};
