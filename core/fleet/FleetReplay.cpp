// SPDX-License-Identifier: Apache-2.0
#include "FleetReplay.h"

#include "FleetReplaySource.h"

FleetReplay::FleetReplay(QObject *parent) : QObject(parent)
{
    connect(&m_scanner, &FleetScanner::finished, this, [this] {
        m_result = m_scanner.result();
        m_result.scannedAt = m_source->snapshot().scannedAt;
        Q_EMIT finished(m_result);
    });
}

FleetReplay::~FleetReplay() = default;

FleetScanner::Setup FleetReplay::setupFor(const FleetSnapshot &snapshot, Source *source)
{
    FleetScanner::Setup setup;
    setup.source = source;
    setup.probe = false;
    setup.retries = 0;
    setup.perUserConfigs = snapshot.perUserConfigs();
    setup.era = snapshot.era;
    setup.coderVersion = snapshot.coderVersion;
    setup.tokensVisible = snapshot.tokensVisible;
    setup.recordedTools = snapshot.tools;
    setup.recordedListedBy = snapshot.listedBy;
    setup.recordedOwnInjected = snapshot.ownInjectedByUser();
    return setup;
}

void FleetReplay::start(FleetSnapshot snapshot, int clientToolCount,
                        std::optional<CoderEra::Era> era)
{
    m_scanner.cancel();
    m_source = std::make_unique<FleetReplaySource>(std::move(snapshot));
    FleetScanner::Setup setup = setupFor(m_source->snapshot(), m_source.get());
    setup.clientToolCount = clientToolCount;
    if (era)
        setup.era = *era;
    m_scanner.start(setup, m_source->users());
}
