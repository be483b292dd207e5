// SPDX-License-Identifier: Apache-2.0
#include "filter/ToolId.h"

#include <QTest>

class TestToolId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("expected");
        // The first two rows are Coder's own test cases (aibridge/mcp/tool_test.go).
        QTest::newRow("dash and underscore kept") << "my-server"
                                                  << "my_tool"
                                                  << "bmcp_my-server_my_tool";
        QTest::newRow("dots replaced") << "org.server"
                                       << "ns.action"
                                       << "bmcp_org_server_ns_action";
        QTest::newRow("external auth id") << "github"
                                          << "update_gist"
                                          << "bmcp_github_update_gist";
        QTest::newRow("one underscore per code point") << "srv"
                                                       << "café"
                                                       << "bmcp_srv_caf_";
        QTest::newRow("surrogate pair is one rune")
            << "srv" << QString::fromUtf8("a\xF0\x9F\x98\x80z") << "bmcp_srv_a_z";
        QTest::newRow("spaces and slashes") << "my srv"
                                            << "a/b c"
                                            << "bmcp_my_srv_a_b_c";
        QTest::newRow("cut to 64")
            << "github" << QString(80, QLatin1Char('x'))
            << QStringLiteral("bmcp_github_") + QString(52, QLatin1Char('x'));
    }
    void encode()
    {
        QFETCH(QString, server);
        QFETCH(QString, tool);
        QFETCH(QString, expected);
        const QString id = ToolId::encode(server, tool);
        QCOMPARE(id, expected);
        QVERIFY(id.toUtf8().size() <= ToolId::MaxLength);
    }
};

QTEST_GUILESS_MAIN(TestToolId)
#include "tst_toolid.moc"
