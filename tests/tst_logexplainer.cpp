// SPDX-License-Identifier: Apache-2.0
#include "observe/LogExplainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
        // tool.go FilterAllowedTools: logger.Warn(…, "tool filtering conflict; …", name)
        QTest::newRow("deny wins") << 8 << true << "filterTools"
                                   << ""
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
