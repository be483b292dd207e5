// SPDX-License-Identifier: Apache-2.0
// The History view's load (issue 24): a year of hourly-or-daily scans, 365 saved scans of
// 10 000 users each, read into FleetHistoryModel from the summaries beside the snapshots,
// and two of those scans compared (both snapshots parsed, replayed and compared). The
// snapshots are one generated fleet hard-linked 365 times: the load never reads them, and
// the disk holds one. Figures, not a test.
//   bench_history [users] [scans] [picture.png]
#include "fleet/FleetComparison.h"
#include "fleet/FleetHistory.h"
#include "fleet/FleetReplay.h"
#include "HistoryPanel.h"
#include "models/FleetHistoryModel.h"
#include "PeakRss.h"
#include "SandboxScenario.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

namespace {
// A fleet snapshot of `users` generated users over the Coder server, GitHub and Jira by
// the population rule (docs/fleet.md), written as the tool writes one (kind first).
QByteArray generatedSnapshot(int users, const QDateTime &at)
{
    const QStringList external{QStringLiteral("github"), QStringLiteral("jira")};
    QJsonArray list;
    for (int i = 1; i <= users; ++i) {
        QJsonObject tokens, errors;
        bool noLinks = false;
        for (int p = 0; p < external.size(); ++p) {
            const QString error = SandboxScenario::generatedTokenError(i, p, &noLinks);
            if (noLinks)
                break;
            if (error.isEmpty())
                tokens.insert(external.at(p), QStringLiteral("<redacted>"));
            else
                errors.insert(external.at(p), error);
        }
        list << QJsonObject{{QStringLiteral("id"), SandboxScenario::generatedUserId(i)},
                            {QStringLiteral("username"), SandboxScenario::generatedUsername(i)},
                            {QStringLiteral("tokens"),
                             QJsonObject{{QStringLiteral("accessTokens"), tokens},
                                         {QStringLiteral("errors"), errors}}}};
    }
    QJsonArray configs;
    for (const QString &id : external)
        configs << QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("url"), QStringLiteral("https://mcp.example/") + id}};
    const QJsonObject rest{
        {QStringLiteral("version"), 1},
        {QStringLiteral("coderVersion"), QStringLiteral("v2.35.1")},
        {QStringLiteral("scannedAt"), at.toString(Qt::ISODate)},
        {QStringLiteral("configs"),
         QJsonObject{{QStringLiteral("coderMcpConfig"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("coder")},
                                  {QStringLiteral("url"), QStringLiteral("https://coder.example/api/experimental/mcp/http")}}},
                     {QStringLiteral("externalAuthMcpConfigs"), configs}}},
        {QStringLiteral("users"), list},
        {QStringLiteral("tools"), QJsonObject{}},
        {QStringLiteral("listedBy"), QJsonObject{}}};
    QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    return "{\"kind\": \"aibridge-inspector-fleet\"," + body.mid(1);
}
} // namespace

int main(int argc, char **argv)
{
    // Offscreen unless a display is asked for: the view is painted, not shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int scans = argc > 2 ? QByteArray(argv[2]).toInt() : 365;
    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("history"));
    FleetHistory history(dir);
    QString error, first;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-scans);
    const QByteArray snapshot = generatedSnapshot(users, start);
    // The scans' summaries as the watch writes them, with token counts drifting over the
    // year (a wave of expiries in the middle) so the trend has something to draw.
    FleetSummary base;
    base.users = base.scanned = users;
    for (const char *id : {"coder", "github", "jira"}) {
        FleetSummary::Server s;
        s.id = QLatin1String(id);
        s.proxiedUsers = users * 7 / 10;
        s.injectedTools = 20;
        base.servers << s;
    }
    for (int i = 0; i < scans; ++i) {
        FleetSummary summary = base;
        summary.scannedAt = start.addDays(i);
        const int wave = (i > scans / 2 && i < scans / 2 + 10) ? users / 5 : 0;
        for (FleetSummary::Server &s : summary.servers) {
            s.tokens[int(FleetTokenClass::Ok)] = users * 7 / 10 - wave;
            s.tokens[int(FleetTokenClass::Expired)] = users * 15 / 100 + wave;
            s.tokens[int(FleetTokenClass::NotLinked)] = users - users * 7 / 10 - users * 15 / 100;
        }
        if (i == 0) {
            if (!history.save(snapshot, summary, &first, &error)) {
                out << error << Qt::endl;
                return 1;
            }
            continue;
        }
        // The same snapshot under every scan's name (a hard link), its own summary.
        const QString name =
            QDir(dir).filePath(QStringLiteral("fleet-%1.json")
                                   .arg(summary.scannedAt.toUTC().toString(
                                       QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"))));
        if (::link(QFile::encodeName(first).constData(), QFile::encodeName(name).constData()) != 0) {
            out << "link failed" << Qt::endl;
            return 1;
        }
        summary.snapshotFile = QFileInfo(name).fileName();
        QFile file(FleetHistory::summaryPathFor(name));
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact));
    }
    const qint64 rssBefore = peakRssKiB();

    QElapsedTimer clock;
    clock.start();
    FleetHistoryModel model;
    model.setSummaries(history.summaries());
    const qint64 loadMs = clock.elapsed();
    out << "history load: " << model.rowCount() << " scans of " << users << " users in " << loadMs
        << " ms (summaries only); peak RSS " << peakRssKiB() / 1024 << " MiB (" << rssBefore / 1024
        << " MiB before)" << Qt::endl;

    // The window's History view: the same load, then the trend and table painted.
    clock.restart();
    HistoryPanel panel;
    panel.resize(1280, 800);
    panel.setFolder(dir);
    const QImage picture = panel.grab().toImage();
    out << "History view: " << panel.model()->rowCount() << " scans loaded and painted at "
        << picture.width() << "x" << picture.height() << " in " << clock.elapsed()
        << " ms; peak RSS " << peakRssKiB() / 1024 << " MiB" << Qt::endl;
    if (argc > 3)
        picture.save(QString::fromLocal8Bit(argv[3]));

    // Two scans compared as the view does: parse both snapshots, replay, compare.
    clock.restart();
    auto a = FleetSnapshot::readFile(model.summaries().first().snapshotFile, &error);
    auto b = FleetSnapshot::readFile(model.summaries().last().snapshotFile, &error);
    if (!a || !b) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 parseMs = clock.elapsed();
    FleetReplay before, after;
    int pending = 2;
    const auto done = [&] {
        if (--pending == 0)
            QCoreApplication::quit();
    };
    QObject::connect(&before, &FleetReplay::finished, done);
    QObject::connect(&after, &FleetReplay::finished, done);
    before.start(*a);
    after.start(*b);
    QCoreApplication::exec();
    const FleetComparison c = FleetComparison::compare(before.result(), after.result());
    out << "compare two scans of " << users << " users: " << clock.elapsed() << " ms (parse "
        << parseMs << " ms), " << c.usersCompared << " compared, " << c.changes.size()
        << " changed; peak RSS " << peakRssKiB() / 1024 << " MiB" << Qt::endl;
    return 0;
}
