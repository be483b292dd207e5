// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetSummary.h"

#include <QStringList>

// A history folder of fleet scans (fleet --history DIR, the window's History view): each
// scan is a fleet snapshot named by its scan time, fleet-YYYYMMDDTHHMMSSmmmZ.json (UTC, to
// the millisecond; no token:
// FleetSnapshot redacts them), with its summary beside it. The folder is made 0700, the
// files 0600. Pruning removes only files of that name that are fleet snapshots (or their
// summaries): whatever else an admin keeps there is left alone.
class FleetHistory
{
public:
    explicit FleetHistory(QString dir) : m_dir(std::move(dir)) {}

    QString dir() const { return m_dir; }
    // Makes the folder (0700) if it is missing; an existing one must be a folder, and keeps
    // its modes.
    bool prepare(QString *error) const;
    // The scans' snapshot files, oldest first (by their names, which sort by time).
    QStringList scans() const;
    // The newest scan, or "".
    QString newest() const;
    // Writes the snapshot and its summary (0600); `path` gets the snapshot's path.
    bool save(const QByteArray &snapshot, FleetSummary summary, QString *path,
              QString *error) const;
    // Keeps the newest `keep` scans; returns the files removed.
    QStringList prune(int keep) const;
    static QString summaryPathFor(const QString &snapshotPath);
    static bool isScanName(const QString &fileName);
    // Reads every summary (the History view's trend); scans without one are skipped and
    // counted in *unreadable.
    QList<FleetSummary> summaries(int *unreadable = nullptr) const;

private:
    QString m_dir;
};
