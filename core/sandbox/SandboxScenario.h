// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"
#include "model/McpTool.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The sandbox's cast: external-auth providers with MCP servers, and users whose
// situations cover every branch of the factory (spec section 1). Tokens are made up
// per run, unique per user and server, so tests can grep for leaks.
struct SandboxProvider
{
    QString id;
    QString displayName;
    QString allowRegex;
    QString denyRegex;
    QList<McpTool> tools;
    int pageSize = 0;
    int delayMs = 0;
    bool rejectsTokens = false; // answers 401 to every token
};

struct SandboxUser
{
    CoderUser user;
    QString story;                      // one line: what this user shows
    bool delegated = false;             // resolves without a session key
    bool noLinks = false;               // no external-auth links at all: empty token answer
    QStringList servers;                // provider ids configured for this user
    QMap<QString, QString> tokenErrors; // provider id -> coderd's error string
};

class SandboxScenario
{
public:
    static SandboxScenario standard();

    // A generated population beside the story users, for fleet scans and benchmarks.
    // The same rule as tests/coderd-peer --users (docs/fleet.md): user i (1-based) is
    // "user%05d" with id 00000000-0000-4000-a000-<i, 12 digits>; for the external server
    // at position p of the configs, h = (7i + 13p) mod 20 gives h < 14 linked and ok,
    // h < 17 "expired or invalid OAuth2 token", else "no external auth link found";
    // every 25th user has no links at all (an empty answer).
    static QString generatedUsername(int i);
    static QString generatedUserId(int i);
    static QString generatedTokenError(int i, int position, bool *noLinks);
    void addPopulation(int count, const QStringList &servers);

    QList<SandboxProvider> providers;
    QList<SandboxUser> users;
    CoderUser admin;
    QList<McpTool> coderTools;

    const SandboxUser *user(const QString &nameOrId) const;
    const SandboxProvider *provider(const QString &id) const;
};
