// SPDX-License-Identifier: Apache-2.0
#include "mcp/SseParser.h"

#include <QTest>

// The event-stream rules that matter for MCP, fed whole and one byte at a time.
class TestSseParser : public QObject
{
    Q_OBJECT

    static QString describe(const QList<SseEvent> &events)
    {
        QStringList parts;
        for (const SseEvent &e : events)
            parts << QStringLiteral("%1|%2|%3%4")
                         .arg(e.type,
                              QString::fromUtf8(e.data).replace(QLatin1Char('\n'),
                                                                QLatin1String("\\n")),
                              QString::fromUtf8(e.id),
                              e.retryMs ? QStringLiteral("|retry=%1").arg(*e.retryMs) : QString());
        return parts.join(QLatin1String(" ; "));
    }

private Q_SLOTS:
    void events_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("lastId");

        QTest::newRow("one event") << QByteArray("data: hello\n\n") << "message|hello|"
                                   << "";
        QTest::newRow("event type and id")
            << QByteArray("event: message\nid: 7\ndata: {}\n\n") << "message|{}|7"
            << "7";
        QTest::newRow("multi-line data joined with LF")
            << QByteArray("data: a\ndata: b\n\n") << "message|a\\nb|"
            << "";
        QTest::newRow("CRLF line ends")
            << QByteArray("data: a\r\ndata: b\r\n\r\n") << "message|a\\nb|"
            << "";
        QTest::newRow("CR line ends") << QByteArray("data: a\rdata: b\r\r") << "message|a\\nb|"
                                      << "";
        QTest::newRow("comments ignored")
            << QByteArray(": ping\n\n:another\ndata: x\n\n") << "message|x|"
            << "";
        QTest::newRow("empty priming event not dispatched, id kept")
            << QByteArray("id: prime-1\ndata: \n\nevent: message\ndata: {}\n\n")
            << "message|{}|prime-1"
            << "prime-1";
        QTest::newRow("retry field")
            << QByteArray("retry: 500\ndata: x\n\n") << "message|x||retry=500"
            << "";
        QTest::newRow("invalid retry ignored")
            << QByteArray("retry: 5x\ndata: x\n\n") << "message|x|"
            << "";
        QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << "message|x|"
                                              << "";
        QTest::newRow("only one leading space stripped")
            << QByteArray("data:  x\n\n") << "message| x|"
            << "";
        QTest::newRow("field without colon") << QByteArray("data\n\n") << ""
                                             << "";
        QTest::newRow("unknown field ignored")
            << QByteArray("foo: bar\ndata: x\n\n") << "message|x|"
            << "";
        QTest::newRow("BOM at start skipped") << QByteArray("\xEF\xBB\xBF"
                                                            "data: x\n\n")
                                              << "message|x|"
                                              << "";
        QTest::newRow("event without blank line not dispatched") << QByteArray("data: x\n") << ""
                                                                 << "";
        QTest::newRow("two events")
            << QByteArray("data: 1\n\ndata: 2\n\n") << "message|1| ; message|2|"
            << "";
        static const char withNul[] = "id: a\0b\ndata: x\n\n"; // never count lengths by hand
        QTest::newRow("id with NUL ignored")
            << QByteArray(withNul, sizeof(withNul) - 1) << "message|x|"
            << "";
        QTest::newRow("two empty data lines make one LF")
            << QByteArray("data:\ndata:\n\n") << "message|\\n|"
            << "";
    }
    void events()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, events);
        QFETCH(QString, lastId);

        SseParser whole;
        QVERIFY(whole.feed(stream));
        whole.finish();
        QCOMPARE(describe(whole.takeEvents()), events);
        QCOMPARE(QString::fromUtf8(whole.lastEventId()), lastId);

        // Any chunking gives the same events, CR/LF split across chunks included.
        SseParser bytewise;
        QList<SseEvent> collected;
        for (char c : stream) {
            QVERIFY(bytewise.feed(QByteArray(1, c)));
            collected += bytewise.takeEvents();
        }
        bytewise.finish();
        collected += bytewise.takeEvents();
        QCOMPARE(describe(collected), events);
    }

    void lineCapStopsGrowth()
    {
        SseParser parser(1024);
        QVERIFY(!parser.feed(QByteArray(2000, 'a')));
        QCOMPARE(parser.error(), QStringLiteral("SSE line longer than 1024 bytes"));
        QVERIFY(!parser.feed("data: x\n\n"));
    }

    // Issue 11 item 10: a 6 MiB line dripped in 1 KiB pieces is scanned once, not once
    // per piece (which cost 4 s of CPU on the UI thread).
    void longLineScannedOnce()
    {
        SseParser parser(8 * 1024 * 1024);
        const QByteArray piece(1024, 'x');
        QVERIFY(parser.feed("data: "));
        const int pieces = 6 * 1024;
        for (int i = 0; i < pieces; ++i)
            QVERIFY(parser.feed(piece));
        QVERIFY(parser.feed("\n\n"));
        const QList<SseEvent> events = parser.takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), qsizetype(pieces) * 1024);
        QVERIFY2(parser.bytesExamined() <= qint64(pieces) * 1024 + 64,
                 qPrintable(QString::number(parser.bytesExamined())));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
