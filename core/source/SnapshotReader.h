// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Snapshot.h"

#include <optional>
#include <QByteArray>

class JsonReader;

// Reads and writes snapshot files. Errors are one line naming the file and the place:
// "f.json: line 3, column 14: unterminated string", "f.json: configs.url: expected a string".
class SnapshotReader
{
public:
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    static std::optional<Snapshot> readFile(const QString &path, QString *error);
    static std::optional<Snapshot> read(const QByteArray &data, const QString &origin,
                                        QString *error);
    // Tokens are written as "<redacted>": a snapshot is for sharing.
    static QByteArray write(const Snapshot &snapshot);

    static QList<McpTool> readTools(JsonReader &reader, const QJsonValue &value,
                                    const QString &path);
    static QJsonArray writeTools(const QList<McpTool> &tools);
};
