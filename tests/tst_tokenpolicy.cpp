// SPDX-License-Identifier: Apache-2.0
#include "resolve/Resolver.h"
#include "secrets/TokenPolicy.h"
#include "source/SnapshotSource.h"

#include <QSignalSpy>
#include <QTest>

// Where tokens may travel (issue 11, items 1 and 2): parsing what the admin types,
// plain http, and the session token kept to the deployment's origin.
class TestTokenPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");   // "" when refused
        QTest::addColumn<QString>("error"); // part of the message
        // QUrl::fromUserInput("coder.example.com") gives http://: the bug this fixes.
        QTest::newRow("bare host becomes https") << "coder.example.com"
                                                 << "https://coder.example.com"
                                                 << "";
        QTest::newRow("bare host and port") << "coder.example.com:8443/"
                                            << "https://coder.example.com:8443/"
                                            << "";
        QTest::newRow("explicit http kept (refused later, with a flag to allow)")
            << "http://coder.example.com"
            << "http://coder.example.com"
            << "";
        QTest::newRow("scheme is case-insensitive") << "HTTPS://Coder.Example.com"
                                                    << "https://coder.example.com"
                                                    << "";
        QTest::newRow("user info refused") << "https://admin:hunter2@coder.example.com"
                                           << ""
                                           << "user name or password";
        QTest::newRow("ftp refused") << "ftp://coder.example.com"
                                     << ""
                                     << "not an http(s) URL";
        QTest::newRow("empty") << "  "
                               << ""
                               << "no deployment URL";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << "not a valid URL";
    }
    void parseUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QFETCH(QString, error);
        QString message;
        const QUrl parsed = TokenPolicy::parseUrl(text, &message);
        QCOMPARE(parsed.toString(), url);
        if (error.isEmpty())
            QCOMPARE(message, QString());
        else
            QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("hunter2")));
    }

    void plainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<bool>("refused");
        QTest::newRow("https") << "https://coder.example.com" << false << false;
        QTest::newRow("http to another machine") << "http://coder.example.com" << false << true;
        QTest::newRow("http allowed explicitly") << "http://coder.example.com" << true << false;
        QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:3000/mcp" << false << false;
        QTest::newRow("http to 127.5.5.5") << "http://127.5.5.5/" << false << false;
        QTest::newRow("http to localhost") << "http://localhost:3000" << false << false;
        QTest::newRow("http to [::1]") << "http://[::1]:3000" << false << false;
        QTest::newRow("http to 10.0.0.1") << "http://10.0.0.1" << false << true;
        QTest::newRow("http to localhost.evil.com") << "http://localhost.evil.com" << false << true;
    }
    void plainHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowHttp);
        QFETCH(bool, refused);
        const QString refusal = TokenPolicy::plainHttpRefusal(QUrl(url), allowHttp);
        QCOMPARE(!refusal.isEmpty(), refused);
        if (refused)
            QVERIFY2(refusal.contains(QLatin1String("--allow-http")), qPrintable(refusal));
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("default port") << "https://c.example.com/api/experimental/mcp/http"
                                      << "https://c.example.com:443" << true;
        QTest::newRow("host case") << "https://C.example.com/x"
                                   << "https://c.example.com" << true;
        QTest::newRow("other port") << "https://c.example.com:8443"
                                    << "https://c.example.com" << false;
        QTest::newRow("other scheme") << "http://c.example.com"
                                      << "https://c.example.com" << false;
        QTest::newRow("subdomain") << "https://mcp.c.example.com"
                                   << "https://c.example.com" << false;
    }
    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(TokenPolicy::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    // The resolver attaches the admin's session key to the Coder MCP server only when
    // its URL has the deployment's origin, or one the admin trusts.
    void coderServerToken_data()
    {
        QTest::addColumn<QString>("coderUrl");
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<bool>("sent");
        QTest::newRow("same origin")
            << "https://coder.example.com/api/experimental/mcp/http" << QStringList() << true;
        QTest::newRow("access_url elsewhere")
            << "https://evil.example.net/api/experimental/mcp/http" << QStringList() << false;
        QTest::newRow("access_url elsewhere, trusted")
            << "https://mcp.example.net/api/experimental/mcp/http"
            << QStringList{QStringLiteral("https://mcp.example.net")} << true;
        QTest::newRow("same host, http")
            << "http://coder.example.com/api/experimental/mcp/http" << QStringList() << false;
    }
    void coderServerToken()
    {
        QFETCH(QString, coderUrl);
        QFETCH(QStringList, trusted);
        QFETCH(bool, sent);
        Snapshot snapshot;
        ServerConfigsResponse configs;
        configs.coderMcpConfig = McpServerConfig{QStringLiteral("coder"), coderUrl, {}, {}};
        snapshot.configs.response = configs;
        SnapshotSource source(snapshot);
        Resolver resolver(&source);
        QSignalSpy spy(&resolver, &Resolver::resolved);
        ResolveRequest request{QStringLiteral("u1"), QStringLiteral("alice"), true,
                               Secret(QStringLiteral("admin-session-token"))};
        request.deploymentUrl = QUrl(QStringLiteral("https://coder.example.com"));
        for (const QString &t : trusted)
            request.trustedOrigins << QUrl(t);
        resolver.resolve(request);
        QVERIFY(spy.wait(5000));
        const Resolution r = spy.at(0).at(0).value<Resolution>();
        QCOMPARE(r.servers.size(), 1);
        const ResolvedServer &coder = r.servers.first();
        // The factory's decision does not change: only where the probe's token goes.
        QCOMPARE(coder.outcome, ResolvedServer::Outcome::Proxied);
        QCOMPARE(!coder.bearerToken.isEmpty(), sent);
        QCOMPARE(coder.tokenWithheld.isEmpty(), sent);
        if (!sent)
            QVERIFY(coder.tokenWithheld.contains(QLatin1String("--trust-origin")));
    }
};

QTEST_GUILESS_MAIN(TestTokenPolicy)
#include "tst_tokenpolicy.moc"
