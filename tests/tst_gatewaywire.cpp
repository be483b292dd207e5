// SPDX-License-Identifier: Apache-2.0
#include "gateway/DrpcCall.h"
#include "gateway/DrpcServerStream.h"
#include "gateway/DrpcWire.h"
#include "gateway/GatewaySource.h"
#include "gateway/YamuxFrame.h"
#include "gateway/YamuxSession.h"
#include "gateway/YamuxStream.h"

#include <QSignalSpy>
#include <QTest>

// The gateway's wire layers on their own: DRPC frames and packets, yamux frames and
// sessions, and the byte-exact test vector of gateway-serve.md.
class TestGatewayWire : public QObject
{
    Q_OBJECT

    // Two sessions joined in memory; bytes cross on the next event-loop turn, as over a
    // socket (never re-entering the sender).
    struct Pair
    {
        std::unique_ptr<YamuxSession> client;
        std::unique_ptr<YamuxSession> server;
        qint64 clientSent = 0;
        Pair()
        {
            client = std::make_unique<YamuxSession>(YamuxSession::Role::Client,
                                                    [this](const QByteArray &b) {
                                                        clientSent += b.size();
                                                        deliver(server.get(), b);
                                                    });
            server = std::make_unique<YamuxSession>(
                YamuxSession::Role::Server,
                [this](const QByteArray &b) { deliver(client.get(), b); });
        }
        static void deliver(YamuxSession *to, const QByteArray &bytes)
        {
            QPointer<YamuxSession> target(to);
            QMetaObject::invokeMethod(
                to,
                [target, bytes] {
                    if (target)
                        target->feed(bytes);
                },
                Qt::QueuedConnection);
        }
    };

    static QByteArray frame(quint8 kind, bool done, quint64 stream, quint64 message,
                            const QByteArray &data, bool control = false)
    {
        QByteArray out;
        DrpcWire::appendFrame(out, {kind, done, control, stream, message, data});
        return out;
    }

private Q_SLOTS:
    // gateway-serve.md: a batch call for user 11111111-2222-3333-4444-555555555555 and id
    // github is these bytes on the yamux stream, framed so.
    void testVector()
    {
        QByteArray sent;
        YamuxSession session(YamuxSession::Role::Client, [&](const QByteArray &b) { sent += b; });
        YamuxStream *stream = session.openStream();
        auto *call = new DrpcCall(
            DrpcCall::newLane(stream), QLatin1String(GatewaySource::TokensRpc),
            GatewaySource::encodeTokensRequest(
                QStringLiteral("11111111-2222-3333-4444-555555555555"), {QStringLiteral("github")}),
            10000);
        QSignalSpy finished(call, &DrpcCall::finished);
        call->start();
        const QByteArray drpc = QByteArray::fromHex(
            "030101342f70726f746f2e4d4350436f6e666967757261746f722f4765744d4350536572766572416363"
            "657373546f6b656e7342617463680501022e0a2431313131313131312d323232322d333333332d34343434"
            "2d35353535353535353535353512066769746875620d010300");
        QCOMPARE(drpc.size(), 110);
        QCOMPARE(sent, QByteArray::fromHex("000100010000000100000000") +
                           QByteArray::fromHex("00000000000000010000006e") + drpc);
        // coderd answers Message(1,1) then CloseSend(1,2). The stream is kept for the next
        // call (drpcserver.ServeOne serves call after call): no FIN, nothing more sent.
        sent.clear();
        const QByteArray answer = frame(2, true, 1, 1, {}) + frame(6, true, 1, 2, {});
        session.feed(
            YamuxFrame::encode(YamuxFrame::Data, YamuxFrame::Ack, 1, quint32(answer.size())) +
            answer);
        QVERIFY(finished.count() == 1 || finished.wait(1000));
        QVERIFY(finished.at(0).at(0).value<DrpcCall::Result>().ok());
        QCOMPARE(sent, QByteArray());
    }

