// SPDX-License-Identifier: Apache-2.0
#include "secrets/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

// roundTrip needs a secret service: ctest runs it inside with-keyring.sh (a private,
// throw-away one), never against the developer's. noSecretServiceIsReportedNotHung
// runs on a bus that does not exist: the store must say so quickly, never hang, never
// fall back to plain text. Neither skips.
class TestTokenStore : public QObject
{
    Q_OBJECT

    static TokenStore::Result wait(std::function<void(TokenStore::Callback)> call)
    {
        TokenStore::Result result;
        bool done = false;
        call([&](const TokenStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = QStringLiteral("test: no answer");
        return result;
    }

private Q_SLOTS:
    void serviceName_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("service");
        QTest::newRow("trailing slash") << "https://coder.example.com/"
                                        << "aibridge-inspector:https://coder.example.com";
        QTest::newRow("host case and credentials")
            << "https://me:pw@Coder.Example.com:8443/base/?x=1"
            << "aibridge-inspector:https://coder.example.com:8443/base";
    }
    void serviceName()
    {
        QFETCH(QString, url);
        QFETCH(QString, service);
        QCOMPARE(TokenStore::serviceName(QUrl(url)), service);
    }

    void roundTrip()
    {
        TokenStore store;
        const QUrl deployment(QStringLiteral("https://roundtrip.example"));
        const Secret token(QStringLiteral("planted-keychain-token-5b1e"));
        const auto written = wait([&](auto done) { store.write(deployment, token, done); });
        QVERIFY2(
            written.status == TokenStore::Status::Ok,
            qPrintable(QStringLiteral("the private keyring is unavailable: ") + written.error));
        const auto read = wait([&](auto done) { store.read(deployment, done); });
        QCOMPARE(read.status, TokenStore::Status::Ok);
        QCOMPARE(read.token, token);
        const auto other = wait(
            [&](auto done) { store.read(QUrl(QStringLiteral("https://other.example")), done); });
        QCOMPARE(other.status, TokenStore::Status::NotFound);
        const auto removed = wait([&](auto done) { store.remove(deployment, done); });
        QCOMPARE(removed.status, TokenStore::Status::Ok);
        const auto gone = wait([&](auto done) { store.read(deployment, done); });
        QCOMPARE(gone.status, TokenStore::Status::NotFound);
    }

    void noSecretServiceIsReportedNotHung()
    {
        // No session bus at all: QtKeychain must fail fast with a reason.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/aibi-bus");
        TokenStore store;
        store.setGuardTimeoutMs(5000);
        const auto r =
            wait([&](auto done) { store.read(QUrl(QStringLiteral("https://x.example")), done); });
        QCOMPARE(r.status, TokenStore::Status::Unavailable);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
