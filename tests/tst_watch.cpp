// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetHistory.h"
#include "fleet/FleetMetrics.h"
#include "SandboxScenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The watch (issue 24): `fleet --history DIR --fail-on new-problems --metrics FILE`
// through the CLI on the sandbox, as cron or the systemd timer runs it. Expected users
// come from the generated population's rule (docs/fleet.md; SandboxScenario), not from
// the fleet's code; the metrics are read back by Prometheus' own text parser.
class TestWatch : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(AIBI_CLI), QStringList{QStringLiteral("fleet")} + arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // The sandbox's generated users get the Coder server, GitHub (position 0) and Jira
    // (position 1); a user has a problem where either token is not ok.
    static bool generatedHasProblem(int i)
    {
        for (int p = 0; p < 2; ++p) {
            bool noLinks = false;
            const QString error = SandboxScenario::generatedTokenError(i, p, &noLinks);
            if (noLinks || !error.isEmpty())
                return true;
        }
        return false;
    }

    static QStringList scans(const QString &dir)
    {
        return FleetHistory(dir).scans();
    }

private Q_SLOTS:
    // First scan: the baseline. A larger population next: the new users with a problem
    // are named first and the exit status is 3. The same scan again: 0, no change.
    void newProblemsThenNoChange()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("history"));
        // Token statuses decide these problems: no tool listing (the sandbox's slow server
        // would cost seconds a run).
        const QStringList common{QStringLiteral("--sandbox"), QStringLiteral("--no-probe"),
                                 QStringLiteral("--quiet"),
                                 QStringLiteral("--history"), dir, QStringLiteral("--fail-on"),
                                 QStringLiteral("new-problems")};
        Run first = cli(common + QStringList{QStringLiteral("--sandbox-population"),
                                             QStringLiteral("20")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.startsWith("No earlier scan in"), first.out.left(200).constData());
        QCOMPARE(scans(dir).size(), 1);
        // Owner only: the folder and each file.
        QCOMPARE(QFileInfo(dir).permissions() & 0x0077, QFileDevice::Permissions());
        for (const QString &f : QDir(dir).entryList(QDir::Files))
            QCOMPARE(QFileInfo(QDir(dir).filePath(f)).permissions(),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                         QFileDevice::WriteUser);

        Run second = cli(common + QStringList{QStringLiteral("--sandbox-population"),
                                              QStringLiteral("40")});
        QCOMPARE(second.exitCode, 3);
        QSet<QString> expected;
        for (int i = 21; i <= 40; ++i)
            if (generatedHasProblem(i))
                expected.insert(SandboxScenario::generatedUsername(i));
        QVERIFY(!expected.isEmpty());
        const QStringList lines = QString::fromUtf8(second.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.first().startsWith(QStringLiteral("!! %1 user(s) with a problem")
                                              .arg(expected.size())),
                 qPrintable(lines.first()));
        QSet<QString> named;
        for (int l = 1; l <= int(expected.size()) && l < lines.size(); ++l) {
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("^!!   (user\\d{5}): ")).match(lines.at(l));
            QVERIFY2(m.hasMatch(), qPrintable(lines.at(l)));
            named.insert(m.captured(1));
        }
        QCOMPARE(named, expected);
        QCOMPARE(scans(dir).size(), 2);

        Run third = cli(common + QStringList{QStringLiteral("--sandbox-population"),
                                             QStringLiteral("40")});
        QCOMPARE(third.exitCode, 0);
        QVERIFY2(third.out.startsWith("No new problems since the scan of"),
                 third.out.left(200).constData());
        QVERIFY(third.out.contains("No change."));
        QVERIFY(!third.out.contains("sbx_") && !third.err.contains("sbx_"));
        for (const QString &f : scans(dir)) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("sbx_")); // no token in the history
        }
    }

    // --metrics: Prometheus text exposition, parsed by prometheus_client's own parser
    // (Debian's python3-prometheus-client); its counts equal the JSON's.
    void metricsMatchJson()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString metrics = tmp.filePath(QStringLiteral("aibi_fleet.prom"));
        const Run run = cli({QStringLiteral("--sandbox"), QStringLiteral("--no-probe"),
                             QStringLiteral("--quiet"),
                             QStringLiteral("--json"), QStringLiteral("--sandbox-population"),
                             QStringLiteral("30"), QStringLiteral("--metrics"), metrics});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral(
                          "import json,sys\n"
                          "from prometheus_client.parser import text_string_to_metric_families\n"
                          "out={}\n"
                          "for f in text_string_to_metric_families(open(sys.argv[1]).read()):\n"
                          "  for s in f.samples:\n"
                          "    key=s.name+'|'+','.join(k+'='+v for k,v in sorted(s.labels.items()))\n"
                          "    out[key]=s.value\n"
                          "print(json.dumps(out))\n"),
                      metrics});
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject samples = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QVERIFY(!samples.isEmpty());
        int compared = 0;
        for (const QJsonValue &server : json.value(QLatin1String("servers")).toArray()) {
            const QString id = server[QLatin1String("id")].toString();
            const QJsonObject tokens = server[QLatin1String("tokenStatus")].toObject();
            for (auto it = tokens.begin(); it != tokens.end(); ++it) {
                const QString key = QStringLiteral("aibi_fleet_users|server=%1,token_status=%2")
                                        .arg(id, it.key());
                QVERIFY2(samples.contains(key), qPrintable(key));
                QCOMPARE(samples.value(key).toDouble(), it.value().toDouble());
                ++compared;
            }
            QCOMPARE(samples.value(QStringLiteral("aibi_fleet_users_proxied|server=%1").arg(id))
                         .toDouble(),
                     server[QLatin1String("proxiedUsers")].toDouble());
        }
        QVERIFY(compared >= 12);
        const int users = int(json.value(QLatin1String("users")).toArray().size());
        QCOMPARE(samples.value(QLatin1String("aibi_fleet_users_scanned|")).toDouble(), users);
        QCOMPARE(samples.value(QLatin1String("aibi_fleet_users_missing|")).toDouble(), 0.0);
        QCOMPARE(samples.value(QLatin1String("aibi_fleet_users_over_budget|")).toDouble(),
                 json.value(QLatin1String("usersOverBudget")).toDouble());
        QVERIFY(samples.value(QLatin1String("aibi_fleet_scan_timestamp_seconds|")).toDouble() >
                1.7e9);
        QVERIFY(samples.contains(QLatin1String("aibi_fleet_scan_duration_seconds|")));
        // Counts only, readable by node_exporter's own user.
        QCOMPARE(QFileInfo(metrics).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions(QFileDevice::ReadOther));
        // Only the renamed file is left: no temporary beside it.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{"aibi_fleet.prom"});
    }

    // The exposition format's escaping of label values (backslash, quote, newline).
    void labelEscaping()
    {
        QCOMPARE(FleetMetrics::escapeLabel(QStringLiteral("a\\b\"c\nd")),
                 QStringLiteral("a\\\\b\\\"c\\nd"));
    }

    // --keep removes only what this tool wrote: a scan file's name and kind both.
    void keepRemovesOnlyOurs()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("history"));
        QVERIFY(QDir().mkpath(dir));
        QFile notes(QDir(dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("mine");
        notes.close();
        // Named like a scan, but not a fleet snapshot: not ours.
        QFile foreign(QDir(dir).filePath(QStringLiteral("fleet-20200101T000000000Z.json")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("{\"kind\": \"something-else\"}");
        foreign.close();
        // A real fleet snapshot copied in by hand, named like a scan: not written here.
        const QString copied = QDir(dir).filePath(QStringLiteral("fleet-20200102T000000000Z.json"));
        QVERIFY(QFile::copy(QStringLiteral(AIBI_FIXTURES "/fleet/population-12x3.json"), copied));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({QStringLiteral("--sandbox"), QStringLiteral("--no-probe"),
                          QStringLiteral("--quiet"),
                          QStringLiteral("--history"), dir, QStringLiteral("--keep"),
                          QStringLiteral("2")})
                         .exitCode,
                     0);
        const QStringList left = scans(dir);
        QCOMPARE(left.size(), 2); // our newest two, each with its summary
        for (const QString &f : left)
            QVERIFY(QFile::exists(FleetHistory::summaryPathFor(f)));
        QVERIFY(QFile::exists(foreign.fileName()));
        QVERIFY(QFile::exists(copied));
        QVERIFY(QFile::exists(notes.fileName()));
    }

    // A partial scan is saved as partial and the next one is compared only on the users
    // it reached: u03, not reached then, brings no "new" problem now.
    void partialScanInTheHistory()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("history"));
        QFile full(QStringLiteral(AIBI_FIXTURES "/fleet/population-12x3.json"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(full.readAll()).object();
        QJsonArray users = doc.value(QLatin1String("users")).toArray();
        QJsonObject u03 = users.at(2).toObject();
        u03.remove(QStringLiteral("tokens"));
        u03.insert(QStringLiteral("missing"), QStringLiteral("not scanned: the scan was cancelled"));
        users[2] = u03;
        QJsonObject partialDoc = doc;
        partialDoc.insert(QStringLiteral("users"), users);
        const QString partial = tmp.filePath(QStringLiteral("partial.json"));
        QFile out(partial);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // "kind" first, as the tool writes it (FleetSnapshot::isFleetFile reads the head).
        partialDoc.remove(QStringLiteral("kind"));
        QByteArray bytes = QJsonDocument(partialDoc).toJson();
        bytes.insert(int(bytes.indexOf("{\n")) + 2, "    \"kind\": \"aibridge-inspector-fleet\",\n");
        out.write(bytes);
        out.close();
        const Run first =
            cli({QStringLiteral("--snapshot"), partial, QStringLiteral("--quiet"),
                 QStringLiteral("--history"), dir});
        QCOMPARE(first.exitCode, 1); // partial: the result says so
        const QList<FleetSummary> saved = FleetHistory(dir).summaries();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().partial);
        QCOMPARE(saved.first().missing, 1);
        const Run second = cli({QStringLiteral("--snapshot"),
                                QStringLiteral(AIBI_FIXTURES "/fleet/population-12x3.json"),
                                QStringLiteral("--quiet"), QStringLiteral("--history"), dir,
                                QStringLiteral("--fail-on"), QStringLiteral("new-problems")});
        QVERIFY2(second.exitCode == 0, second.out.left(400).constData());
        QVERIFY(second.out.startsWith("No new problems since the scan of"));
        QVERIFY(second.out.contains("partial"));
        QVERIFY(second.out.contains("u03: not scanned then, not compared"));
    }

    // Bad watch options are clear errors (exit 2).
    void badOptions()
    {
        Run run = cli({QStringLiteral("--sandbox"), QStringLiteral("--fail-on"),
                       QStringLiteral("new-problems")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("needs --history"));
        QTemporaryDir tmp;
        run = cli({QStringLiteral("--sandbox"), QStringLiteral("--history"), tmp.path(),
                   QStringLiteral("--fail-on"), QStringLiteral("anything")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("new-problems"));
        const QString file = tmp.filePath(QStringLiteral("plain"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        run = cli({QStringLiteral("--sandbox"), QStringLiteral("--history"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("not a folder"));
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