    void varints_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0") << quint64(0) << QByteArray::fromHex("00");
        QTest::newRow("127") << quint64(127) << QByteArray::fromHex("7f");
        QTest::newRow("128") << quint64(128) << QByteArray::fromHex("8001");
        QTest::newRow("300") << quint64(300) << QByteArray::fromHex("ac02");
        QTest::newRow("max") << quint64(~0ull) << QByteArray::fromHex("ffffffffffffffffff01");
    }
    void varints()
    {
        QFETCH(quint64, value);
        QFETCH(QByteArray, bytes);
        QByteArray out;
        DrpcWire::appendVarint(out, value);
        QCOMPARE(out, bytes);
        qsizetype pos = 0;
        quint64 read = 0;
        QString error;
        QVERIFY(DrpcWire::readVarint(bytes, pos, &read, &error));
        QCOMPARE(read, value);
        QCOMPARE(pos, bytes.size());
        pos = 0;
        QVERIFY(!DrpcWire::readVarint(bytes.left(bytes.size() - 1), pos, &read, &error) ||
                bytes.size() == 1);
    }

    void varintOverflow()
    {
        QString error;
        qsizetype pos = 0;
        quint64 v = 0;
        QVERIFY(
            !DrpcWire::readVarint(QByteArray::fromHex("ffffffffffffffffff02"), pos, &v, &error));
        QCOMPARE(error, QStringLiteral("varint overflows 64 bits"));
    }

    // A message over 64 KiB goes out in frames with the same ids, only the last "done"
    // (drpcwire SplitSize); the reader joins them however the bytes arrive.
    void splitMessagesJoin()
    {
        QByteArray big(200 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 7);
        const QByteArray wire = DrpcWire::encodeMessage(2, 1, 1, big);
        DrpcWire::PacketReader reader;
        std::optional<DrpcWire::Packet> packet;
        int frames = 0;
        for (qsizetype i = 0; i < wire.size(); i += 997) {
            reader.feed(wire.mid(i, 997));
            if (auto p = reader.next())
                packet = p;
        }
        DrpcWire::PacketReader count;
        count.feed(wire);
        QVERIFY(count.next());
        frames = int(wire.count(char(0x04))); // kind 2 without done: 0x04 control bytes
        QVERIFY(frames >= 3);
        QVERIFY(packet);
        QCOMPARE(packet->data, big);
        QVERIFY(reader.error().isEmpty());
    }

    void readerRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("ids go back")
            << frame(2, true, 1, 2, "a") + frame(2, true, 1, 1, "b") << "id monotonicity violation";
        QTest::newRow("kind changes mid-packet")
            << frame(2, false, 1, 1, "a") + frame(3, true, 1, 1, "b") << "packet kind change";
        QByteArray huge;
        huge += char(0x05);
        DrpcWire::appendVarint(huge, 1);
        DrpcWire::appendVarint(huge, 1);
        DrpcWire::appendVarint(huge, (4 << 20) + 1);
        QTest::newRow("a frame over 4 MiB") << huge << "data overflow";
        QByteArray many;
        for (int i = 0; i < 65; ++i)
            many += frame(2, false, 1, 1, QByteArray(64 * 1024, 'x'));
        QTest::newRow("a message over 4 MiB") << many << "data overflow";
    }
    void readerRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        DrpcWire::PacketReader reader;
        reader.feed(bytes);
        while (reader.next()) {
        }
        QVERIFY2(reader.error().contains(error), qPrintable(reader.error()));
    }

    void errorFrames()
    {
        const QByteArray data = DrpcWire::encodeError(12, QStringLiteral("unknown rpc"));
        QCOMPARE(data.left(8), QByteArray::fromHex("000000000000000c"));
        const DrpcWire::RemoteError e = DrpcWire::parseError(data);
        QCOMPARE(e.code, quint64(12));
        QCOMPARE(e.message, QStringLiteral("unknown rpc"));
        QVERIFY(DrpcWire::parseError("abc").message.contains(QLatin1String("invalid error data")));
    }

    void yamuxHeader()
    {
        const QByteArray h = YamuxFrame::encode(YamuxFrame::Ping, YamuxFrame::Syn, 0, 0x01020304);
        QCOMPARE(h, QByteArray::fromHex("000200010000000001020304"));
        const YamuxFrame::Header d = YamuxFrame::decodeHeader(h.constData());
        QCOMPARE(d.type, quint8(YamuxFrame::Ping));
        QCOMPARE(d.length, quint32(0x01020304));
        YamuxFrame::Reader reader;
        reader.feed(QByteArray::fromHex("010000000000000100000000"));
        QVERIFY(!reader.next(1024));
        QVERIFY(reader.error().contains(QLatin1String("version")));
    }

    // A ping is answered with the same value, at once, however much data is queued.
    void pingsAnsweredBehindData()
    {
        Pair pair;
        YamuxStream *stream = pair.client->openStream();
        stream->write(QByteArray(1024 * 1024, 'x')); // more than the window: most waits
        QSignalSpy pong(pair.server.get(), &YamuxSession::pongReceived);
        pair.server->ping();
        QVERIFY(pong.wait(2000));
        QCOMPARE(pair.client->pingsAnswered(), 1);
    }

    // Never more than the peer's window in flight; the window comes back as it is read.
    void flowControl()
    {
        Pair pair;
        QPointer<YamuxStream> incoming;
        connect(pair.server.get(), &YamuxSession::incomingStream, this,
                [&](YamuxStream *s) { incoming = s; });
        YamuxStream *stream = pair.client->openStream();
        const QByteArray payload = QByteArray(1024 * 1024, 'y') + "end";
        stream->write(payload);
        stream->closeWrite();
        QTRY_VERIFY(incoming);
        QTRY_COMPARE(incoming->bytesAvailable(), qsizetype(YamuxFrame::InitialWindow));
        // Unread, the window is used up: the client has sent no byte past it (headers aside).
        QVERIFY(pair.clientSent <= qint64(YamuxFrame::InitialWindow) + 32 * YamuxFrame::HeaderSize);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                received += incoming->readAll();
                return incoming->isRemoteClosed() && received.size() == payload.size();
            }(),
            5000);
        QCOMPARE(received, payload);
        QVERIFY(!pair.client->isClosed() && !pair.server->isClosed());
    }

    void resetAndGoAway()
    {
        Pair pair;
        QPointer<YamuxStream> incoming;
        connect(pair.server.get(), &YamuxSession::incomingStream, this,
                [&](YamuxStream *s) { incoming = s; });
        YamuxStream *stream = pair.client->openStream();
        QSignalSpy aborted(stream, &YamuxStream::aborted);
        QTRY_VERIFY(incoming);
        incoming->reset();
        QVERIFY(aborted.wait(1000));
        QCOMPARE(aborted.at(0).at(0).toString(), QStringLiteral("the peer reset the stream"));

        QSignalSpy closed(pair.client.get(), &YamuxSession::closed);
        pair.server->goAway(YamuxFrame::ProtocolError);
        QVERIFY(closed.wait(1000));
        QVERIFY(closed.at(0).at(0).toString().contains(QLatin1String("GoAway: protocol error")));
        QVERIFY(!pair.client->openStream());
    }

    // Issue 18 item 2: a peer that floods pings (and reads nothing back) must not make
    // us hold an answer for each. 100 000 pings in one read: at most the burst is
    // answered, then the session goes away with a protocol error and says why.
    void pingFloodEndsTheSession()
    {
        QByteArray sent;
        YamuxSession session(YamuxSession::Role::Client, [&](const QByteArray &b) { sent += b; });
        QSignalSpy closed(&session, &YamuxSession::closed);
        QByteArray flood;
        for (quint32 i = 0; i < 100000; ++i)
            flood += YamuxFrame::encode(YamuxFrame::Ping, YamuxFrame::Syn, 0, i);
        session.feed(flood);
        QCOMPARE(closed.count(), 1);
        QVERIFY2(closed.at(0).at(0).toString().contains(QLatin1String("floods pings")),
                 qPrintable(closed.at(0).at(0).toString()));
        QVERIFY(session.pingsAnswered() <= YamuxSession::PingBurst + 1);
        QVERIFY(sent.size() <= (YamuxSession::PingBurst + 2) * YamuxFrame::HeaderSize);
        QVERIFY(
            sent.endsWith(YamuxFrame::encode(YamuxFrame::GoAway, 0, 0, YamuxFrame::ProtocolError)));
        // coderd's rhythm is far inside the bound.
        YamuxSession calm(YamuxSession::Role::Client, [](const QByteArray &) {});
        for (quint32 i = 0; i < 10; ++i)
            calm.feed(YamuxFrame::encode(YamuxFrame::Ping, YamuxFrame::Syn, 0, i));
        QCOMPARE(calm.pingsAnswered(), 10);
        QVERIFY(!calm.isClosed());
    }

    void dataPastTheWindowIsAProtocolError()
    {
        QByteArray sent;
        YamuxSession session(YamuxSession::Role::Client, [&](const QByteArray &b) { sent += b; });
        YamuxStream *stream = session.openStream();
        QSignalSpy closed(&session, &YamuxSession::closed);
        session.feed(YamuxFrame::encode(YamuxFrame::Data, 0, stream->id(), 300 * 1024));
        QCOMPARE(closed.count(), 1);
        QVERIFY(closed.at(0).at(0).toString().contains(QLatin1String("receive window")));
        QVERIFY(
            sent.endsWith(YamuxFrame::encode(YamuxFrame::GoAway, 0, 0, YamuxFrame::ProtocolError)));
    }

    void missedPingEndsTheSession()
    {
        YamuxSession session(YamuxSession::Role::Server, [](const QByteArray &) {});
        QSignalSpy closed(&session, &YamuxSession::closed);
        session.setKeepAlive(10, 50);
        QVERIFY(closed.wait(2000));
        QVERIFY(closed.at(0).at(0).toString().contains(QLatin1String("keep-alive timeout")));
    }

    // DRPC over the pair: answers, coderd's error frames, and control frames of kinds
    // the client does not know (ignored, as drpcmanager does).
    void unaryCalls_data()
    {
        QTest::addColumn<bool>("error");
        QTest::addColumn<bool>("unknownControl");
        QTest::newRow("answer") << false << false;
        QTest::newRow("answer after an unknown control frame") << false << true;
        QTest::newRow("error frame") << true << false;
    }
    void unaryCalls()
    {
        QFETCH(bool, error);
        QFETCH(bool, unknownControl);
        Pair pair;
        connect(pair.server.get(), &YamuxSession::incomingStream, this, [&](YamuxStream *s) {
            if (unknownControl) { // kind 9 with the control bit, then the answer
                s->write(frame(9, true, 1, 1, "ignore me", true) +
                         frame(2, true, 1, 2, "echo:hello") + frame(6, true, 1, 3, {}));
                return;
            }
            new DrpcServerStream(s, [&](const QString &rpc, const QByteArray &request) {
                DrpcServerStream::Answer a;
                if (error) {
                    a.isError = true;
                    a.errorCode = 12;
                    a.errorMessage = QStringLiteral("unimplemented: %1").arg(rpc);
                } else {
                    a.response = "echo:" + request;
                }
                return a;
            });
        });
        auto *call = new DrpcCall(DrpcCall::newLane(pair.client->openStream()), QStringLiteral("/x/Y"),
                                  "hello", 5000);
        QSignalSpy finished(call, &DrpcCall::finished);
        call->start();
        QVERIFY(finished.wait(2000));
        const auto r = finished.at(0).at(0).value<DrpcCall::Result>();
        if (error) {
            QCOMPARE(r.status, DrpcCall::Result::Status::RemoteError);
            QCOMPARE(r.errorCode, quint64(12));
            QCOMPARE(r.error, QStringLiteral("unimplemented: /x/Y"));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.response, QByteArray("echo:hello"));
        }
    }

    // A stream that answered carries the next call (drpcserver.ServeOne serves call after
    // call on one transport): the second call takes DRPC stream id 2. drpcserver sends
    // nothing for a call after its CloseSend; a packet of call 1 that did come (a Close)
    // is skipped, as drpcmanager skips lower ids, not taken for call 2's answer.
    void callsShareAStream()
    {
        Pair pair;
        int streams = 0;
        connect(pair.server.get(), &YamuxSession::incomingStream, this, [&](YamuxStream *s) {
            ++streams;
            s->write(frame(2, true, 1, 1, "first") + frame(6, true, 1, 2, {}) +
                     frame(5, true, 1, 3, {}) + frame(2, true, 2, 1, "second") +
                     frame(6, true, 2, 2, {}));
        });
        const auto lane = DrpcCall::newLane(pair.client->openStream());
        QStringList answers;
        for (int i = 0; i < 2; ++i) {
            auto *call = new DrpcCall(lane, QStringLiteral("/x/Y"), "q", 5000);
            QSignalSpy finished(call, &DrpcCall::finished);
            call->start();
            QVERIFY(finished.wait(2000));
            const auto r = finished.at(0).at(0).value<DrpcCall::Result>();
            QVERIFY2(r.ok(), qPrintable(r.error));
            answers << QString::fromUtf8(r.response);
            QVERIFY(lane->usable());
        }
        QCOMPARE(answers, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(streams, 1);
        QCOMPARE(lane->nextStreamId, quint64(3));
    }

    void callTimesOut()
    {
        Pair pair; // the server never answers: no handler
        auto *call = new DrpcCall(DrpcCall::newLane(pair.client->openStream()), QStringLiteral("/x/Y"),
                                  "", 100);
        QSignalSpy finished(call, &DrpcCall::finished);
        call->start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.at(0).at(0).value<DrpcCall::Result>().status,
                 DrpcCall::Result::Status::Timeout);
    }

    // Protobuf: unknown fields (upstream keeps adding them) are skipped.
    void unknownFieldsSkipped()
    {
        // field 1 (coder_mcp_config) {id "coder"}, then an unknown field 15 (varint 1)
        const QByteArray bytes = QByteArray::fromHex("0a070a05636f646572"
                                                     "7801");
        ServerConfigsResponse r;
        QVERIFY(GatewaySource::decodeConfigs(bytes, &r));
        QVERIFY(r.coderMcpConfig);
        QCOMPARE(r.coderMcpConfig->id, QStringLiteral("coder"));
        QVERIFY(!GatewaySource::decodeConfigs(QByteArray::fromHex("0aff"), &r));
    }
};

QTEST_GUILESS_MAIN(TestGatewayWire)
#include "tst_gatewaywire.moc"
