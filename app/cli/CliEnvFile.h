// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secrets/Secret.h"

#include <optional>
#include <QByteArray>
#include <QString>

// The connection settings CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY: from
// the environment, or from the file an unattended run names with --env-file (the systemd
// unit does). The file is KEY=VALUE lines, blank lines and `#` comment lines, a value
// optionally in double or single quotes; it is never run through a shell (no expansion,
// no escapes, no `export`), and only those three keys may appear. It holds secrets, so,
// as ssh does for a private key, it is refused unless it is a regular file of the user
// running the program that no one else may read or write. Errors name the file, the
// line and the key, never a value.
class CliEnvFile
{
public:
    // The three variables as the environment has them.
    static CliEnvFile fromEnvironment();
    // The file's settings, or nothing and a one-line error naming the file.
    static std::optional<CliEnvFile> readFile(const QString &path, QString *error);
    // The file's text (no I/O: a test or a fuzzer calls this directly); errors name the line.
    static std::optional<CliEnvFile> parse(const QByteArray &text, QString *error);

    QString url() const { return m_url; }
    const Secret &sessionToken() const { return m_sessionToken; }
    const Secret &gatewayKey() const { return m_gatewayKey; }

private:
    QString m_url;
    Secret m_sessionToken;
    Secret m_gatewayKey;
};
