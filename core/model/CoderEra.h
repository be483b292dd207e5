// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/McpClientProfile.h"

#include <QString>

// Which AI Bridge a Coder build runs (docs/coder-clients.md, "Eras"):
//   A  up to v2.34.x   mcp-go v0.38.0, raw tool ids (no sanitising, no cut)
//   B  v2.35.0-v2.36.x mcp-go v0.38.0, sanitised ids cut to 64 (coder/coder #26539)
//   C  v2.37.0 on      go-sdk v1.7.0, sanitised ids (coder/coder #28060, #28061)
// A/B was checked by tag (v2.35.0 and v2.35.1 contain the sanitising commit, no v2.34.x
// does); B/C is inferred from dates (v2.36.0 cut 2026-08-04, the go-sdk PRs merged
// 2026-08-12, no backport found). Dev builds and unparsable versions are Unknown: the
// tool then shows every prediction where the eras differ.
class CoderEra
{
public:
    enum class Era { Unknown, A, B, C };

    static Era fromVersion(const QString &version);
    static Era fromName(const QString &name, bool *ok);
    static QString name(Era era); // "A", "B", "C", "unknown"
    static QString releases(Era era);
    static QString certainty(Era era); // how sure the boundary below this era is
    static bool sanitizesToolIds(Era era) { return era != Era::A; }
    static McpClientProfile clientProfile(Era era);
    static QList<Era> all() { return {Era::A, Era::B, Era::C}; }
};
