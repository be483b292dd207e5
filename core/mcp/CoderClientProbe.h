// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/CoderPrediction.h"
#include "McpTransportOptions.h"
#include "secrets/Secret.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

class McpClient;

// Lists a server's tools the way Coder's AI Bridge client of one era does
// (aibridge/mcp/proxy_streamable_http.go Init + fetchTools, with that era's library):
// its offered and accepted versions, capabilities, paging, decoding, SSE reading and
// no second initialize. Coder's client has no timeout; the admin's patience still
// applies here, and running out of it is reported as "cannot tell", not as a failure.
//
// Ownership: the client is a child; deleted once finished() was emitted.
class CoderClientProbe : public QObject
{
    Q_OBJECT
public:
    CoderClientProbe(QNetworkAccessManager *network, const QUrl &url, const Secret &bearer,
                     CoderEra::Era era, QObject *parent = nullptr);
    // The transport options (timeout = the admin's patience, TLS, http); the profile
    // is the era's.
    void setOptions(const McpTransportOptions &options);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CoderPrediction &prediction);

private:
    void closeThenFinish(CoderPrediction prediction);
    void finish(CoderPrediction prediction);

    QPointer<McpClient> m_client;
    CoderEra::Era m_era;
    QElapsedTimer m_clock;
    bool m_done = false;
};
