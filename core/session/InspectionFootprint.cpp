// SPDX-License-Identifier: Apache-2.0
#include "InspectionFootprint.h"

#include <QCoreApplication>

QString InspectionFootprint::text()
{
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("InspectionFootprint", s);
    };
    return tr("Every request names this tool: User-Agent aibridge-inspector/<version>.") +
           QLatin1String("\n\n") +
           tr("Each AI Gateway connection makes coderd build a configurator, which logs \"inject "
              "MCP tools option is deprecated and will be removed in a future release\" (WARN) "
              "when inject_coder_mcp_tools is on (coderd/aibridgedserver NewServer).") +
           QLatin1String("\n\n") +
           tr("Each user resolved over the AI Gateway runs coderd's token check: a GET to each "
              "linked provider's validate URL, and for every expired or invalid token a WARN "
              "\"invalid/expired access token, cannot auto-configure MCP\" with the provider "
              "(coderd/aibridgedserver GetMCPServerAccessTokensBatch). These lines are the "
              "inspection's, not the user's.") +
           QLatin1String("\n\n") +
           tr("Probing opens an MCP session on each server and ends it with DELETE, waited for "
              "(at most 3 s), so the Coder MCP server logs no cancelled request. The REST API's "
              "GET /api/v2/external-auth refreshes the signed-in admin's own tokens as it lists "
              "them.") +
           QLatin1String("\n\n") +
           tr("Nothing else is written: no AI Bridge request is made, so no bridge is built and "
              "no interception or session is recorded.");
}
