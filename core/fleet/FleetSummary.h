// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetEvaluation.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>

// What the History view draws of one saved scan, kept beside its snapshot
// (fleet-<time>.summary.json): a year of hourly scans of 10 000 users loads from these
// alone, a few hundred bytes each; the snapshots are read only to compare two scans.
struct FleetSummary
{
    struct Server
    {
        QString id;
        std::array<int, int(FleetTokenClass::Count)> tokens{}; // users per token class
        int proxiedUsers = 0;
        int injectedTools = -1; // -1: unknown
        bool suspectOutage = false;
    };

    QDateTime scannedAt;
    bool partial = false;
    int users = 0;
    int scanned = 0;
    int missing = 0;
    int overBudget = 0;
    int newProblems = -1; // users with a problem the previous scan did not show; -1: none compared
    QString snapshotFile; // the snapshot's file name, beside the summary
    QList<Server> servers;

    static FleetSummary of(const FleetResult &fleet, const FleetEvaluation &e);
    QJsonObject toJson() const;
    static std::optional<FleetSummary> fromJson(const QByteArray &json, QString *error);
    const Server *server(const QString &id) const;
};
