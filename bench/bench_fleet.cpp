// SPDX-License-Identifier: Apache-2.0
// A fleet scan's cost against coderd-peer (coderd's own Go stack, a separate process on
// loopback) with a generated population: users per second over one connection, peak
// memory, the per-user cost beside one user resolved alone, the longest the event loop
// (the window's UI thread) went unserved while scanning, and a what-if edit over every
// user × 200 tools. Figures, not a test.
//   bench_fleet [path/to/coderd-peer] [users] [concurrency]
#include "fleet/FleetReplay.h"
#include "fleet/FleetScanner.h"
#include "fleet/FleetSnapshot.h"
#include "fleet/WhatIfImpact.h"
#include "gateway/GatewaySource.h"
#include "models/FleetSortFilterModel.h"
#include "models/FleetTableModel.h"
#include "PeakRss.h"
#include "resolve/ToolInventory.h"
#include "SandboxScenario.h"

#include <algorithm>
#include <functional>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

namespace {
const QString Key = QStringLiteral("bench-fleet-key");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The longest gap between 1 ms ticks of the event loop while `work` runs.
struct LoopWatch
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    QTimer timer;
    LoopWatch()
    {
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        worst = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
};
} // namespace

// The longest the UI thread was blocked from `act` until the view's model settled and the
// view painted: ticks of a 1 ms timer, as a user's input would be served.
double longestBlock(FleetSortFilterModel &model, const std::function<void()> &act)
{
    LoopWatch watch;
    bool settled = false;
    const auto c =
        QObject::connect(&model, &FleetSortFilterModel::settled, [&] { settled = true; });
    watch.start();
    QElapsedTimer t;
    t.start();
    act();
    watch.worst = std::max(watch.worst, t.elapsed()); // the act itself blocks too
    while (!settled)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QElapsedTimer paint;
    paint.start();
    while (paint.elapsed() < 60) // the repaint that follows
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    watch.stop();
    QObject::disconnect(c);
    return double(watch.worst);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString peerPath = app.arguments().value(1, QStringLiteral(AIBI_CODERD_PEER));
    const int users = app.arguments().value(2, QStringLiteral("10000")).toInt();
    const int concurrency = app.arguments().value(3, QStringLiteral("4")).toInt();
    QProcess peer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CODER_AI_GATEWAY_KEY"), Key);
    peer.setProcessEnvironment(env);
    // Its WARN lines (as coderd logs them) are not the inspector's to read.
    peer.setStandardErrorFile(QProcess::nullDevice());
    peer.start(peerPath, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--users"), QString::number(users)});
    if (!peer.waitForStarted(10000) || !peer.waitForReadyRead(20000)) {
        QTextStream(stderr) << "cannot start " << peerPath << '\n';
        return 1;
    }
    const QUrl url(QString::fromUtf8(peer.readLine().trimmed().mid(int(strlen("listening on ")))));
    QNetworkAccessManager network;
    GatewaySource source(&network, url, Secret(Key));
    QList<CoderUser> population;
    for (int i = 1; i <= users; ++i)
        population << CoderUser{SandboxScenario::generatedUserId(i),
                                SandboxScenario::generatedUsername(i),
                                {},
                                {},
                                {},
                                {},
                                {}};

    // One user alone, again and again over the open connection (configs + tokens each).
    QList<double> single;
    for (int i = 0; i < 60; ++i) {
        Resolver resolver(&source);
        bool done = false;
        QObject::connect(&resolver, &Resolver::resolved, [&](const Resolution &) { done = true; });
        QElapsedTimer t;
        t.start();
        resolver.resolve(
            {population.at(i % users).id, population.at(i % users).username, true, {}});
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (i >= 10)
            single << t.nsecsElapsed() / 1000.0;
    }

    FleetScanner scanner;
    FleetScanner::Setup setup;
    setup.source = &source;
    setup.probe = false;
    setup.era = CoderEra::Era::B;
    setup.concurrency = concurrency;
    setup.recordInputs = true; // as the window scans: the inputs are kept for a snapshot
    LoopWatch watch;
    QObject::connect(&scanner, &FleetScanner::finished, &app, &QCoreApplication::quit);
    const QString peerPid = QString::number(peer.processId());
    const qint64 peerCpuBefore = cpuMs(peerPid);
    const qint64 ownCpuBefore = cpuMs();
    QElapsedTimer clock;
    clock.start();
    watch.start();
    scanner.start(setup, population);
    QCoreApplication::exec();
    watch.stop();
    const qint64 scanMs = clock.elapsed();
    const qint64 peerCpu = cpuMs(peerPid) - peerCpuBefore;
    const qint64 ownCpu = cpuMs() - ownCpuBefore;
    const qint64 worstGap = watch.worst;
    FleetResult fleet = scanner.result();

    // The snapshot: written as the window and `fleet --save-snapshot` write it, read back
    // and replayed through the scanner as `fleet --snapshot` and the window's compare do.
    QTemporaryDir dir;
    const QString snapshotPath = dir.filePath(QStringLiteral("fleet.json"));
    QElapsedTimer snapClock;
    snapClock.start();
    {
        QSaveFile file(snapshotPath);
        const QByteArray bytes = FleetSnapshot::write(scanner);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            QTextStream(stderr) << "cannot save " << snapshotPath << '\n';
            return 1;
        }
    }
    const double saveS = snapClock.nsecsElapsed() / 1e9;
    const qint64 snapshotBytes = QFileInfo(snapshotPath).size();
    snapClock.restart();
    QString snapshotError;
    std::optional<FleetSnapshot> saved = FleetSnapshot::readFile(snapshotPath, &snapshotError);
    if (!saved) {
        QTextStream(stderr) << snapshotError << '\n';
        return 1;
    }
    const double readS = snapClock.nsecsElapsed() / 1e9;
    FleetReplay replay;
    QObject::connect(&replay, &FleetReplay::finished, &app, &QCoreApplication::quit);
    replay.start(std::move(*saved), 0, CoderEra::Era::B);
    QCoreApplication::exec();
    const double loadS = snapClock.nsecsElapsed() / 1e9;
    const int replayedUsers = int(replay.result().users.size());
    const qint64 snapshotPeakMiB = peakRssKiB() / 1024;

    // 200 tools across the two external servers, then a deny edit over everyone.
    for (FleetServer &s : fleet.servers) {
        if (s.kind != ResolvedServer::Kind::External)
            continue;
        QList<McpTool> tools;
        for (int t = 0; t < 100; ++t)
            tools << McpTool{QStringLiteral("%1_tool_%2").arg(s.id).arg(t), {}, {}, {}};
        ToolInventory::setServerTools(s.probed, tools);
    }
    WhatIfEdits edits;
    edits.servers.insert(QStringLiteral("github"), {std::nullopt, QStringLiteral("_tool_1\\d$")});
    edits.clientTools = 40;
    QList<double> whatIf;
    int affected = 0;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        const WhatIfImpact impact = WhatIfImpact::evaluate(fleet, edits);
        whatIf << t.nsecsElapsed() / 1e6;
        affected = impact.usersAffected;
    }

    // What the window's UI thread does with a finished what-if: hand it to the model.
    FleetTableModel model;
    QElapsedTimer apply;
    apply.start();
    model.setFleet(fleet, FleetEvaluation::evaluate(fleet));
    const double setFleetMs = apply.nsecsElapsed() / 1e6;
    apply.restart();
    model.setImpact(WhatIfImpact::evaluate(fleet, edits));
    const double evaluateAndApplyMs = apply.nsecsElapsed() / 1e6;
    apply.restart();
    const WhatIfImpact ready = WhatIfImpact::evaluate(fleet, edits);
    const double evaluateMs = apply.nsecsElapsed() / 1e6;
    apply.restart();
    model.setImpact(ready);
    const double applyMs = apply.nsecsElapsed() / 1e6;
    Q_UNUSED(evaluateAndApplyMs)
    // The matrix's sort and filter over every row (the view's proxy does the same).
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FleetTableModel::SortRole);
    apply.restart();
    proxy.sort(FleetTableModel::InjectedColumn, Qt::DescendingOrder);
    const double sortMs = apply.nsecsElapsed() / 1e6;
    apply.restart();
    proxy.setFilterFixedString(QStringLiteral("user0999"));
    const double filterMs = apply.nsecsElapsed() / 1e6;

    // The window at 100 000 rows: the scan repeated under new names to that many rows, in a
    // real view over the Fleet tab's models; each interaction's longest UI-thread block.
    FleetResult big = fleet;
    big.users.reserve(100000);
    for (int i = int(fleet.users.size()); i < 100000 && !fleet.users.isEmpty(); ++i) {
        FleetUser u = fleet.users.at(i % fleet.users.size());
        u.id = SandboxScenario::generatedUserId(i + 1);
        u.username = SandboxScenario::generatedUsername(i + 1);
        big.users << u;
    }
    FleetTableModel bigModel;
    FleetSortFilterModel viewModel;
    viewModel.setFleetModel(&bigModel);
    QTableView view;
    view.setModel(&viewModel);
    view.setSortingEnabled(true);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1200, 800);
    view.show();
    const double setFleetBlock =
        longestBlock(viewModel, [&] { bigModel.setFleet(big, FleetEvaluation::evaluate(big)); });
    double sortBlock = 0;
    for (const int column : {int(FleetTableModel::InjectedColumn), int(FleetTableModel::UserColumn),
                             int(FleetTableModel::FirstServerColumn)})
        sortBlock = std::max(sortBlock, longestBlock(viewModel, [&] {
                                 view.sortByColumn(column, Qt::DescendingOrder);
                             }));
    double filterBlock = 0;
    // Typed a key at a time, then cleared; then "only users with a problem" on and off.
    const QString typed = QStringLiteral("user0999");
    for (int k = 1; k <= typed.size(); ++k)
        filterBlock = std::max(filterBlock,
                               longestBlock(viewModel, [&] { viewModel.setText(typed.left(k)); }));
    filterBlock = std::max(filterBlock, longestBlock(viewModel, [&] { viewModel.setText({}); }));
    filterBlock =
        std::max(filterBlock, longestBlock(viewModel, [&] { viewModel.setProblemsOnly(true); }));
    filterBlock =
        std::max(filterBlock, longestBlock(viewModel, [&] { viewModel.setProblemsOnly(false); }));
    // A what-if as the Fleet tab applies it: evaluated on a worker, handed to the model on
    // the UI thread, which re-sorts by the tools column the edit changed.
    view.sortByColumn(FleetTableModel::InjectedColumn, Qt::DescendingOrder);
    longestBlock(viewModel, [] {});
    const double whatIfBlock = longestBlock(viewModel, [&] {
        QThreadPool::globalInstance()->start([&] {
            WhatIfImpact impact = WhatIfImpact::evaluate(big, edits);
            QMetaObject::invokeMethod(&app, [&, impact = std::move(impact)] {
                bigModel.setImpact(impact);
                const QStringList summary = impact.summaryLines(big, 3);
                Q_UNUSED(summary)
            });
        });
    });
    const QString uiLine =
        QStringLiteral("UI thread at %1 rows: sort %2 ms, filter %3 ms, what-if %4 ms (longest "
                       "block of each; a new scan handed to the view %5 ms)")
            .arg(big.users.size())
            .arg(sortBlock)
            .arg(filterBlock)
            .arg(whatIfBlock)
            .arg(setFleetBlock);

    // The floor a real coderd sets: every validate GET answered after D ms. A user's call
    // waits for its slowest provider (validated at once within the user), so N users at c
    // at a time take at least N x D / c.
    constexpr int FloorUsers = 2000;
    constexpr int FloorMs = 50;
    double floorRatio = 0;
    qint64 floorScanMs = 0;
    double floorMs = 0;
    int floorBatches = 0;
    {
        QProcess slow;
        slow.setProcessEnvironment(env);
        slow.setStandardErrorFile(QProcess::nullDevice());
        slow.start(peerPath, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--users"), QString::number(FloorUsers),
                              QStringLiteral("--validate-ms"), QString::number(FloorMs)});
        if (!slow.waitForStarted(10000) || !slow.waitForReadyRead(20000)) {
            QTextStream(stderr) << "cannot start " << peerPath << '\n';
            return 1;
        }
        const QUrl slowUrl(
            QString::fromUtf8(slow.readLine().trimmed().mid(int(strlen("listening on ")))));
        GatewaySource slowSource(&network, slowUrl, Secret(Key));
        FleetScanner floorScanner;
        FleetScanner::Setup floorSetup = setup;
        floorSetup.source = &slowSource;
        floorSetup.recordInputs = false;
        QObject::connect(&floorScanner, &FleetScanner::finished, &app, &QCoreApplication::quit);
        QElapsedTimer floorClock;
        floorClock.start();
        QList<CoderUser> floorUsers;
        for (int i = 1; i <= FloorUsers; ++i)
            floorUsers << CoderUser{SandboxScenario::generatedUserId(i),
                                    SandboxScenario::generatedUsername(i),
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}};
        floorScanner.start(floorSetup, floorUsers);
        QCoreApplication::exec();
        floorScanMs = floorClock.elapsed();
        // Users whose batch sent no GET (no links, all expired) cost no latency.
        QNetworkReply *stats =
            network.get(QNetworkRequest(slowUrl.resolved(QUrl(QStringLiteral("/peer/stats")))));
        QObject::connect(stats, &QNetworkReply::finished, &app, &QCoreApplication::quit);
        QCoreApplication::exec();
        floorBatches = QJsonDocument::fromJson(stats->readAll())
                           .object()
                           .value(QLatin1String("validate_batches"))
                           .toInt();
        stats->deleteLater();
        floorMs = double(floorBatches) * FloorMs / concurrency;
        floorRatio = floorMs > 0 ? floorScanMs / floorMs : 0;
        slow.terminate();
        slow.waitForFinished(5000);
    }

    QTextStream out(stdout);
    out << "one user alone, over the open connection (median of 50): " << median(single) << " us\n";
    out << "fleet scan, " << users << " users, concurrency " << concurrency
        << ", one connection: " << scanMs << " ms (" << (scanMs > 0 ? users * 1000 / scanMs : 0)
        << " users/s, " << double(scanMs) * 1000 / users << " us/user); " << scanner.configCalls()
        << " configs call(s), " << scanner.tokenCalls() << " token calls; missing "
        << fleet.missingUsers().size() << '\n';
    out << "CPU while scanning: coderd-peer " << peerCpu * 1000.0 / users
        << " us/user, the inspector " << ownCpu * 1000.0 / users
        << " us/user (2 cores: the wall time is at least their sum / 2)\n";
    out << "longest event-loop gap while scanning: " << worstGap << " ms\n";
    out << "what-if (github deny + 40 client tools) over " << users
        << " users x 200 tools (median of 15): " << median(whatIf) << " ms; " << affected
        << " users affected\n";
    out << "window model, " << users << " rows: setFleet " << setFleetMs
        << " ms (incl. the evaluation); a finished what-if applied on the UI thread " << applyMs
        << " ms (its evaluation, " << evaluateMs << " ms, runs on a worker); sort by tools "
        << sortMs << " ms; filter by name " << filterMs << " ms (" << proxy.rowCount()
        << " rows)\n";
    out << "snapshot " << users << " users: save " << saveS << " s, load " << loadS << " s (read "
        << readS << " s, then replayed), " << snapshotBytes << " bytes, peak " << snapshotPeakMiB
        << " MiB (" << replayedUsers << " users replayed)\n";
    out << uiLine << '\n';
    out << "against validate latency " << FloorMs << " ms, " << FloorUsers << " users, concurrency "
        << concurrency << ": " << floorScanMs << " ms, lower bound N x D / c = " << floorBatches
        << " users with a validate GET x " << FloorMs << " ms / " << concurrency << " = " << floorMs
        << " ms, ratio " << floorRatio << '\n';
    out << "peak RSS: " << peakRssKiB() / 1024 << " MiB\n";
    peer.terminate();
    peer.waitForFinished(5000);
    return 0;
}
