// SPDX-License-Identifier: Apache-2.0
#include "ResolveHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

Q_DECLARE_METATYPE(Resolution)

namespace {
// A configurator that never answers, to drive the 10 s context timeouts.
class StallingSource : public Source
{
public:
    bool answerConfigs = false;
    void fetchConfigs(const QString &, ConfigsCallback done) override
    {
        if (answerConfigs) {
            ServerConfigsResponse response;
            response.externalAuthMcpConfigs << McpServerConfig{"github", "http://gh", "", ""};
            QTimer::singleShot(0, this, [done, response] { done({response, {}}); });
        }
    }
    void fetchAccessTokens(const QString &, const QStringList &, TokensCallback) override {}
    QString displayName() const override { return QStringLiteral("stalling"); }
};

// Hands the callbacks to the test, which answers when it chooses.
class ManualSource : public Source
{
public:
    QList<ConfigsCallback> pending;
    void fetchConfigs(const QString &, ConfigsCallback done) override { pending << done; }
    void fetchAccessTokens(const QString &, const QStringList &, TokensCallback) override {}
    QString displayName() const override { return QStringLiteral("manual"); }
};

// The table rows live in a data file: JSON snapshots read better there than as
// escaped C++ strings.
QJsonArray rows(const QString &table)
{
    QFile file(QStringLiteral(AIBI_FIXTURES "/resolver-rows.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open resolver-rows.json");
    return QJsonDocument::fromJson(file.readAll()).object().value(table).toArray();
}
} // namespace

// Every branch of MCPProxyFactory.Build (coderd/aibridged/mcp.go), one row each.
class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Resolution>(); }

    void branches_data()
    {
        QTest::addColumn<QByteArray>("snapshot");
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("traceHas");
        QTest::addColumn<int>("warnings");
        for (const QJsonValue &row : rows(QStringLiteral("branches"))) {
            QStringList traceHas;
            for (const QJsonValue &line : row[QLatin1String("traceHas")].toArray())
                traceHas << line.toString();
            QTest::newRow(qPrintable(row[QLatin1String("name")].toString()))
                << QJsonDocument(row[QLatin1String("snapshot")].toObject()).toJson()
                << row[QLatin1String("servers")].toString()
                << row[QLatin1String("error")].toString() << traceHas
                << row[QLatin1String("warnings")].toInt();
        }
    }

    void branches()
    {
        QFETCH(QByteArray, snapshot);
        QFETCH(QString, servers);
        QFETCH(QString, error);
        QFETCH(QStringList, traceHas);
        QFETCH(int, warnings);

        const Resolution resolution = resolveSnapshotJson(snapshot);
        QCOMPARE(compactServers(resolution), servers);
        QCOMPARE(resolution.error, error);
        const QString trace = traceText(resolution);
        for (const QString &line : traceHas)
            QVERIFY2(trace.contains(line),
                     qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(line, trace)));
        QCOMPARE(resolution.warnings.size(), warnings);
    }

    void coderServerRegisteredAsCoderWhateverItsId()
    {
        const Resolution r = resolveSnapshotJson(
            "{\"configs\": {\"coderMcpConfig\": {\"id\": \"internal\", \"url\": \"u\"}}}");
        QCOMPARE(r.servers.size(), 1);
        QCOMPARE(r.servers.at(0).registeredId, QStringLiteral("coder"));
        QCOMPARE(r.servers.at(0).kind, ResolvedServer::Kind::Coder);
    }

    void tokensKeptForProbingButNeverInTrace()
    {
        const Resolution r = resolveSnapshotJson(
            R"({"configs": {"externalAuthMcpConfigs": [{"id": "gh", "url": "u"}]}, "tokens": {"accessTokens": {"gh": "planted-token-1234"}}})");
        QCOMPARE(r.servers.at(0).bearerToken.reveal(), QStringLiteral("planted-token-1234"));
        QVERIFY(!traceText(r).contains(QStringLiteral("planted-token-1234")));
    }

    void configsTimeoutAborts()
    {
        StallingSource source;
        Resolver resolver(&source);
        resolver.setCallTimeout(std::chrono::milliseconds(50));
        QSignalSpy spy(&resolver, &Resolver::resolved);
        resolver.resolve({QStringLiteral("u1"), {}, true, {}});
        QVERIFY(spy.wait(5000));
        QCOMPARE(
            spy.at(0).at(0).value<Resolution>().error,
            QStringLiteral("resolve configs: get MCP server configs: context deadline exceeded"));
    }

    void tokensTimeoutIsNotFatal()
    {
        StallingSource source;
        source.answerConfigs = true;
        Resolver resolver(&source);
        resolver.setCallTimeout(std::chrono::milliseconds(50));
        QSignalSpy spy(&resolver, &Resolver::resolved);
        resolver.resolve({QStringLiteral("u1"), {}, true, {}});
        QVERIFY(spy.wait(5000));
        const auto r = spy.at(0).at(0).value<Resolution>();
        QVERIFY(!r.failed());
        QCOMPARE(compactServers(r), QStringLiteral("github:dropped/no-token/unknown"));
        QVERIFY(traceText(r).contains(
            QStringLiteral("failed to retrieve access token(s): context deadline exceeded")));
    }

    void lateAnswerOfAnAbandonedResolveIsIgnored()
    {
        ManualSource source;
        Resolver resolver(&source);
        QSignalSpy spy(&resolver, &Resolver::resolved);
        resolver.resolve({QStringLiteral("first"), {}, true, {}});
        resolver.resolve({QStringLiteral("second"), {}, true, {}});
        QCOMPARE(source.pending.size(), 2);
        source.pending.at(1)({ServerConfigsResponse{}, {}});
        QCOMPARE(spy.count(), 1);
        source.pending.at(0)({std::nullopt, QStringLiteral("late failure")});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Resolution>().userId, QStringLiteral("second"));
        QVERIFY(!spy.at(0).at(0).value<Resolution>().failed());
    }

    void tools_data()
    {
        QTest::addColumn<QByteArray>("snapshot");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("tools");
        QTest::addColumn<int>("injected");
        QTest::addColumn<QString>("warningHas");
        for (const QJsonValue &row : rows(QStringLiteral("tools"))) {
            QTest::newRow(qPrintable(row[QLatin1String("name")].toString()))
                << QJsonDocument(row[QLatin1String("snapshot")].toObject()).toJson()
                << row[QLatin1String("server")].toString() << row[QLatin1String("tools")].toString()
                << row[QLatin1String("injected")].toInt()
                << row[QLatin1String("warningHas")].toString();
        }
    }

    void tools()
    {
        QFETCH(QByteArray, snapshot);
        QFETCH(QString, server);
        QFETCH(QString, tools);
        QFETCH(int, injected);
        QFETCH(QString, warningHas);
        const Resolution r = resolveSnapshotJson(snapshot);
        const ResolvedServer *s = r.server(server);
        QVERIFY(s);
        QVERIFY(s->toolsKnown);
        if (!tools.isEmpty())
            QCOMPARE(compactTools(*s), tools);
        QCOMPARE(r.injectedToolCount, injected);
        const QString warnings = r.allWarnings().join(QLatin1Char('\n'));
        if (warningHas.isEmpty())
            QVERIFY2(r.toolWarnings.isEmpty(), qPrintable(warnings));
        else
            QVERIFY2(warnings.contains(warningHas), qPrintable(warnings));
    }

    void refreshAfterRegexEdit()
    {
        Resolution r = resolveSnapshotJson(
            R"({"configs": {"externalAuthMcpConfigs": [{"id": "github", "url": "u"}]}, "tokens": {"accessTokens": {"github": "t"}}, "tools": {"github": [{"name": "create_gist"}, {"name": "get_me"}]}})");
        QCOMPARE(r.injectedToolCount, 2);
        r.servers[0].filter = RegexFilter({}, QStringLiteral("create"));
        ToolInventory::refresh(r);
        QCOMPARE(r.injectedToolCount, 1);
        QCOMPARE(compactTools(r.servers.at(0)),
                 QStringLiteral("create_gist=denied get_me=injected"));
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
