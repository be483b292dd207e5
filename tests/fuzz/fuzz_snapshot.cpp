// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the snapshot reader, then the whole offline pipeline on what it
// accepts (tool inventory and both outputs), without an event loop.
#include "resolve/ResolutionJson.h"
#include "resolve/ResolutionText.h"
#include "resolve/ToolInventory.h"
#include "source/SnapshotReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto snapshot =
        SnapshotReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                             QStringLiteral("fuzz"), &error);
    if (!snapshot)
        return 0;
    Resolution resolution;
    if (snapshot->configs.response) {
        for (const auto &config : snapshot->configs.response->externalAuthMcpConfigs) {
            ResolvedServer server;
            server.id = config ? config->id : QString();
            server.outcome = ResolvedServer::Outcome::Proxied;
            if (config)
                server.filter = RegexFilter(config->toolAllowRegex, config->toolDenyRegex);
            resolution.servers << server;
        }
    }
    ToolInventory::apply(resolution, snapshot->tools);
    ResolutionJson::toJson(resolution);
    ResolutionText::render(resolution);
    SnapshotReader::write(*snapshot);
    return 0;
}
