// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "RawHttpServer.h"
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// Runs the built CLI on the snapshot fixtures and compares its JSON with the expected
// files (regenerate them with AIBI_UPDATE_EXPECTED=1 after a deliberate change).
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, const QByteArray &stdinData = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AIBI_CLI), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
    static constexpr const char *SessionSecret = "tstCliSessionSecret0123456789";
    static constexpr const char *GatewaySecret = "tstCliGatewaySecret9876543210";

    static QString fixture(const QString &name)
    {
        return QStringLiteral(AIBI_FIXTURES "/%1").arg(name);
    }

private Q_SLOTS:
    // Issue 17 item 2: who can use AI Bridge, from the entitlements. Unlicensed or switched
    // off, coderd refuses every external client (RequireFeatureMW) and the tool does not ask
    // /ai-gateway/serve; chats keep the in-process bridge when the config enables it
    // (cli/server.go, v2.35.1).
    void aiGatewayState_data()
    {
        QTest::addColumn<QString>("sandbox");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QJsonValue>("chats");
        QTest::addColumn<bool>("viaGateway");
        QTest::newRow("enabled") << "enabled"
                                 << "enabled" << false << QJsonValue(true) << true;
        QTest::newRow("switched off") << "disabled"
                                      << "disabled" << true << QJsonValue(false) << false;
        QTest::newRow("not licensed") << "not-licensed"
                                      << "not-licensed" << true << QJsonValue(true) << false;
    }
    void aiGatewayState()
    {
        QFETCH(QString, sandbox);
        QFETCH(QString, state);
        QFETCH(bool, refused);
        QFETCH(QJsonValue, chats);
        QFETCH(bool, viaGateway);
        const QStringList args{"resolve", "--sandbox", "--sandbox-ai-gateway",
                               sandbox,   "--user",    "alice"};
        const Run json = run(args + QStringList{"--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        const QJsonObject gateway = root.value("aiGateway").toObject();
        QCOMPARE(gateway.value("state").toString(), state);
        QCOMPARE(gateway.value("externalClientsRefused").toBool(), refused);
        QCOMPARE(gateway.value("agentsChatsBridge"), chats);
        QCOMPARE(root.value("source").toObject().value("name").toString().contains("AI Gateway"),
                 viaGateway);
        const Run text = run(args);
        QCOMPARE(text.exitCode, 0);
        // Said first, before any server, when external clients are refused.
        const qsizetype warning = text.out.indexOf("!! AI Gateway:");
        QCOMPARE(warning >= 0, refused);
        if (refused) {
            QVERIFY(warning < text.out.indexOf("User: alice"));
            QVERIFY(text.out.contains("External clients (Claude Code, Cursor"));
        }
    }

    // Issue 17 item 2: an Agents chat sends chatd's placeholder key, which aibridged takes
    // as the session key (coderd/aibridged/http.go), so the Coder MCP server is proxied
    // (mcp.go: SessionKey != "") and refuses it (the sandbox's Coder server, like coderd's,
    // takes only real session tokens).
    void agentsChatTriesTheCoderServer()
    {
        const Run r =
            run({"resolve", "--sandbox", "--user", "alice", "--chat", "--probe", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("caller").toString(), QStringLiteral("agents-chat"));
        const QJsonObject coder = root.value("servers").toArray().at(0).toObject();
        QCOMPARE(coder.value("id").toString(), QStringLiteral("coder"));
        QCOMPARE(coder.value("outcome").toString(), QStringLiteral("proxied"));
        QVERIFY2(coder.value("toolsError").toString().contains("401"),
                 qPrintable(QString::fromUtf8(r.out.left(3000))));
        QCOMPARE(run({"resolve", "--sandbox", "--user", "alice", "--chat", "--delegated"}).exitCode,
                 2);
    }

    // Each row's decisions are written by hand from coderd/aibridged/mcp.go
    // (MCPProxyFactory.Build and newStreamableHTTPServerProxy), the branch named in
    // `because`; the expected/ files then pin the whole JSON around them.
    void resolveSnapshot_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("servers"); // id:outcome/reason/tokenStatus per server
        QTest::addColumn<QString>("because");
        QTest::newRow("healthy user")
            << "healthy" << 0 << "coder:proxied//not-needed github:proxied//ok jira:proxied//ok"
            << "Build: the Coder proxy uses the session key; every external config with a "
               "token gets a proxy under its id";
        QTest::newRow("delegated request")
            << "delegated" << 0 << "coder:dropped/no-session-key/not-needed jira:proxied//ok"
            << "Build: no session key -> \"skipping Coder MCP server proxy: no session key\"";
        QTest::newRow("configs call fails")
            << "configs-error" << 1 << ""
            << "Build: GetMCPServerConfigs error -> \"get MCP server configs\" ends the build";
        QTest::newRow("token error, missing token, linked")
            << "token-errors" << 0
            << "coder:proxied//not-needed github:dropped/token-error/error "
               "jira:dropped/no-token/missing slack:proxied//ok"
            << "Build: errors[id] -> skipped (debug); no access_tokens[id] -> \"no access "
               "token found\"";
        QTest::newRow("not linked at all")
            << "not-linked" << 0
            << "coder:proxied//not-needed github:dropped/no-token/missing "
               "jira:dropped/no-token/missing"
            << "Build: no tokens at all -> return the proxies built so far";
        QTest::newRow("token call fails")
            << "tokens-failed" << 0 << "coder:proxied//not-needed jira:dropped/no-token/unknown"
            << "Build: batch error -> \"failed to retrieve access token(s)\", not fatal";
        QTest::newRow("look-ahead deny regex")
            << "regex-dropped" << 0 << "github:dropped/regex-compile/ok jira:proxied//ok"
            << "newStreamableHTTPServerProxy: the deny regex fails to compile -> \"compile "
               "tool regex\", after the token check";
        QTest::newRow("external id coder replaces Coder")
            << "replaced" << 0 << "coder:dropped/replaced/not-needed coder:proxied//ok"
            << "Build: proxies[id] = proxy: an external id \"coder\" overwrites "
               "InternalMCPServerID";
        QTest::newRow("nil config")
            << "empty-config" << 0 << ":dropped/empty-config/ok jira:proxied//ok"
            << "newStreamableHTTPServerProxy: cfg == nil -> \"empty config given\"";
        QTest::newRow("over the 128-tool budget")
            << "over-budget" << 0 << "coder:proxied//not-needed big:proxied//ok"
            << "Build proxies both; the 128-tool limit is the provider's, not the factory's";
    }
    void resolveSnapshot()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, servers);
        QFETCH(QString, because);
        const Run r =
            run({QStringLiteral("resolve"), QStringLiteral("--snapshot"),
                 fixture(QStringLiteral("snapshots/%1.json").arg(name)), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        QJsonParseError parseError;
        const QJsonDocument actual = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
        QStringList compact;
        for (const QJsonValue &s : actual.object().value(QLatin1String("servers")).toArray())
            compact << s[QLatin1String("id")].toString() + QLatin1Char(':') +
                           s[QLatin1String("outcome")].toString() + QLatin1Char('/') +
                           s[QLatin1String("reason")].toString() + QLatin1Char('/') +
                           s[QLatin1String("tokenStatus")].toString();
        QVERIFY2(compact.join(QLatin1Char(' ')) == servers,
                 qPrintable(compact.join(QLatin1Char(' ')) + QStringLiteral(" — expected from ") +
                            because));
        QVERIFY2(!r.out.contains("planted"), "a token reached the output");

        const QString expectedPath = fixture(QStringLiteral("expected/%1.json").arg(name));
        if (qEnvironmentVariableIsSet("AIBI_UPDATE_EXPECTED")) {
            // Rewriting is not testing: read the diff before committing it.
            QDir().mkpath(fixture(QStringLiteral("expected")));
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toJson(QJsonDocument::Indented));
            QSKIP("expected file rewritten: review it with git diff");
        }
        QFile expectedFile(expectedPath);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QJsonDocument expected = QJsonDocument::fromJson(expectedFile.readAll());
        QCOMPARE(actual.toJson(QJsonDocument::Indented), expected.toJson(QJsonDocument::Indented));
    }

    void resolveTextOutput()
    {
        const Run r = run({QStringLiteral("resolve"), QStringLiteral("--snapshot"),
                           fixture(QStringLiteral("snapshots/regex-dropped.json"))});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("dropped (regex-compile)")), r.out.constData());
        QVERIFY(text.contains(
            QStringLiteral("deny regex `^(?!get_|list_).*`: invalid perl operator: (?!")));
        QVERIFY(
            text.contains(QStringLiteral("failed to create MCP server proxy: compile tool regex")));
    }

    void overBudgetWarns()
    {
        const Run r =
            run({QStringLiteral("resolve"), QStringLiteral("--snapshot"),
                 fixture(QStringLiteral("snapshots/over-budget.json")), QStringLiteral("--json")});
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("injectedToolCount")).toInt(), 131);
        QVERIFY(root.value(QLatin1String("warnings"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("more than the 128")));
    }

    // Tool ids per era, from Coder's own examples (aibridge/mcp/tool_test.go: org.server +
    // ns.action -> bmcp_org_server_ns_action); before v2.35 (era A) nothing was sanitised.
    void idsPerEra_data()
    {
        QTest::addColumn<QString>("era");
        QTest::addColumn<QString>("injectedName");
        QTest::newRow("era A: raw") << "A"
                                    << "bmcp_org.server_ns.action";
        QTest::newRow("era B: sanitised") << "B"
                                          << "bmcp_org_server_ns_action";
        QTest::newRow("era C: sanitised") << "C"
                                          << "bmcp_org_server_ns_action";
    }
    void idsPerEra()
    {
        QFETCH(QString, era);
        QFETCH(QString, injectedName);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("era.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject snapshot{
            {"user", QJsonObject{{"id", "u"}, {"username", "u"}}},
            {"coderEra", era},
            {"configs",
             QJsonObject{{"externalAuthMcpConfigs",
                          QJsonArray{QJsonObject{{"id", "org.server"}, {"url", "https://m"}}}}}},
            {"tokens", QJsonObject{{"accessTokens", QJsonObject{{"org.server", "t"}}}}},
            {"tools", QJsonObject{{"org.server", QJsonArray{QJsonObject{{"name", "ns.action"}}}}}}};
        file.write(QJsonDocument(snapshot).toJson());
        file.close();
        const Run r = run({QStringLiteral("resolve"), QStringLiteral("--snapshot"), path,
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("coderEra").toObject().value("era").toString(), era);
        QCOMPARE(root.value("servers")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("tools")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("injectedName")
                     .toString(),
                 injectedName);
    }

    // The provider's limit counts the client's own tools too (coder-clients.md).
    void clientToolsCountTowardsTheLimit()
    {
        const Run r =
            run({QStringLiteral("resolve"), QStringLiteral("--snapshot"),
                 fixture(QStringLiteral("snapshots/healthy.json")), QStringLiteral("--json"),
                 QStringLiteral("--client-tools"), QStringLiteral("125")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("injectedToolCount").toInt(), 6);
        const QString warnings =
            QString::fromUtf8(QJsonDocument(root.value("warnings").toArray()).toJson());
        QVERIFY2(warnings.contains(QLatin1String("6 tools are injected and the client sends 125 of "
                                                 "its own: 131")),
                 qPrintable(warnings));
        const Run under =
            run({QStringLiteral("resolve"), QStringLiteral("--snapshot"),
                 fixture(QStringLiteral("snapshots/healthy.json")), QStringLiteral("--json"),
                 QStringLiteral("--client-tools"), QStringLiteral("122")});
        QVERIFY(!under.out.contains("the client sends"));
    }

    // Issue 11 item 11: a server whose user count never ends is paged 50 times, not for
    // ever.
    // Issue 18 item 2: a 25 MB tools/list answer (500 000 tools) once cost 471 MB; now its
    // tools are parsed one by one and their schemas kept as text. Outside the sanitizer
    // build the probe runs under a 384 MiB address-space limit.
    void hugeToolListIsBounded()
    {
        RawHttpServer server;
        QByteArray tools;
        tools.reserve(30 * 1024 * 1024);
        for (int i = 0; i < 500000; ++i)
            tools += (i ? ",{\"name\":\"t" : "{\"name\":\"t") + QByteArray::number(i) +
                     "\",\"inputSchema\":{\"type\":\"object\"}}";
        server.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            const QJsonObject m = QJsonDocument::fromJson(req.body).object();
            if (req.method == "DELETE" || !m.contains("id")) {
                r->respond(202, {}, {});
                return;
            }
            const QByteArray id = QByteArray::number(m.value("id").toInt());
            if (m.value("method").toString() == QLatin1String("initialize")) {
                r->respond(
                    200, "application/json",
                    "{\"jsonrpc\":\"2.0\",\"id\":" + id +
                        ",\"result\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":"
                        "{\"tools\":{}},\"serverInfo\":{\"name\":\"huge\",\"version\":\"1\"}}}");
                return;
            }
            r->respond(200, "application/json",
                       "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"tools\":[" + tools +
                           "]}}");
        });
        QVERIFY(server.listen());
        QStringList args{QStringLiteral(AIBI_CLI), QStringLiteral("probe"), server.url().toString(),
                         QStringLiteral("--timeout"), QStringLiteral("60")};
        QString program = QStringLiteral("prlimit");
        if (AIBI_SANITIZED) // ASan reserves terabytes of address space: no limit there
            program = args.takeFirst();
        else
            args.prepend(QStringLiteral("--as=402653184"));
        QProcess process;
        process.start(program, args);
        // The server answers from this thread: keep the event loop turning.
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        QVERIFY(out.contains("Tools (500000):"));
        QVERIFY(out.contains("t499999"));
    }

    // Issue 18 item 2: Ctrl-C while a secret is typed (echo off) leaves the terminal as
    // it was. A real pty (script(1)): the prompt, then ^C, then the terminal's state.
    void ctrlCRestoresEcho()
    {
        QProcess process;
        // sh ignores SIGINT so that stty still runs after the CLI died of it.
        const QString command =
            QStringLiteral("trap '' INT; '%1' login --url https://127.0.0.1:9; stty -a")
                .arg(QStringLiteral(AIBI_CLI));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CODER_SESSION_TOKEN"));
        env.remove(QStringLiteral("CODER_URL"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray seen;
        QVERIFY(QTest::qWaitFor(
            [&] {
                seen += process.readAllStandardOutput();
                return seen.contains("Session token for");
            },
            20000));
        process.write("\x03");
        QVERIFY(process.waitForFinished(20000));
        seen += process.readAllStandardOutput();
        const QByteArray tail = seen.mid(seen.indexOf("Session token for"));
        QVERIFY2(tail.contains(" echo ") && !tail.contains(" -echo "), tail.constData());
    }

    void userSearchPagingIsBounded()
    {
        RawHttpServer coder;
        int userPages = 0;
        coder.setHandler([&](const RawHttpRequest &req, RawHttpResponder *r) {
            const QString path = req.path();
            if (path == QLatin1String("/api/v2/buildinfo")) {
                r->respond(200, "application/json", R"({"version": "v2.36.0"})");
            } else if (path == QLatin1String("/api/v2/users/me")) {
                r->respond(200, "application/json",
                           R"({"id": "a", "username": "admin", "roles": [{"name": "owner"}]})");
            } else if (path == QLatin1String("/api/v2/users")) {
                ++userPages;
                QJsonArray users;
                for (int i = 0; i < 100; ++i)
                    users << QJsonObject{{"id", QStringLiteral("id-%1-%2").arg(userPages).arg(i)},
                                         {"username", QStringLiteral("someone%1").arg(i)}};
                r->respond(200, "application/json",
                           QJsonDocument(QJsonObject{{"users", users}, {"count", 1000000000}})
                               .toJson(QJsonDocument::Compact));
            } else {
                r->respond(404, "application/json", R"({"message": "Route not found."})");
            }
        });
        QVERIFY(coder.listen());
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CODER_URL"), coder.url(QString()).toString());
        env.insert(QStringLiteral("CODER_SESSION_TOKEN"), QStringLiteral("owner-token-123456789"));
        env.remove(QStringLiteral("CODER_AI_GATEWAY_KEY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AIBI_CLI),
                      {QStringLiteral("resolve"), QStringLiteral("--url"),
                       coder.url(QString()).toString(), QStringLiteral("--user"),
                       QStringLiteral("mallory"), QStringLiteral("--no-gateway")});
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains("in the first 5000 matches"), err.constData());
        QCOMPARE(userPages, 50);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fileContent"); // written to a temp file passed as {file}
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("missing file") << QStringList{"resolve", "--snapshot", "/nonexistent/s.json"}
                                      << QByteArray() << 2 << "/nonexistent/s.json: cannot open";
        QTest::newRow("invalid JSON names line and column")
            << QStringList{"resolve", "--snapshot", "{file}"}
            << QByteArray("{\n \"configs\": {,}\n}") << 2 << "invalid JSON at line 2, column 15";
        QTest::newRow("wrong type names the field")
            << QStringList{"resolve", "--snapshot", "{file}"}
            << QByteArray(R"({"configs": {"coderMcpConfig": {"url": []}}})") << 2
            << "configs.coderMcpConfig.url: expected a string, got an array";
        QTest::newRow("resolve without a source")
            << QStringList{"resolve"} << QByteArray() << 2
            << "no source: give --snapshot FILE, --sandbox, or --url URL";
        QTest::newRow("resolve on the sandbox without --user")
            << QStringList{"resolve", "--sandbox"} << QByteArray() << 2
            << "resolve needs --user NAME or ID";
        QTest::newRow("a user that does not exist")
            << QStringList{"resolve", "--sandbox", "--user", "mallory"} << QByteArray() << 2
            << "no user named or with id 'mallory'";
        QTest::newRow("two sources")
            << QStringList{"resolve", "--sandbox", "--snapshot", "x.json"} << QByteArray() << 2
            << "choose one of --snapshot, --sandbox and --url";
        QTest::newRow("not an http URL")
            << QStringList{"resolve", "--url", "ftp://x", "--user", "a"} << QByteArray() << 2
            << "not an http(s) URL: ftp://x";
        QTest::newRow("an era that does not exist")
            << QStringList{"resolve", "--snapshot", "{file}", "--coder-era", "D"}
            << QByteArray(R"({"configs": {}})") << 2 << "--coder-era takes A, B or C, not 'D'";
        QTest::newRow("a snapshot's era that does not exist")
            << QStringList{"resolve", "--snapshot", "{file}"}
            << QByteArray(R"({"configs": {}, "coderEra": "Z"})") << 2
            << "coderEra: must be \"A\", \"B\" or \"C\"";
        QTest::newRow("--client-tools not a number")
            << QStringList{"resolve", "--snapshot", "{file}", "--client-tools", "many"}
            << QByteArray(R"({"configs": {}})") << 2 << "--client-tools needs a whole number";
        QTest::newRow("--delegated and --byok")
            << QStringList{"resolve", "--snapshot", "{file}", "--delegated", "--byok"}
            << QByteArray(R"({"configs": {}})") << 2
            << "choose one of --delegated, --byok and --chat";
        QTest::newRow("unknown option")
            << QStringList{"resolve", "--bogus"} << QByteArray() << 2 << "Unknown option 'bogus'";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << QByteArray() << 2 << "unknown command 'frobnicate'";
        QTest::newRow("invalid allow regex")
            << QStringList{"filter", "--allow", "(?=x)", "a"} << QByteArray() << 2
            << "invalid allow regex `(?=x)`: invalid perl operator: (?=";
        QTest::newRow("invalid deny regex")
            << QStringList{"filter", "--deny", "a++", "a"} << QByteArray() << 2
            << "invalid deny regex `a++`: bad repetition operator: ++";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        if (!fileContent.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileContent);
        }
        arguments.replaceInStrings(QStringLiteral("{file}"), path);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one clear line
    }

    // Issue 24: --env-file holds the unattended run's secrets, so it is refused unless it
    // is a regular file of the user running the program, mode 0600, like ssh's keys.
    // Every row's file holds both secrets; neither may be printed, whatever the error.
    void envFileRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("kind"); // file, symlink, directory, other-owner, missing
        QTest::addColumn<QString>("stderrHas");
        const QByteArray good = "CODER_URL=http://127.0.0.1:1\n"
                                "CODER_SESSION_TOKEN=" +
                                QByteArray(SessionSecret) + "\nCODER_AI_GATEWAY_KEY='" +
                                QByteArray(GatewaySecret) + "'\n";
        QTest::newRow("mode 0644 names the mode") << good << 0644 << "file"
                                                  << "env.txt: mode 0644, must be 0600";
        QTest::newRow("group-readable 0640") << good << 0640 << "file"
                                             << "env.txt: mode 0640, must be 0600";
        QTest::newRow("others-writable 0602") << good << 0602 << "file"
                                              << "env.txt: mode 0602, must be 0600";
        QTest::newRow("another user's file") << good << 0600 << "other-owner"
                                             << "owned by nobody (uid 65534), not by";
        QTest::newRow("a symlink to a good file") << good << 0600 << "symlink"
                                                  << "is a symbolic link: give the env file itself";
        QTest::newRow("a directory") << good << 0700 << "directory"
                                     << "not a regular file";
        QTest::newRow("missing") << good << 0600 << "missing"
                                 << "cannot read the env file: No such file or directory";
        QTest::newRow("unknown key names key and line")
            << "# the watch\n\nCODER_URL=http://127.0.0.1:1\nCODER_SESSION_TOKEN=" +
                   QByteArray(SessionSecret) + "\nCODER_INSECURE=true\n"
            << 0600 << "file"
            << "env.txt: line 5: unknown key CODER_INSECURE";
        QTest::newRow("a pasted token is not a key, and not echoed")
            << "CODER_URL=http://127.0.0.1:1\n" + QByteArray(SessionSecret) + "==\n"
            << 0600 << "file"
            << "line 2: not KEY=VALUE (no variable name before '=')";
        QTest::newRow("a line without '='")
            << "CODER_URL=http://127.0.0.1:1\n" + QByteArray(GatewaySecret) + "\n"
            << 0600 << "file"
            << "line 2: not KEY=VALUE";
        QTest::newRow("a key set twice")
            << "CODER_SESSION_TOKEN=" + QByteArray(SessionSecret) +
                   "\nCODER_SESSION_TOKEN=" + QByteArray(GatewaySecret) + "\n"
            << 0600 << "file"
            << "line 2: CODER_SESSION_TOKEN is set again (first on line 1)";
        QTest::newRow("a key in lower case")
            << "coder_session_token=" + QByteArray(SessionSecret) + "\n"
            << 0600 << "file"
            << "line 1: write the key as CODER_SESSION_TOKEN";
        QTest::newRow("export is shell")
            << "export CODER_SESSION_TOKEN=" + QByteArray(SessionSecret) + "\n"
            << 0600 << "file"
            << "line 1: no `export`";
        QTest::newRow("an unclosed quote")
            << "CODER_SESSION_TOKEN=\"" + QByteArray(SessionSecret) + "\n"
            << 0600 << "file"
            << "line 1: CODER_SESSION_TOKEN: the quote that opens the value does not close it";
        QTest::newRow("an empty value") << QByteArray("CODER_URL=\"\"\n") << 0600 << "file"
                                        << "line 1: CODER_URL is empty";
        QTest::newRow("only comments")
            << QByteArray("# CODER_URL=x\n\n") << 0600 << "file"
            << "sets none of CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY";
    }
    void envFileRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, kind);
        QFETCH(QString, stderrHas);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("target.txt"));
        const QString path = dir.filePath(QStringLiteral("env.txt"));
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkdir(path));
        } else if (kind != QLatin1String("missing")) {
            const QString written = kind == QLatin1String("symlink") ? target : path;
            QFile file(written);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
            file.close();
            QCOMPARE(::chmod(QFile::encodeName(written).constData(), mode_t(mode)), 0);
            if (kind == QLatin1String("symlink"))
                QVERIFY(QFile::link(target, path));
        }
        QString owned = path;
        if (kind == QLatin1String("other-owner")) {
            // The suite runs as root in CI: the file is given away. Anyone else cannot
            // give a file away, so another user's file is one of root's instead.
            if (::geteuid() == 0) {
                QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
            } else {
                owned = QStringLiteral("/etc/passwd");
                stderrHas = QStringLiteral("/etc/passwd: owned by root (uid 0), not by");
            }
        }
        const Run r = run({QStringLiteral("users"), QStringLiteral("--env-file"), owned});
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one clear line
        QVERIFY(r.out.isEmpty());
        for (const char *secret : {SessionSecret, GatewaySecret}) {
            QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), qPrintable(err));
        }
    }

    // Issue 24: a good file's CODER_URL is the one used, over the environment's (the
    // unit names the file explicitly), with its token; the error names the URL, never a
    // secret. Quotes, comments, blank lines and CRLF line ends as editors leave them.
    void envFileWinsOverTheEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("fleet.env"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# the watch's deployment\r\n\r\nCODER_URL='http://127.0.0.1:1'\r\n"
                   "  CODER_SESSION_TOKEN = \"" +
                   QByteArray(SessionSecret) + "\"\r\nCODER_AI_GATEWAY_KEY=" + GatewaySecret +
                   "\r\n");
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CODER_URL"), QStringLiteral("https://coder.example.invalid"));
        env.insert(QStringLiteral("CODER_SESSION_TOKEN"), QStringLiteral("env-token-not-used"));
        const Run r = run({QStringLiteral("fleet"), QStringLiteral("--env-file"), path,
                           QStringLiteral("--quiet")},
                          {}, env);
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(r.exitCode, 1); // the deployment could not be asked
        QVERIFY2(err.contains(QLatin1String("http://127.0.0.1:1")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("coder.example.invalid")), qPrintable(err));
        for (const char *secret : {SessionSecret, GatewaySecret, "env-token-not-used"}) {
            QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), qPrintable(err));
        }
    }

    void filterNamesFromArgumentsAndStdin()
    {
        const QStringList args{QStringLiteral("filter"),        QStringLiteral("--allow"),
                               QStringLiteral("(.+_gist.*)"),   QStringLiteral("--deny"),
                               QStringLiteral("(create_gist)"), QStringLiteral("--server"),
                               QStringLiteral("github"),        QStringLiteral("--json")};
        const Run fromArgs =
            run(args + QStringList{QStringLiteral("create_gist"), QStringLiteral("update_gist"),
                                   QStringLiteral("get_me")});
        const Run fromStdin = run(args, "create_gist\nupdate_gist  get_me\n");
        QCOMPARE(fromArgs.exitCode, 0);
        QCOMPARE(fromArgs.out, fromStdin.out);
        const QJsonArray tools =
            QJsonDocument::fromJson(fromArgs.out).object().value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools.at(0)[QLatin1String("verdict")].toString(), QStringLiteral("denied"));
        QCOMPARE(tools.at(1)[QLatin1String("verdict")].toString(), QStringLiteral("injected"));
        QCOMPARE(tools.at(1)[QLatin1String("injectedName")].toString(),
                 QStringLiteral("bmcp_github_update_gist"));
        QCOMPARE(tools.at(2)[QLatin1String("verdict")].toString(), QStringLiteral("not-allowed"));
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("resolve") && help.out.contains("filter"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("aibridge-inspector-cli " AIBI_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
