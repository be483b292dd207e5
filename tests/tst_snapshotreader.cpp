// SPDX-License-Identifier: Apache-2.0
#include "source/ProtoJson.h"
#include "source/SnapshotReader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

class TestSnapshotReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated string with line and column")
            << QByteArray("{\n  \"user\": {\"id\": \"u1\"},\n  \"configs\": "
                          "{\"externalAuthMcpConfigs\": [\"x]}\n}")
            << "in.json: invalid JSON at line 4, column 2: unterminated string";
        QTest::newRow("trailing comma")
            << QByteArray("{\"configs\": {},}")
            << "in.json: invalid JSON at line 1, column 17: object is missing after a comma";
        QTest::newRow("top level array")
            << QByteArray("[]") << "in.json: expected a JSON object at the top level";
        QTest::newRow("configs missing")
            << QByteArray("{\"user\": {}}") << "in.json: configs: missing";
        QTest::newRow("url is a number")
            << QByteArray(R"({"configs": {"externalAuthMcpConfigs": [{"id": "a", "url": 5}]}})")
            << "in.json: configs.externalAuthMcpConfigs[0].url: expected a string, got a number";
        QTest::newRow("configs list is an object")
            << QByteArray(R"({"configs": {"externalAuthMcpConfigs": {}}})")
            << "in.json: configs.externalAuthMcpConfigs: expected an array, got an object";
        QTest::newRow("sessionKey is a string")
            << QByteArray(R"({"sessionKey": "yes", "configs": {}})")
            << "in.json: sessionKey: expected true or false, got a string";
        QTest::newRow("token value is a number (value not echoed)")
            << QByteArray(R"({"configs": {}, "tokens": {"accessTokens": {"github": 12345}}})")
            << "in.json: tokens.accessTokens.github: expected a string, got a number";
        QTest::newRow("tools entry without name")
            << QByteArray(R"({"configs": {}, "tools": {"github": [{"description": "x"}]}})")
            << "in.json: tools.github[0].name: missing";
        QTest::newRow("user is a string") << QByteArray(R"({"user": "bob", "configs": {}})")
                                          << "in.json: user: expected an object, got a string";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!SnapshotReader::read(json, QStringLiteral("in.json"), &actual));
        QCOMPARE(actual, error);
    }

    void snakeCaseAndCamelCase()
    {
        const QByteArray json =
            R"({ "user": {"id": "u1", "username": "alice"}, "session_key": false, "configs": {"coder_mcp_config": {"id": "coder", "url": "http:c"}, "externalAuthMcpConfigs": [{"id": "gh", "tool_allow_regex": "a", "toolDenyRegex": "b"}, null]}, "tokens": {"access_tokens": {"gh": "t"}, "errors": {"x": "no MCP config found"}}, "tools": {"gh": [{"name": "n", "title": "T", "description": "d", "inputSchema": {"type": "object"}}]} })";
        QString error;
        const auto snapshot = SnapshotReader::read(json, QStringLiteral("in.json"), &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->username, QStringLiteral("alice"));
        QCOMPARE(snapshot->sessionKey, false);
        QVERIFY(snapshot->configs.response->coderMcpConfig.has_value());
        QCOMPARE(snapshot->configs.response->externalAuthMcpConfigs.size(), 2);
        QCOMPARE(snapshot->configs.response->externalAuthMcpConfigs.at(0)->toolAllowRegex,
                 QStringLiteral("a"));
        QCOMPARE(snapshot->configs.response->externalAuthMcpConfigs.at(0)->toolDenyRegex,
                 QStringLiteral("b"));
        QVERIFY(!snapshot->configs.response->externalAuthMcpConfigs.at(1).has_value());
        QCOMPARE(snapshot->tokens.response->accessTokens.value(QStringLiteral("gh")).reveal(),
                 QStringLiteral("t"));
        QCOMPARE(snapshot->tokens.response->errors.value(QStringLiteral("x")),
                 QStringLiteral("no MCP config found"));
        QCOMPARE(snapshot->tools.value(QStringLiteral("gh")).at(0).title, QStringLiteral("T"));
    }

    void writeRedactsTokensAndRoundTrips()
    {
        Snapshot snapshot;
        snapshot.userId = QStringLiteral("u1");
        snapshot.configs.response =
            ServerConfigsResponse{McpServerConfig{"coder", "http:c", "", ""}, {}};
        snapshot.tokens.response = AccessTokensResponse{
            {{QStringLiteral("gh"), Secret(QStringLiteral("s3cr3t-planted"))}}, {}};
        const QByteArray written = SnapshotReader::write(snapshot);
        QVERIFY(!written.contains("s3cr3t-planted"));
        QVERIFY(written.contains("<redacted>"));
        QString error;
        const auto back = SnapshotReader::read(written, QStringLiteral("w"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->configs.response->coderMcpConfig->url, QStringLiteral("http:c"));
        QVERIFY(back->tokens.response->accessTokens.contains(QStringLiteral("gh")));
    }

    // A fleet scan records each user's answer as text written without a JSON tree: Qt's
    // own parser must read it back as the tree ProtoJson writes, whatever the strings hold.
    void tokensTextEqualsTheJsonTree_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << "github"
                               << "expired or invalid OAuth2 token";
        QTest::newRow("quote and backslash") << "a\"b\\c"
                                             << "say \"no\" \\ twice";
        QTest::newRow("control characters") << QString::fromLatin1("x\x01\x1f\x7f")
                                            << QString::fromLatin1("line\nnext\ttab\r\x08\x0c");
        QTest::newRow("non-ASCII")
            << QStringLiteral("gitlab-\u00e9") << QStringLiteral("\u2713 \U0001F600 \u0000 nul");
        QTest::newRow("empty") << ""
                               << "";
    }

    void tokensTextEqualsTheJsonTree()
    {
        QFETCH(QString, id);
        QFETCH(QString, error);
        AccessTokensResponse response;
        response.accessTokens.insert(id, Secret(QStringLiteral("s3cr3t-planted")));
        response.accessTokens.insert(QStringLiteral("zz"), Secret(QStringLiteral("s3cr3t-two")));
        response.errors.insert(id + QLatin1Char('2'), error);
        response.errors.insert(QStringLiteral("other"),
                               QStringLiteral("no external auth link found"));
        const QByteArray text = ProtoJson::tokensResponseText(response);
        QVERIFY(!text.contains("s3cr3t"));
        // Qt's parser takes raw control characters; RFC 8259 (section 7) does not, nor jq.
        for (const char c : text)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20, text.constData());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        QVERIFY2(
            parseError.error == QJsonParseError::NoError,
            qPrintable(parseError.errorString() + QLatin1String(": ") + QString::fromUtf8(text)));
        QCOMPARE(doc.object(), ProtoJson::writeTokensResponse(response, false));
        // Nothing at all is an answer too.
        QCOMPARE(QJsonDocument::fromJson(ProtoJson::tokensResponseText({})).object(),
                 ProtoJson::writeTokensResponse({}, false));
    }

    void unreadableFile()
    {
        QString error;
        QVERIFY(!SnapshotReader::readFile(QStringLiteral("/nonexistent/x.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/x.json: cannot open")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReader)
#include "tst_snapshotreader.moc"
