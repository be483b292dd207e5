// SPDX-License-Identifier: Apache-2.0
#include "CoderClientProbe.h"

#include "McpClient.h"

CoderClientProbe::CoderClientProbe(QNetworkAccessManager *network, const QUrl &url,
                                   const Secret &bearer, CoderEra::Era era, QObject *parent)
    : QObject(parent), m_client(new McpClient(network, url, bearer, this)), m_era(era)
{
    setOptions({});
}

void CoderClientProbe::setOptions(const McpTransportOptions &options)
{
    McpTransportOptions o = options;
    o.profile = CoderEra::clientProfile(m_era);
    o.clientName = QStringLiteral("coder/aibridge"); // aibridge/mcp GetClientInfo
    // mcp-go has no page cap; a cursor loop is caught by the profile's guard instead.
    o.maxPages = qMax(o.maxPages, 1000);
    m_client->setOptions(o);
}

void CoderClientProbe::start()
{
    m_clock.start();
    connect(m_client, &McpClient::toolsListed, this, [this](const QList<McpTool> &tools) {
        CoderPrediction p;
        p.outcome = CoderPrediction::Outcome::Ok;
        p.tools = tools;
        p.dropped = m_client->droppedTools();
        p.pagesUnread = m_client->leftPagesUnread();
        p.protocolVersion = m_client->protocolVersion();
        closeThenFinish(p);
    });
    connect(m_client, &McpClient::failed, this, [this](const McpError &error) {
        CoderPrediction p;
        p.protocolVersion = m_client->protocolVersion();
        if (error.kind == McpError::Kind::Timeout) {
            // Coder waits as long as the server takes: the user's first request waits too.
            p.outcome = CoderPrediction::Outcome::Unknown;
            p.reason = tr("no answer within this tool's patience (%1); Coder's client has no "
                          "timeout and would keep waiting, delaying the user's first request")
                           .arg(error.toString());
        } else {
            p.outcome = CoderPrediction::Outcome::Fails;
            p.reason = error.toString();
        }
        p.authRefused = error.kind == McpError::Kind::Unauthorized || error.httpStatus == 403;
        p.tokenRefused = error.refusesToken();
        closeThenFinish(p);
    });
    m_client->listTools();
}

void CoderClientProbe::closeThenFinish(CoderPrediction prediction)
{
    // The prediction's time is the client's; the session's DELETE is ended before the
    // answer goes out, so a caller that quits next does not cut it short.
    prediction.elapsedMs = m_clock.elapsed();
    connect(m_client, &McpClient::closed, this, [this, prediction] { finish(prediction); });
    m_client->close();
}

void CoderClientProbe::cancel()
{
    m_done = true;
    if (m_client)
        m_client->cancel();
}

void CoderClientProbe::finish(CoderPrediction prediction)
{
    if (m_done)
        return;
    m_done = true;
    prediction.era = m_era;
    Q_EMIT finished(prediction);
}
