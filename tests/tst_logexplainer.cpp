// SPDX-License-Identifier: Apache-2.0
#include "observe/LogExplainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// coderd's log lines about AI Bridge's MCP setup, each explained by the decision it
// reports. The expected step and source of every row come from the upstream line that
// logs it (named in the row); lines nobody knows stay unknown.
class TestLogExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mixedLog_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("sourceHas");
        QTest::addColumn<QString>("explanationHas");
        // mcp.go: m.logger.Debug(ctx, "skipping Coder MCP server proxy: no session key …")
        QTest::newRow("delegated: no Coder server") << 1 << true << "addCoderServer"
                                                    << "coder"
                                                    << "coderd/aibridged/mcp.go"
                                                    << "delegated";
        // mcp.go: m.logger.Warn(ctx, "failed to retrieve access token(s)", server_ids, err)
        QTest::newRow("token batch past 10 s (JSON)") << 2 << true << "fetchTokens"
                                                      << "[\"github\",\"jira\"]"
                                                      << "coderd/aibridged/mcp.go"
                                                      << "context deadline exceeded";
        // mcp.go: m.logger.Debug(ctx, "failed to get access token", mcp_server_id, error)
        QTest::newRow("token error string") << 3 << true << "addExternalServer"
                                            << "jira"
                                            << "coderd/aibridged/mcp.go"
                                            << "re-link";
        // mcp.go: m.logger.Warn(ctx, "no access token found", mcp_server_id)
        QTest::newRow("no token") << 4 << true << "addExternalServer"
                                  << "slack"
                                  << "coderd/aibridged/mcp.go"
                                  << "neither a token nor an error";
        // mcp.go newStreamableHTTPServerProxy: return nil, ErrCompileRegex
        QTest::newRow("regex drop") << 5 << true << "buildProxy"
                                    << "notion"
                                    << "ErrCompileRegex"
                                    << "does not compile";
        // pool.go: p.logger.Warn(ctx, "failed to initialize MCP server proxier(s)", err);
        // proxy_streamable_http.go (mcp-go era): "MCP version negotiation failed; …"
        QTest::newRow("init: version refused (JSON)") << 7 << true << "init"
                                                      << ""
                                                      << "coderd/aibridged/pool.go"
                                                      << "2025-11-25";
        // tool.go FilterAllowedTools: logger.Warn(…, "tool filtering conflict; …", name),
        // its logger p.logger.Named("tool-filterer") (proxy_streamable_http.go) under the
        // proxy's "mcp-server-proxy-<id>" (mcp.go): the server comes from the name.
        QTest::newRow("deny wins") << 8 << true << "filterTools"
                                   << "github"
                                   << "aibridge/mcp/tool.go"
                                   << "`create_gist`";
        // aibridgedserver: s.logger.Warn(ctx, "invalid/expired access token, cannot …")
        QTest::newRow("coderd's token check") << 9 << true << "tokenCheck"
                                              << "jira"
                                              << "coderd/aibridgedserver"
                                              << "does not refresh";
        QTest::newRow("another coderd line") << 10 << false << ""
                                             << ""
                                             << ""
                                             << "";
        QTest::newRow("not a log line") << 11 << false << ""
                                        << ""
                                        << ""
                                        << "";
        // externalauth ConvertConfig: "compile MCP tool allow regex for external auth provider %q"
        QTest::newRow("start-up refused") << 12 << true << "startup"
                                          << ""
                                          << "coderd/externalauth"
                                          << "refuses to start";
        // pool.go: p.logger.Warn(ctx, "failed to create MCP server proxiers", err)
        QTest::newRow("build failed") << 13 << true << "fetchConfigs"
                                      << ""
                                      << "coderd/aibridged/pool.go"
                                      << "no injected tools";
        // proxy_streamable_http.go (go-sdk era): "duplicate tool ID after sanitization; …"
        QTest::newRow("shadowed tool") << 14 << true << "fetchTools"
                                       << "jira"
                                       << "proxy_streamable_http.go"
                                       << "`get.issue`";
    }
    void mixedLog()
    {
        QFETCH(int, line);
        QFETCH(bool, known);
        QFETCH(QString, step);
        QFETCH(QString, server);
        QFETCH(QString, sourceHas);
        QFETCH(QString, explanationHas);
        QFile file(QStringLiteral(AIBI_FIXTURES "/logs/mixed.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<LogExplanation> all = LogExplainer::explain(QString::fromUtf8(file.readAll()));
        QCOMPARE(all.size(), 13); // 14 lines; the blank one is not a log line
        const auto it = std::find_if(all.begin(), all.end(),
                                     [line](const LogExplanation &e) { return e.line == line; });
        QVERIFY(it != all.end());
        QCOMPARE(it->known, known);
        if (!known) {
            QVERIFY(it->explanation.isEmpty()); // never a guessed explanation
            return;
        }
        QCOMPARE(it->step, step);
        QCOMPARE(it->server, server);
        QVERIFY2(it->source.contains(sourceHas), qPrintable(it->source));
        QVERIFY2(it->explanation.contains(explanationHas) || it->action.contains(explanationHas),
                 qPrintable(it->explanation + QLatin1String(" / ") + it->action));
    }

    // Issue 17 item 4: records as cdr.dev/slog v3.1.0 writes them (tests/slog-oracle, each
    // record an upstream call site at v2.35.1). A record and its continuation lines are
    // one row; a multi-line error's causes reach the explanation.
    void slogSinks_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("viaStdin");
        QTest::newRow("human") << "human" << false;
        QTest::newRow("human, stdin") << "human" << true;
        QTest::newRow("json") << "json" << false;
    }
    void slogSinks()
    {
        QFETCH(QString, format);
        QFETCH(bool, viaStdin);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
        const QString log = dir.filePath(QStringLiteral("coderd.log"));
        QProcess oracle;
        oracle.setStandardOutputFile(log);
        oracle.start(QStringLiteral(AIBI_SLOG_ORACLE),
                     {QStringLiteral("--format"), format, QStringLiteral("--manifest"), manifest});
        QVERIFY(oracle.waitForFinished(30000));
        QCOMPARE(oracle.exitCode(), 0);
        QFile m(manifest);
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QJsonArray want = QJsonDocument::fromJson(m.readAll()).array();
        QVERIFY(want.size() >= 8);

        QProcess cli;
        if (viaStdin)
            cli.setStandardInputFile(log);
        cli.start(QStringLiteral(AIBI_CLI),
                  {QStringLiteral("explain-log"), viaStdin ? QStringLiteral("-") : log,
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), want.size()); // no continuation line is a row of its own
        int previous = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QJsonObject w = want.at(i).toObject();
            const QString what =
                QStringLiteral("record %1: %2")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
            QVERIFY2(row.value("line").toInt() > previous, qPrintable(what));
            previous = row.value("line").toInt() + row.value("lines").toInt() - 1;
            const QString step = w.value("step").toString();
            QCOMPARE(row.value("known").toBool(), !step.isEmpty());
            if (step.isEmpty())
                continue;
            QVERIFY2(row.value("step").toString() == step, qPrintable(what));
            QVERIFY2(row.value("server").toString() == w.value("server").toString(),
                     qPrintable(what));
            const QString has = w.value("has").toString();
            QVERIFY2(row.value("explanation").toString().contains(has) ||
                         row.value("action").toString().contains(has),
                     qPrintable(what + QStringLiteral(" lacks ") + has));
        }
    }

    // Issue 18 item 2: hostile input costs bounded memory and time. Outside the sanitizer
    // build the CLI runs under a 512 MiB address-space limit (prlimit), which the old
    // read-it-all code passed (4 MB of short lines took 2 GB).
    void boundedInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("/dev/zero: endless") << "zero" << 2 << "without ending: stopped";
        QTest::newRow("4 MB of short lines") << "short" << 0 << "the first 5000 are shown";
        QTest::newRow("a 1 MiB line") << "long" << 0 << "only their start was read";
    }
    void boundedInput()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        QTemporaryDir dir;
        QString input = QStringLiteral("/dev/zero");
        if (kind != QLatin1String("zero")) {
            input = dir.filePath(QStringLiteral("in.log"));
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("short")) {
                const QByteArray line("x\n");
                f.write(line.repeated(2 * 1024 * 1024));
            } else {
                f.write("2026-11-25 10:00:00.000 [warn]  coderd.aibridged: no auth key provided  "
                        "path=");
                f.write(QByteArray(1024 * 1024, 'a'));
                f.write("\n");
            }
        }
        QProcess cli;
        QStringList args{QStringLiteral(AIBI_CLI), QStringLiteral("explain-log"), input,
                         QStringLiteral("--json")};
        QString program = QStringLiteral("prlimit");
        if (AIBI_SANITIZED) // ASan reserves terabytes of address space: no limit there
            program = args.takeFirst();
        else
            args.prepend(QStringLiteral("--as=536870912"));
        cli.start(program, args);
        QVERIFY(cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit, qPrintable(err));
        QCOMPARE(cli.exitCode(), exitCode);
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
        if (kind == QLatin1String("long")) {
            const QJsonArray rows = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).toObject().value("step").toString(), QStringLiteral("auth"));
        }
    }

    void cliJson()
    {
        QProcess process;
        process.start(QStringLiteral(AIBI_CLI),
                      {QStringLiteral("explain-log"),
                       QStringLiteral(AIBI_FIXTURES "/logs/mixed.log"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 13);
        int known = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains("line") && o.contains("known"));
            if (o.value("known").toBool()) {
                ++known;
                QVERIFY(!o.value("step").toString().isEmpty());
                QVERIFY(!o.value("explanation").toString().isEmpty());
            } else {
                QVERIFY(!o.contains("explanation"));
            }
        }
        QCOMPARE(known, 11);
    }
};

QTEST_GUILESS_MAIN(TestLogExplainer)
#include "tst_logexplainer.moc"
