// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a what-if file, then its impact on a small fleet (RE2 compiles
// whatever regexes the file holds; an era, a client tool count), and every output.
#include "fleet/FleetReport.h"
#include "fleet/WhatIfImpact.h"
#include "resolve/ToolInventory.h"

#include <cstdint>

namespace {
FleetResult smallFleet()
{
    FleetResult fleet;
    fleet.era = CoderEra::Era::B;
    for (const char *id : {"coder", "github"}) {
        FleetServer s;
        s.id = QLatin1String(id);
        s.kind = s.id == QLatin1String("coder") ? ResolvedServer::Kind::Coder
                                                : ResolvedServer::Kind::External;
        s.probed.id = s.id;
        ToolInventory::setServerTools(s.probed, {McpTool{QStringLiteral("create_issue")},
                                                 McpTool{QStringLiteral("delete.repo")},
                                                 McpTool{QStringLiteral("list_repos")}});
        fleet.servers << s;
    }
    for (int u = 0; u < 3; ++u) {
        FleetUser user;
        user.id = user.username = QStringLiteral("u%1").arg(u);
        for (int s = 0; s < 2; ++s) {
            FleetCell cell;
            cell.present = true;
            cell.outcome = u == 2 && s == 1 ? ResolvedServer::Outcome::Unknown
                                            : ResolvedServer::Outcome::Proxied;
            cell.tokenClass = FleetTokenClass::Ok;
            user.cells << cell;
        }
        fleet.users << user;
    }
    return fleet;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto edits = WhatIfEdits::fromJson(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!edits) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    static const FleetResult fleet = smallFleet();
    edits->refusalFor(fleet);
    const WhatIfImpact impact = WhatIfImpact::evaluate(fleet, *edits);
    impact.summaryJson(fleet);
    FleetReport::json(fleet, impact.before, &impact);
    FleetReport::text(fleet, impact.after, &impact);
    return 0;
}
