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
