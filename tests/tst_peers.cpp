// SPDX-License-Identifier: Apache-2.0
#include "mcp/McpClient.h"
#include "mcp/ProbeRunner.h"
#include "resolve/ToolInventory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(McpError)
Q_DECLARE_METATYPE(Resolution)

// Against real MCP servers from the npm registry, started by tests/peers/with-peers.sh:
// the reference "everything" server and the official SDK's server (token + paging,
// JSON + stateless). Asserts on tool names seen there, not on counts alone.
class TestPeers : public QObject
{
    Q_OBJECT

    static QString env(const char *name) { return qEnvironmentVariable(name); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<McpError>();
        qRegisterMetaType<QList<McpTool>>();
        qRegisterMetaType<Resolution>();
        if (env("AIBI_EVERYTHING_URL").isEmpty()) {
            // In CI a skipped peer test is a failed one.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("CI: the peers are not running (run through tests/peers/with-peers.sh)");
            QSKIP("run through tests/peers/with-peers.sh (ctest does)");
        }
    }

    void everythingServerThroughTheLibrary()
    {
        QNetworkAccessManager network;
        McpClient client(&network, QUrl(env("AIBI_EVERYTHING_URL")), {});
        QSignalSpy listed(&client, &McpClient::toolsListed);
        QSignalSpy failed(&client, &McpClient::failed);
        client.listTools();
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() + failed.count() == 1, 20000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<McpError>().toString()));
        QStringList names;
        for (const McpTool &t : listed.at(0).at(0).value<QList<McpTool>>())
            names << t.name;
        for (const char *expected : {"echo", "get-sum", "get-env", "get-tiny-image"})
            QVERIFY2(names.contains(QLatin1String(expected)),
                     qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(client.protocolVersion(), QStringLiteral("2025-11-25"));
        QCOMPARE(client.serverInfo().value("name").toString(),
                 QStringLiteral("mcp-servers/everything"));
        QVERIFY(client.sessionIssued());

        // tools/call on the same session, then DELETE it.
        QSignalSpy called(&client, &McpClient::toolCalled);
        client.callTool(QStringLiteral("get-sum"), QJsonObject{{"a", 2}, {"b", 3}});
        QTRY_VERIFY_WITH_TIMEOUT(called.count() + failed.count() == 1, 20000);
        QVERIFY(failed.isEmpty());
        const QString text =
            QString::fromUtf8(QJsonDocument(called.at(0).at(0).toJsonObject()).toJson());
        // The everything server's get-sum answers with a sentence naming the sum.
        QVERIFY2(text.contains(QLatin1String("The sum of 2 and 3 is 5.")), qPrintable(text));
        QSignalSpy closed(&client, &McpClient::closed);
        client.close();
        QVERIFY(closed.count() == 1 || closed.wait(10000));
        QVERIFY(!client.hasSession());
    }

    void everythingServerThroughTheCli()
    {
        QProcess cli;
        cli.start(QStringLiteral(AIBI_CLI),
                  {QStringLiteral("probe"), env("AIBI_EVERYTHING_URL"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QStringList names;
        for (const QJsonValue &t : root.value("tools").toArray())
            names << t.toObject().value("name").toString();
        QVERIFY2(names.contains(QStringLiteral("echo")) &&
                     names.contains(QStringLiteral("get-sum")),
                 qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(root.value("protocolVersion").toString(), QStringLiteral("2025-11-25"));
        QCOMPARE(root.value("session").toBool(), true);
    }

    void sdkServerTokenAndPaging()
    {
        QVERIFY2(!env("AIBI_SDK_TOKEN_URL").isEmpty(),
                 "tests/peers/mcp-test-server.mjs did not start (run through with-peers.sh)");
        QNetworkAccessManager network;
        {
            McpClient wrong(&network, QUrl(env("AIBI_SDK_TOKEN_URL")),
                            Secret(QStringLiteral("not-the-token")));
            QSignalSpy failed(&wrong, &McpClient::failed);
            wrong.listTools();
            QVERIFY(failed.wait(20000));
            const McpError e = failed.at(0).at(0).value<McpError>();
            QCOMPARE(e.kind, McpError::Kind::Unauthorized);
            QCOMPARE(e.wwwAuthenticate.value("error"), QStringLiteral("invalid_token"));
            QVERIFY(e.wwwAuthenticate.value("resource_metadata")
                        .endsWith(QLatin1String("/.well-known/oauth-protected-resource/mcp")));
        }
        McpClient client(&network, QUrl(env("AIBI_SDK_TOKEN_URL")), Secret(env("AIBI_SDK_TOKEN")));
        QSignalSpy listed(&client, &McpClient::toolsListed);
        QSignalSpy failed(&client, &McpClient::failed);
        QList<int> pages;
        connect(&client, &McpClient::phaseChanged, this,
                [&pages](McpClient::Phase phase, int page) {
                    if (phase == McpClient::Phase::ListTools)
                        pages << page;
                });
        client.listTools();
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() + failed.count() == 1, 20000);
        QVERIFY(failed.isEmpty());
        QStringList names;
        for (const McpTool &t : listed.at(0).at(0).value<QList<McpTool>>())
            names << t.name;
        QCOMPARE(names.join(QLatin1Char(' ')),
                 QStringLiteral("echo tool_0 tool_1 tool_2 tool_3 tool_4"));
        QCOMPARE(pages, (QList<int>{1, 2, 3}));
    }

    void probeRunnerAllAtOnceWithFilters()
    {
        Resolution resolution;
        const auto add = [&](const QString &id, const QString &url, const QString &allow,
                             const QString &deny, const QString &token) {
            ResolvedServer s;
            s.id = s.registeredId = id;
            s.url = url;
            s.outcome = ResolvedServer::Outcome::Proxied;
            s.filter = RegexFilter(allow, deny);
            s.bearerToken = Secret(token);
            resolution.servers << s;
        };
        add(QStringLiteral("everything"), env("AIBI_EVERYTHING_URL"), QStringLiteral("^get-"),
            QStringLiteral("env"), {});
        const bool sdk = !env("AIBI_SDK_JSON_URL").isEmpty();
        if (sdk)
            add(QStringLiteral("sdk"), env("AIBI_SDK_JSON_URL"), {}, QStringLiteral("^tool_1$"),
                {});
        QNetworkAccessManager network;
        ProbeRunner runner(&network);
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.probe(resolution);
        QVERIFY(finished.wait(30000));
        const Resolution probed = finished.at(0).at(0).value<Resolution>();
        const ResolvedServer &everything = probed.servers.at(0);
        QVERIFY2(everything.toolsKnown, qPrintable(everything.toolsError));
        QHash<QString, QString> verdicts;
        for (const ResolvedTool &t : everything.tools)
            verdicts.insert(t.name, toolVerdictName(t.verdict));
        QCOMPARE(verdicts.value("get-sum"), QStringLiteral("injected"));
        QCOMPARE(verdicts.value("get-env"), QStringLiteral("denied"));
        QCOMPARE(verdicts.value("echo"), QStringLiteral("not-allowed"));
        QVERIFY(probed.injectedToolCount >= 4);
        if (sdk) {
            QStringList sdkTools;
            for (const ResolvedTool &t : probed.servers.at(1).tools)
                sdkTools << t.name + QLatin1Char('=') + toolVerdictName(t.verdict);
            QCOMPARE(sdkTools.join(QLatin1Char(' ')),
                     QStringLiteral("echo=injected tool_0=injected tool_1=denied tool_2=injected"));
            QCOMPARE(probed.servers.at(1).tools.at(0).injectedName,
                     QStringLiteral("bmcp_sdk_echo"));
        }
        QCOMPARE(runner.states().at(0).stage, ProbeState::Stage::Done);
    }
};

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
