// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetScanner.h"
#include "FleetSnapshot.h"

#include <memory>
#include <QObject>

class FleetReplaySource;

// A saved fleet replayed offline through the same scanner as a live one, so an old scan
// and today's speak alike (comparisons, the watch, the History view). Asynchronous: each
// user is one turn of the event loop, so a window stays responsive.
class FleetReplay : public QObject
{
    Q_OBJECT
public:
    explicit FleetReplay(QObject *parent = nullptr);
    ~FleetReplay() override;

    // The scanner's setup for replaying `snapshot` from `source` (recorded tools, whose
    // token listed them, each user's own counts, the era).
    static FleetScanner::Setup setupFor(const FleetSnapshot &snapshot, Source *source);
    void start(FleetSnapshot snapshot, int clientToolCount = 0,
               std::optional<CoderEra::Era> era = std::nullopt);
    const FleetResult &result() const { return m_result; }

Q_SIGNALS:
    // The replayed scan, with the snapshot's own scan time.
    void finished(const FleetResult &result);

private:
    std::unique_ptr<FleetReplaySource> m_source;
    FleetScanner m_scanner;
    FleetResult m_result;
};
