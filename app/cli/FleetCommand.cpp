// SPDX-License-Identifier: Apache-2.0
#include "FleetCommand.h"

#include "CliConnection.h"
#include "CliIo.h"
#include "fleet/FleetReplay.h"
#include "fleet/FleetReplaySource.h"
#include "fleet/FleetHistory.h"
#include "fleet/FleetMetrics.h"
#include "fleet/FleetProblems.h"
#include "fleet/FleetReport.h"
#include "fleet/FleetScanner.h"
#include "fleet/FleetSnapshot.h"
#include "source/Snapshot.h"

#include <cmath>
#include <csignal>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FleetCommand", text);
}

int g_interruptPipe[2] = {-1, -1};
void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}

// Ctrl-C cancels the scan and keeps what was scanned; a second Ctrl-C ends at once.
class InterruptCancels
{
public:
    explicit InterruptCancels(FleetScanner *scanner)
    {
        if (::pipe(g_interruptPipe) != 0)
            return;
        m_notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, scanner);
        QObject::connect(m_notifier, &QSocketNotifier::activated, scanner, [scanner] {
            char byte;
            [[maybe_unused]] const auto n = ::read(g_interruptPipe[0], &byte, 1);
            std::signal(SIGINT, SIG_DFL);
            scanner->cancel();
        });
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptCancels()
    {
        std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
        delete m_notifier;
        for (int &fd : g_interruptPipe)
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
    }

private:
    QSocketNotifier *m_notifier = nullptr;
    void (*m_previous)(int) = SIG_DFL;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: an existing file is replaced only by a complete new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        CliIo::error(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}
} // namespace

int FleetCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Resolve every matching user at once: each server's outcome and token status per "
        "user, the tools each server injects (listed once per server), who is over the "
        "OpenAI API's 128-tool limit; what proposed edits would change; what changed since a saved "
        "fleet."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("search"), tr("Only users matching this text (username, email)."),
         QStringLiteral("text")},
        {QStringLiteral("concurrency"), tr("Users resolved at once (default 4)."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("rate"),
         tr("At most this many users a second (token calls, so coderd's validate GETs to each "
            "provider follow it); default: no cap."),
         QStringLiteral("users/s")},
        {QStringLiteral("validate-ms"),
         tr("How long the providers take to answer coderd's validate GET, if you know it: the "
            "notice before the scan then estimates its wall time."),
         QStringLiteral("ms")},
        {QStringLiteral("json"), tr("Print JSON.")},
        {QStringLiteral("csv"), tr("Also write one CSV row per user and server to this file."),
         QStringLiteral("file")},
        {QStringLiteral("save-snapshot"),
         tr("Write the scan's inputs (tokens replaced) to a fleet snapshot that replays offline "
            "with --snapshot."),
         QStringLiteral("file")},
        {QStringLiteral("what-if"),
         tr("Apply proposed edits (a JSON file: servers' allow/deny regexes, era, clientTools; "
            "see the README) to the whole fleet and show who gains and loses what."),
         QStringLiteral("file")},
        {QStringLiteral("compare"),
         tr("Compare with a saved fleet snapshot: per user what changed, problems first."),
         QStringLiteral("file")},
        {QStringLiteral("coder-era"),
         tr("Predict for this Coder era instead of the build's: A, B or C."),
         QStringLiteral("era")},
        {QStringLiteral("client-tools"),
         tr("How many tools the users' clients send themselves (the OpenAI API's 128-tool limit "
            "counts "
            "them)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("probe-each"),
         tr("Also list every user's servers with that user's own token (providers may "
            "rate-limit this), at most --per-user-probes users at a time.")},
        {QStringLiteral("per-user-probes"),
         tr("With --probe-each: users probed at once, so no MCP host sees more of them "
            "(default 2)."),
         QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("no-probe"),
         tr("Do not list the servers' tools (tool counts are then unknown).")},
        {QStringLiteral("timeout"), tr("Probe timeout per request in seconds."),
         QStringLiteral("seconds"), QStringLiteral("10")},
        {QStringLiteral("quiet"), tr("No cost notice and no progress on stderr.")},
        {QStringLiteral("history"),
         tr("Save this scan into this folder (a fleet snapshot named by its scan time, no "
            "token, mode 0600; a folder it makes is 0700) and compare it with the newest "
            "earlier one there."),
         QStringLiteral("dir")},
        {QStringLiteral("keep"),
         tr("With --history: keep the newest N scans, removing older ones this tool wrote "
            "(default 30)."),
         QStringLiteral("n"), QStringLiteral("30")},
        {QStringLiteral("fail-on"),
         tr("new-problems: exit with status 3 when a user has a problem the previous scan in "
            "--history did not show (a token newly expired, not linked or in error, a server "
            "newly dropped, newly over the limit); 3 wins over 1."),
         QStringLiteral("what")},
        {QStringLiteral("metrics"),
         tr("Write the scan as Prometheus text exposition to this file (for node_exporter's "
            "textfile collector; written to a temporary file and renamed)."),
         QStringLiteral("file")},
    });
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    double seconds = 0;
    if (!CliIo::parseSeconds(parser.value(QStringLiteral("timeout")), &seconds))
        return CliIo::BadInput;
    int concurrency = 4;
    int clientTools = 0;
    std::optional<CoderEra::Era> eraOverride;
    if (!CliIo::parseWholeNumber(QStringLiteral("concurrency"),
                                 parser.value(QStringLiteral("concurrency")), 1, 64,
                                 &concurrency) ||
        !CliIo::parseWholeNumber(QStringLiteral("client-tools"),
                                 parser.value(QStringLiteral("client-tools")), 0, 100000,
                                 &clientTools) ||
        !CliIo::parseEra(parser, &eraOverride))
        return CliIo::BadInput;
    double rate = 0;
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        QString text = parser.value(QStringLiteral("rate"));
        if (text.endsWith(QLatin1String("/s")))
            text.chop(2);
        rate = text.toDouble(&ok);
        if (!ok || !std::isfinite(rate) || rate < 0.01 || rate > 100000) {
            CliIo::error(tr("--rate needs users a second from 0.01 to 100000, not '%1'")
                             .arg(parser.value(QStringLiteral("rate"))));
            return CliIo::BadInput;
        }
    }
    int validateMs = -1;
    if (parser.isSet(QStringLiteral("validate-ms")) &&
        !CliIo::parseWholeNumber(QStringLiteral("validate-ms"),
                                 parser.value(QStringLiteral("validate-ms")), 0, 600000,
                                 &validateMs))
        return CliIo::BadInput;
    int perUserProbes = 2;
    if (!CliIo::parseWholeNumber(QStringLiteral("per-user-probes"),
                                 parser.value(QStringLiteral("per-user-probes")), 1, 16,
                                 &perUserProbes))
        return CliIo::BadInput;
    QString error;
    std::optional<WhatIfEdits> edits;
    if (parser.isSet(QStringLiteral("what-if"))) {
        edits = WhatIfEdits::readFile(parser.value(QStringLiteral("what-if")), &error);
        if (!edits) {
            CliIo::error(error);
            return CliIo::BadInput;
        }
    }
    int keep = 30;
    if (!CliIo::parseWholeNumber(QStringLiteral("keep"), parser.value(QStringLiteral("keep")), 1,
                                 100000, &keep))
        return CliIo::BadInput;
    const bool failOnNew = parser.isSet(QStringLiteral("fail-on"));
    if (failOnNew && parser.value(QStringLiteral("fail-on")) != QLatin1String("new-problems")) {
        CliIo::error(tr("--fail-on takes \"new-problems\""));
        return CliIo::BadInput;
    }
    std::optional<FleetHistory> history;
    if (parser.isSet(QStringLiteral("history"))) {
        history.emplace(parser.value(QStringLiteral("history")));
        if (!history->prepare(&error)) {
            CliIo::error(error);
            return CliIo::BadInput;
        }
    } else if (failOnNew) {
        CliIo::error(tr("--fail-on new-problems needs --history (the previous scan is there)"));
        return CliIo::BadInput;
    }
    if (failOnNew && parser.isSet(QStringLiteral("compare"))) {
        CliIo::error(tr("--fail-on new-problems compares with the history's previous scan: "
                        "leave out --compare"));
        return CliIo::BadInput;
    }
    bool previousUnreadable = false;
    std::optional<FleetSnapshot> old;
    QString previousScan; // the history's newest earlier scan
    if (history && !parser.isSet(QStringLiteral("compare"))) {
        previousScan = history->newest();
        if (!previousScan.isEmpty()) {
            old = FleetSnapshot::readFile(previousScan, &error);
            if (!old) {
                // A damaged earlier scan is said, not fatal: this one is still saved.
                CliIo::error(tr("the previous scan cannot be read, not compared: %1").arg(error));
                previousScan.clear();
                previousUnreadable = true;
            }
        }
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        old = FleetSnapshot::readFile(parser.value(QStringLiteral("compare")), &error);
        if (!old) {
            CliIo::error(error);
            return CliIo::BadInput;
        }
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool terminal = ::isatty(STDERR_FILENO) == 1;

    FleetScanner::Setup setup;
    setup.concurrency = concurrency;
    setup.rate = rate;
    setup.clientToolCount = clientTools;
    setup.recordInputs =
        parser.isSet(QStringLiteral("save-snapshot")) || parser.isSet(QStringLiteral("history"));
    QList<CoderUser> users;
    CliConnection connection;
    std::unique_ptr<FleetReplaySource> replay;
    const QString snapshotPath = parser.value(QStringLiteral("snapshot"));
    if (parser.isSet(QStringLiteral("snapshot")) && FleetSnapshot::isFleetFile(snapshotPath)) {
        std::optional<FleetSnapshot> saved = FleetSnapshot::readFile(snapshotPath, &error);
        if (!saved) {
            CliIo::error(error);
            return CliIo::BadInput;
        }
        replay = std::make_unique<FleetReplaySource>(std::move(*saved));
        const FleetSnapshot &s = replay->snapshot();
        setup.source = replay.get();
        setup.sourceName = replay->displayName();
        setup.sourceNote = replay->limitations();
        setup.coderVersion = s.coderVersion;
        setup.era = s.era;
        setup.eraSource = tr("from the fleet snapshot");
        setup.tokensVisible = s.tokensVisible;
        setup.probe = false;
        setup.retries = 0;
        setup.perUserConfigs = s.perUserConfigs();
        setup.recordedTools = s.tools;
        setup.recordedListedBy = s.listedBy;
        setup.recordedOwnInjected = s.ownInjectedByUser();
        setup.aiGateway.detail = tr("a fleet snapshot does not record the AI Gateway state");
        const QString search = parser.value(QStringLiteral("search"));
        for (const CoderUser &u : replay->users())
            if (search.isEmpty() || u.username.contains(search, Qt::CaseInsensitive))
                users << u;
    } else {
        int exitCode = CliIo::BadInput;
        if (!connection.openOrReport(parser, &exitCode))
            return exitCode;
        setup.source = connection.source();
        setup.sourceName = connection.source()->displayName();
        setup.sourceNote = connection.note();
        setup.network = connection.network();
        setup.probeOptions = connection.probeOptions(int(seconds * 1000));
        setup.probe = !parser.isSet(QStringLiteral("no-probe"));
        setup.probeEach = setup.probe && parser.isSet(QStringLiteral("probe-each"));
        setup.perUserProbes = perUserProbes;
        if (const Snapshot *snapshot = connection.snapshot()) {
            users << CoderUser{snapshot->userId, snapshot->username, {}, {}, {}, {}, {}};
            setup.coderVersion = snapshot->coderVersion;
            setup.era = snapshot->era;
            setup.eraSource = tr("from the snapshot");
            setup.probe = false;
            setup.recordedTools = snapshot->tools;
            setup.aiGateway.detail =
                tr("a snapshot does not record the deployment's AI Gateway state");
        } else {
            if (!connection.listUsers(parser.value(QStringLiteral("search")), &users, &error)) {
                CliIo::error(error);
                return CliIo::ResolutionError;
            }
            const ResolveRequest base = connection.requestFor(CoderUser{}, false);
            setup.sessionKey = base.sessionKey;
            setup.sessionUsername = connection.rest()->signedInUser().username;
            setup.deploymentUrl = base.deploymentUrl;
            setup.trustedOrigins = base.trustedOrigins;
            setup.coderVersion = connection.deploymentVersion();
            setup.era = CoderEra::fromVersion(setup.coderVersion);
            setup.eraSource = tr("build %1").arg(setup.coderVersion);
            setup.aiGateway = connection.rest()->aiGatewayState();
            setup.perUserConfigs = connection.isSandbox();
            setup.tokensVisible = connection.usesGateway();
            if (!quiet) {
                // The providers a token batch validates: the configs' external servers.
                QStringList external;
                if (!users.isEmpty()) {
                    QEventLoop loop;
                    connection.source()->fetchConfigs(
                        users.first().id, [&](const ConfigsResult &configs) {
                            if (configs.response)
                                for (const auto &c : configs.response->externalAuthMcpConfigs)
                                    if (c)
                                        external << c->id;
                            loop.quit();
                        });
                    loop.exec();
                }
                FleetReport::CostOptions cost;
                cost.concurrency = setup.concurrency;
                cost.retries = setup.retries;
                cost.probe = setup.probe;
                cost.probeEach = setup.probeEach;
                cost.rate = setup.rate;
                cost.validateMs = validateMs;
                CliIo::error(
                    FleetReport::cost(int(users.size()), external, connection.usesGateway(), cost));
            }
        }
    }
    if (eraOverride) {
        setup.era = *eraOverride;
        setup.eraSource = tr("chosen with --coder-era");
    }

    FleetScanner scanner;
    InterruptCancels interrupts(&scanner);
    if (terminal && !quiet)
        QObject::connect(&scanner, &FleetScanner::progressed, [&scanner](int done, int total) {
            const double left = scanner.secondsLeft();
            QByteArray line =
                QStringLiteral("\r%1/%2 users%3   ")
                    .arg(done)
                    .arg(total)
                    .arg(left >= 0 ? tr(", about %1 s left").arg(qRound(left)) : QString())
                    .toUtf8();
            ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
        });
    if (terminal && !quiet)
        QObject::connect(&scanner, &FleetScanner::probing, [] {
            const QByteArray line =
                (QStringLiteral("\r\033[K") + tr("listing each server's tools once…")).toUtf8();
            ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
        });
    QObject::connect(&scanner, &FleetScanner::finished, [] { QCoreApplication::quit(); });
    scanner.start(setup, users);
    if (scanner.isRunning())
        QCoreApplication::exec();
    if (terminal && !quiet)
        ::write(STDERR_FILENO, "\r\033[K", 4);

    FleetResult fleet = scanner.result();
    if (!fleet.tokensVisible)
        fleet.notes << tr("over the REST API other users' token status is unknown: their "
                          "servers show \"unknown\"; give an AI Gateway key for exact answers");
    if (setup.perUserConfigs)
        fleet.notes << tr("the sandbox gives each story user configs of their own, so they are "
                          "asked per user; coderd's are deployment-wide and asked once");
    std::optional<WhatIfImpact> impact;
    if (edits) {
        const QString refusal = edits->refusalFor(fleet);
        if (!refusal.isEmpty()) {
            CliIo::error(tr("%1: %2").arg(parser.value(QStringLiteral("what-if")), refusal));
            return CliIo::BadInput;
        }
        impact = WhatIfImpact::evaluate(fleet, *edits);
    }
    std::optional<FleetComparison> comparison;
    FleetResult comparisonBefore;
    if (old) {
        // The old fleet goes through the same scanner, offline, so both speak alike.
        FleetReplay oldReplay;
        bool replayed = false;
        QObject::connect(&oldReplay, &FleetReplay::finished, [&replayed] {
            replayed = true;
            QCoreApplication::quit();
        });
        oldReplay.start(*old, clientTools, eraOverride);
        if (!replayed)
            QCoreApplication::exec();
        const FleetResult before = oldReplay.result();
        comparison = FleetComparison::compare(before, fleet);
        comparisonBefore = before;
    }
    const FleetEvaluation evaluation = FleetEvaluation::evaluate(fleet);
    // The watch: what is new since the history's previous scan, only on users both reached.
    std::optional<QList<FleetProblems::User>> newProblems;
    if (history && comparison && !previousScan.isEmpty())
        newProblems = FleetProblems::newSince(comparisonBefore, fleet);
    if (history) {
        FleetSummary summary = FleetSummary::of(fleet, evaluation);
        summary.newProblems = newProblems ? int(newProblems->size()) : -1;
        QString saved;
        if (!history->save(FleetSnapshot::write(scanner), summary, &saved, &error)) {
            CliIo::error(error);
            return CliIo::BadInput;
        }
        history->prune(keep);
    }
    if (parser.isSet(QStringLiteral("metrics")) &&
        !FleetMetrics::writeFile(parser.value(QStringLiteral("metrics")),
                                 FleetMetrics::text(fleet, evaluation,
                                                    newProblems ? int(newProblems->size()) : -1),
                                 &error)) {
        CliIo::error(error);
        return CliIo::BadInput;
    }

    if (parser.isSet(QStringLiteral("save-snapshot")) &&
        !writeFile(parser.value(QStringLiteral("save-snapshot")), FleetSnapshot::write(scanner)))
        return CliIo::BadInput;
    if (parser.isSet(QStringLiteral("csv")) &&
        !writeFile(parser.value(QStringLiteral("csv")), FleetReport::csv(fleet, evaluation)))
        return CliIo::BadInput;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = FleetReport::json(fleet, evaluation, impact ? &*impact : nullptr,
                                             comparison ? &*comparison : nullptr);
        if (history) {
            json.insert(QStringLiteral("previousScan"),
                        previousScan.isEmpty() ? QJsonValue() : QJsonValue(previousScan));
            json.insert(QStringLiteral("newProblems"),
                        newProblems ? QJsonValue(FleetProblems::toJson(*newProblems))
                                    : QJsonValue());
        }
        CliIo::outBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        QString text;
        // Problems first: a cron mail or a journal line shows them at the top.
        if (newProblems)
            text = FleetProblems::summaryLines(*newProblems, old->scannedAt)
                       .join(QLatin1Char('\n')) +
                   QLatin1Char('\n');
        else if (history && previousUnreadable)
            text = tr("!! The previous scan in %1 cannot be read: not compared (stderr says "
                      "why).")
                       .arg(history->dir()) +
                   QLatin1Char('\n');
        else if (history && !parser.isSet(QStringLiteral("compare")))
            text = tr("No earlier scan in %1: this one is the baseline.").arg(history->dir()) +
                   QLatin1Char('\n');
        CliIo::out(text + FleetReport::text(fleet, evaluation, impact ? &*impact : nullptr,
                                            comparison ? &*comparison : nullptr));
    }
    const bool partial = fleet.cancelled || !fleet.missingUsers().isEmpty();
    if (partial) // said even when new problems decide the exit status
        CliIo::error(
            tr("%1 user(s) not scanned: the result is partial").arg(fleet.missingUsers().size()));
    if (failOnNew && newProblems && !newProblems->isEmpty())
        return CliIo::NewProblems;
    if (partial)
        return CliIo::ResolutionError;
    return CliIo::Ok;
}
