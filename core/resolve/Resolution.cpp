// SPDX-License-Identifier: Apache-2.0
#include "Resolution.h"

const ResolvedServer *Resolution::server(const QString &id) const
{
    for (const ResolvedServer &s : servers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void Resolution::wipeTokens()
{
    for (ResolvedServer &server : servers)
        server.bearerToken.wipe();
}

bool Resolution::injectedCountKnown() const
{
    for (const ResolvedServer &s : servers) {
        if (s.outcome == ResolvedServer::Outcome::Unknown)
            return false;
        if (s.outcome != ResolvedServer::Outcome::Proxied)
            continue;
        if (!s.toolsKnown)
            return false;
        const auto view = s.coderViews.constFind(int(displayEra()));
        if (view != s.coderViews.constEnd() && view->outcome == CoderPrediction::Outcome::Unknown)
            return false;
    }
    return true;
}
