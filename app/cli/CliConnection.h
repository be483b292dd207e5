// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliEnvFile.h"
#include "coder/CoderRestSource.h"
#include "mcp/McpTransportOptions.h"
#include "model/ConnectionFlags.h"
#include "resolve/Resolver.h"
#include "source/Source.h"

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

class SandboxDeployment;
struct Snapshot;

// Opens the source the command line names: --snapshot FILE, --sandbox, or
// --url URL (REST, plus coderd's AI Gateway when a key is at hand); finds users. The session
// token comes from CODER_SESSION_TOKEN (as the Coder CLI), from the --env-file an
// unattended run names (CliEnvFile), or the keychain, never from the command line. Waits
// with local event loops: this is application code.
class CliConnection
{
public:
    CliConnection();
    ~CliConnection();

    static void addOptions(QCommandLineParser &parser);
    // On failure: a one-line error and the exit code to use.
    bool open(const QCommandLineParser &parser, QString *error, int *exitCode);

    Source *source() const { return m_source; }
    QNetworkAccessManager *network() { return &m_network; }
    const Snapshot *snapshot() const { return m_snapshot.get(); }
    bool usesRest() const { return m_rest != nullptr; }

    bool searchUsers(const QString &text, int offset, int limit, CoderUserPage *page,
                     QString *error);
    // Every user matching the search (all users when it is empty), page after page.
    bool listUsers(const QString &search, QList<CoderUser> *users, QString *error);
    bool isSandbox() const { return m_sandbox != nullptr; }
    bool usesGateway() const { return m_owned != nullptr; }
    // By username or id; exact matches only.
    bool findUser(const QString &nameOrId, CoderUser *user, QString *error);
    // open() and findUser() printing their one-line error themselves, as every command does.
    bool openOrReport(const QCommandLineParser &parser, int *exitCode);
    bool findUserOrReport(const QString &nameOrId, CoderUser *user);
    ResolveRequest requestFor(const CoderUser &user, bool delegatedOption) const;
    // What the probes may do: --insecure-probes, --allow-http.
    McpTransportOptions probeOptions(int timeoutMs) const;
    const ConnectionFlags &flags() const { return m_flags; }

    // CODER_SESSION_TOKEN when CODER_URL names this deployment, else the keychain.
    bool sessionToken(const QUrl &url, Secret *token, QString *error) const;
    // CODER_AI_GATEWAY_KEY when CODER_URL names this deployment, else the keychain;
    // empty if neither has one.
    Secret gatewayKey(const QUrl &url) const;
    // Which source answers and why (gateway in use, no key, no route): one line.
    const QString &note() const { return m_note; }
    QString deploymentVersion() const { return m_rest ? m_rest->deploymentVersion() : QString(); }
    CoderRestSource *rest() const { return m_rest.get(); }
    CoderApiCall::Options restOptions() const { return m_restOptions; }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxDeployment> m_sandbox;
    std::unique_ptr<CoderRestSource> m_rest;
    std::unique_ptr<Source> m_owned;
    std::unique_ptr<Snapshot> m_snapshot;
    Source *m_source = nullptr;
    ConnectionFlags m_flags;
    QString m_note;
    CoderApiCall::Options m_restOptions;
    QList<QUrl> m_trusted;
    // CODER_URL and its secrets: the environment's, or all three from --env-file.
    CliEnvFile m_settings = CliEnvFile::fromEnvironment();
};
