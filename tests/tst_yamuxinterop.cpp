// SPDX-License-Identifier: Apache-2.0
#include "gateway/YamuxSession.h"
#include "gateway/YamuxStream.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Our yamux against a second implementation: yamux-js 0.2.0 from npm (a port of
// hashicorp/yamux), over TCP on 127.0.0.1, in both roles.
class TestYamuxInterop : public QObject
{
    Q_OBJECT

    static QString peerScript() { return QStringLiteral(AIBI_PEERS_DIR "/yamux-peer.cjs"); }
    QProcess m_server;
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(peerScript()), "run tests/peers/install.sh first");
        m_server.start(QStringLiteral("node"), {peerScript(), QStringLiteral("server")});
        QVERIFY(m_server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QByteArray line = m_server.readLine().trimmed();
        QVERIFY2(line.startsWith("port "), line.constData());
        m_port = quint16(line.mid(5).toUInt());
    }
    void cleanupTestCase()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    // Our client, their server: 300 messages of 1 KiB on each of two streams, in
    // lockstep (yamux-js needs whole frames per read), so both 256 KiB windows are used
    // up and granted back; their keep-alive pings answered, ours answered by them.
    void ourClientTheirServer()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        YamuxSession session(YamuxSession::Role::Client,
                             [&](const QByteArray &b) { socket.write(b); });
        connect(&socket, &QTcpSocket::readyRead, &session, [&] { session.feed(socket.readAll()); });
        constexpr int Messages = 300;
        const auto message = [](int stream, int n) {
            return QByteArray(1024, char((stream * 100 + n) & 0xff));
        };
        QList<int> echoed(2, 0);
        QList<QByteArray> buffers(2);
        bool changed = false;
        for (int i = 0; i < 2; ++i) {
            YamuxStream *s = session.openStream();
            QCOMPARE(s->id(), quint32(1 + 2 * i)); // odd ids from 1
            connect(s, &YamuxStream::readyRead, this, [&, s, i, message] {
                buffers[i] += s->readAll();
                while (buffers[i].size() >= 1024) {
                    changed = changed || buffers[i].left(1024) != message(i, echoed[i]);
                    buffers[i].remove(0, 1024);
                    if (++echoed[i] < Messages)
                        s->write(message(i, echoed[i]));
                }
            });
            s->write(message(i, 0));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(echoed[0] == Messages && echoed[1] == Messages,
                                  qPrintable(QStringLiteral("echoed %1 and %2, session: %3")
                                                 .arg(echoed[0])
                                                 .arg(echoed[1])
                                                 .arg(session.closeReason())),
                                  20000);
        QVERIFY(!changed);
        // yamux-js pings every second (keepAliveInterval 1): we answer each.
        QTRY_VERIFY_WITH_TIMEOUT(session.pingsAnswered() >= 2, 10000);
        QVERIFY2(!session.isClosed(), qPrintable(session.closeReason()));
        QSignalSpy pong(&session, &YamuxSession::pongReceived);
        session.ping();
        QVERIFY(pong.wait(5000));
    }

    // Their client, our server (the sandbox's role): 300 messages of 1 KiB echoed.
    void theirClientOurServer()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        std::unique_ptr<YamuxSession> session;
        QTcpSocket *socket = nullptr;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            socket = listener.nextPendingConnection();
            session = std::make_unique<YamuxSession>(
                YamuxSession::Role::Server, [socket](const QByteArray &b) { socket->write(b); });
            connect(socket, &QTcpSocket::readyRead, session.get(),
                    [&, socket] { session->feed(socket->readAll()); });
            connect(session.get(), &YamuxSession::incomingStream, this, [](YamuxStream *s) {
                connect(s, &YamuxStream::readyRead, s, [s] { s->write(s->readAll()); });
            });
        });
        QProcess client;
        client.start(QStringLiteral("node"),
                     {peerScript(), QStringLiteral("client"),
                      QString::number(listener.serverPort()), QStringLiteral("300")});
        QVERIFY(client.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 30000);
        const QByteArray out = client.readAllStandardOutput() + client.readAllStandardError();
        QCOMPARE(client.exitCode(), 0);
        QVERIFY2(out.contains("echo ok"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestYamuxInterop)
#include "tst_yamuxinterop.moc"
