// SPDX-License-Identifier: Apache-2.0
#include "gateway/GatewaySource.h"
#include "mcp/ProbeRunner.h"
#include "resolve/ResolutionJson.h"
#include "resolve/ResolutionText.h"
#include "ResolveHelpers.h"
#include "SandboxDeployment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(Resolution)

// Secret hygiene: the sandbox plants a unique token per user and server plus the
// admin's session token; nothing the tool prints, writes or traces may contain one.
class TestSecrets : public QObject
{
    Q_OBJECT
    SandboxDeployment m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_outputs; // name -> text, every output collected

    QString leaks(const QByteArray &text) const
    {
        for (const Secret &s : m_sandbox.allTokens()) {
            if (!s.isEmpty() && text.contains(s.reveal().toUtf8()))
                return s.reveal().left(12) + QStringLiteral("…");
        }
        return {};
    }
    QByteArray cli(const QStringList &arguments, const QByteArray &tokenVar = {},
                   const QMap<QString, QString> &overrides = {}, int *exitCode = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CODER_URL"), m_sandbox.url().toString());
        env.insert(QStringLiteral("CODER_SESSION_TOKEN"), m_sandbox.adminToken().reveal());
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            env.insert(it.key(), it.value());
        if (!tokenVar.isEmpty())
            env.insert(QStringLiteral("AIBI_TEST_TOKEN"), QString::fromUtf8(tokenVar));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AIBI_CLI), arguments);
        // The sandbox lives in this process: keep its event loop turning meanwhile.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
        }
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput() + process.readAllStandardError();
    }
    // How many requests to the sandbox's Coder MCP server carried the admin's token.
    int coderRequestsWithAdminToken()
    {
        int count = 0;
        const QByteArray bearer = "Bearer " + m_sandbox.adminToken().reveal().toUtf8();
        for (const RawHttpRequest &r :
             m_sandbox.mcpServer(QStringLiteral("coder"))->http().requests())
            count += r.header("authorization") == bearer ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Resolution>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.allTokens().size() > 40);
    }

    void cliOutputsAndSnapshots_data()
    {
        QTest::addColumn<QString>("user");
        for (const SandboxUser &u : m_sandbox.scenario().users)
            QTest::newRow(qPrintable(u.user.username)) << u.user.username;
        QTest::newRow("admin") << "admin";
    }
    void cliOutputsAndSnapshots()
    {
        QFETCH(QString, user);
        const QString url = m_sandbox.url().toString();
        const QString snapshot = m_dir.filePath(user + QStringLiteral(".json"));
        const QStringList base{QStringLiteral("resolve"), QStringLiteral("--url"), url,
                               QStringLiteral("--user"), user};
        const QByteArray rest = cli(base + QStringList{QStringLiteral("--probe")});
        // With the gateway key: the users' own OAuth tokens come back and probe.
        const QMap<QString, QString> key{
            {QStringLiteral("CODER_AI_GATEWAY_KEY"), m_sandbox.gatewayKey().reveal()}};
        const QByteArray json =
            cli(base + QStringList{QStringLiteral("--probe"), QStringLiteral("--json"),
                                   QStringLiteral("--save-snapshot"), snapshot},
                {}, key);
        const QByteArray text = cli(base + QStringList{QStringLiteral("--probe")}, {}, key);
        QFile file(snapshot);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(json)));
        const QByteArray saved = file.readAll();
        QVERIFY2(json.contains("\"servers\""), json.constData());
        QVERIFY2(text.contains("SERVER") && text.contains("using the AI Gateway"),
                 text.constData());
        for (const auto &[name, output] :
             {std::pair{"REST text", rest}, {"JSON", json}, {"text", text}, {"snapshot", saved}})
            QVERIFY2(
                leaks(output).isEmpty(),
                qPrintable(QStringLiteral("%1 leaks %2").arg(QLatin1String(name), leaks(output))));
        // The saved snapshot replays offline to the same servers.
        const QByteArray replay = cli({QStringLiteral("resolve"), QStringLiteral("--snapshot"),
                                       snapshot, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(replay).object().value("servers").toArray().size(),
                 QJsonDocument::fromJson(json).object().value("servers").toArray().size());
        QVERIFY(leaks(replay).isEmpty());
    }

    // Issue 11 item 1: the sandbox's Coder MCP server listens on a port of its own, so
    // over REST (--url) its origin is not the deployment's and the session token stays.
    void sessionTokenStaysAtItsOrigin()
    {
        SandboxMcpServer *coder = m_sandbox.mcpServer(QStringLiteral("coder"));
        coder->http().clearRequests();
        const QStringList base{QStringLiteral("resolve"),  QStringLiteral("--url"),
                               m_sandbox.url().toString(), QStringLiteral("--user"),
                               QStringLiteral("alice"),    QStringLiteral("--probe"),
                               QStringLiteral("--json")};
        const QJsonObject withheld = QJsonDocument::fromJson(cli(base)).object();
        const QJsonObject coderServer = withheld.value("servers").toArray().at(0).toObject();
        QCOMPARE(coderServer.value("id").toString(), QStringLiteral("coder"));
        QVERIFY2(coderServer.value("tokenWithheld").toString().contains("--trust-origin"),
                 QJsonDocument(coderServer).toJson().constData());
        QVERIFY(!coder->http().requests().isEmpty()); // probed, without the token
        QCOMPARE(coderRequestsWithAdminToken(), 0);

        coder->http().clearRequests();
        const QJsonObject trusted =
            QJsonDocument::fromJson(
                cli(base + QStringList{QStringLiteral("--trust-origin"), coder->url().toString()}))
                .object();
        QVERIFY(!trusted.value("servers").toArray().at(0).toObject().contains("tokenWithheld"));
        QVERIFY(coderRequestsWithAdminToken() > 0);
        QCOMPARE(trusted.value("connection").toObject().value("trustedOrigins").toArray().size(),
                 1);
    }

    // Issue 11 item 3: CODER_SESSION_TOKEN belongs to CODER_URL only.
    void environmentTokenOnlyForItsUrl_data()
    {
        QTest::addColumn<QString>("coderUrl");
        QTest::newRow("CODER_URL unset") << QString();
        QTest::newRow("CODER_URL elsewhere") << "https://coder.example.com";
    }
    void environmentTokenOnlyForItsUrl()
    {
        QFETCH(QString, coderUrl);
        int exitCode = -1;
        const QByteArray out =
            cli({QStringLiteral("resolve"), QStringLiteral("--url"), m_sandbox.url().toString(),
                 QStringLiteral("--user"), QStringLiteral("alice")},
                {}, {{QStringLiteral("CODER_URL"), coderUrl}}, &exitCode);
        QVERIFY2(exitCode != 0, out.constData());
        QVERIFY2(out.contains("CODER_SESSION_TOKEN"), out.constData());
        QVERIFY(!out.contains("\"servers\""));
        QVERIFY(leaks(out).isEmpty());
    }

    // Issue 11 item 2: no token in clear text to another machine, refused before any
    // connection (exit 2 names the flag); bare hosts become https.
    void plainHttpRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("resolve") << QStringList{QStringLiteral("resolve"), QStringLiteral("--url"),
                                                QStringLiteral("http://coder.example.com"),
                                                QStringLiteral("--user"), QStringLiteral("alice")};
        QTest::newRow("login") << QStringList{QStringLiteral("login"), QStringLiteral("--url"),
                                              QStringLiteral("http://coder.example.com")};
        QTest::newRow("probe with a token")
            << QStringList{QStringLiteral("probe"), QStringLiteral("http://mcp.example.com/mcp"),
                           QStringLiteral("--token-env"), QStringLiteral("AIBI_TEST_TOKEN")};
    }
    void plainHttpRefusedBeforeConnecting()
    {
        QFETCH(QStringList, arguments);
        int exitCode = -1;
        const QByteArray out = cli(
            arguments, "some-token",
            {{QStringLiteral("CODER_URL"), QStringLiteral("http://coder.example.com")}}, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(out.contains("--allow-http"), out.constData());
    }

    // Issue 11 items 4 and 9: --insecure-probes is its own flag and is recorded;
    // a timeout of nan or 1e10 is refused.
    void relaxedChecksAreRecorded()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("insecure.json"));
        const QByteArray json =
            cli({QStringLiteral("resolve"), QStringLiteral("--sandbox"), QStringLiteral("--user"),
                 QStringLiteral("alice"), QStringLiteral("--insecure-probes"),
                 QStringLiteral("--json"), QStringLiteral("--save-snapshot"), snapshot});
        const QJsonObject connection =
            QJsonDocument::fromJson(json).object().value("connection").toObject();
        QCOMPARE(connection.value("insecureProbes").toBool(), true);
        QCOMPARE(connection.value("insecure").toBool(), false);
        const QByteArray replay =
            cli({QStringLiteral("resolve"), QStringLiteral("--snapshot"), snapshot});
        QVERIFY2(replay.contains("Relaxed checks: any TLS certificate accepted from MCP servers"),
                 replay.constData());
        for (const QString &bad : {QStringLiteral("nan"), QStringLiteral("1e10"),
                                   QStringLiteral("inf"), QStringLiteral("0")}) {
            int exitCode = -1;
            const QByteArray out =
                cli({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/mcp"),
                     QStringLiteral("--timeout"), bad},
                    {}, {}, &exitCode);
            QCOMPARE(exitCode, 2);
            QVERIFY2(out.contains("--timeout"), out.constData());
        }
    }

    // Issue 11 item 6: a server that echoes the token it was sent, with terminal escape
    // sequences, reaches the terminal masked and without control characters.
    void serverTextIsSanitised()
    {
        SandboxMcpServer *linear = m_sandbox.mcpServer(QStringLiteral("linear"));
        linear->setFault([](const RawHttpRequest &req, const QJsonObject &, RawHttpResponder *r) {
            r->respond(500, "text/plain",
                       "\x1b[2J\x1b[31mboom\r for " + req.header("authorization") + " \x07");
            return true;
        });
        const QByteArray token = "echo-me-token-0123456789abcdef";
        int exitCode = -1;
        const QByteArray out =
            cli({QStringLiteral("probe"), linear->url().toString(), QStringLiteral("--token-env"),
                 QStringLiteral("AIBI_TEST_TOKEN")},
                token, {}, &exitCode);
        linear->setFault({});
        QCOMPARE(exitCode, 1);
        QVERIFY2(out.contains("boom"), out.constData());
        QVERIFY2(!out.contains(token), out.constData());
        QVERIFY2(out.contains("••••••"), out.constData());
        for (const char c : {'\x1b', '\x07', '\r'})
            QVERIFY2(!out.contains(c), out.toHex().constData());
    }

    void probeCommandWithTokenFromEnvironment()
    {
        const QString alice = m_sandbox.scenario().user(QStringLiteral("alice"))->user.id;
        const Secret token = m_sandbox.accessToken(alice, QStringLiteral("github"));
        const QString url = m_sandbox.mcpServer(QStringLiteral("github"))->url().toString();
        const QByteArray good = cli({QStringLiteral("probe"), url, QStringLiteral("--token-env"),
                                     QStringLiteral("AIBI_TEST_TOKEN"), QStringLiteral("--json")},
                                    token.reveal().toUtf8());
        QVERIFY2(good.contains("update_gist"), good.constData());
        QVERIFY(leaks(good).isEmpty());
        const QByteArray rejected =
            cli({QStringLiteral("probe"),
                 m_sandbox.mcpServer(QStringLiteral("linear"))->url().toString(),
                 QStringLiteral("--token-env"), QStringLiteral("AIBI_TEST_TOKEN")},
                token.reveal().toUtf8());
        QVERIFY2(rejected.contains("token rejected (HTTP 401)"), rejected.constData());
        QVERIFY(leaks(rejected).isEmpty());
    }

    void tracesAndDebugOutput()
    {
        QNetworkAccessManager network;
        GatewaySource source(&network, m_sandbox.url(), m_sandbox.gatewayKey());
        for (const SandboxUser &u : m_sandbox.scenario().users) {
            Resolver resolver(&source);
            QSignalSpy resolved(&resolver, &Resolver::resolved);
            resolver.resolve({u.user.id, u.user.username, !u.delegated, m_sandbox.adminToken()});
            QVERIFY(resolved.wait(10000));
            ProbeRunner runner(&network);
            QSignalSpy finished(&runner, &ProbeRunner::finished);
            runner.probe(resolved.at(0).at(0).value<Resolution>());
            QVERIFY(finished.count() || finished.wait(20000));
            const Resolution r = finished.at(0).at(0).value<Resolution>();
            const QByteArray all = QJsonDocument(ResolutionJson::toJson(r)).toJson() +
                                   ResolutionText::render(r).toUtf8();
            QVERIFY2(leaks(all).isEmpty(), qPrintable(u.user.username));
            // The users' OAuth tokens are wiped once the probe used them.
            for (const ResolvedServer &s : r.servers)
                QVERIFY2(s.bearerToken.isEmpty(), qPrintable(s.id));
            QString debug;
            QDebug(&debug) << resolved.at(0).at(0).value<Resolution>().servers.value(1).bearerToken;
            QVERIFY2(leaks(debug.toUtf8()).isEmpty(), qPrintable(debug));
            QVERIFY(debug.contains(QStringLiteral("Secret(")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
