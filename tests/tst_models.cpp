// SPDX-License-Identifier: Apache-2.0
#include "models/LogExplanationModel.h"
#include "models/ObservedTableModel.h"
#include "models/ServerTableModel.h"
#include "models/ToolTableModel.h"
#include "models/TraceModel.h"
#include "models/UserListModel.h"
#include "ResolveHelpers.h"

#include "session/InspectorSession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(Resolution)

namespace {
QString column(const QAbstractItemModel &model, int col)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells << model.index(row, col).data().toString();
    return cells.join(QLatin1Char('|'));
}

const QByteArray gist =
    "{\"configs\": {\"coderMcpConfig\": {\"id\": \"coder\", \"url\": \"u\"}, "
    "\"externalAuthMcpConfigs\": [{\"id\": \"github\", \"url\": \"u\", \"toolAllowRegex\": "
    "\"(.+_gist.*)\", "
    "\"toolDenyRegex\": \"(create_gist)\"}, {\"id\": \"jira\", \"url\": \"u\"}]}, "
    "\"tokens\": {\"accessTokens\": {\"github\": \"t\"}, \"errors\": {\"jira\": \"no external auth "
    "link found\"}}, "
    "\"tools\": {\"coder\": [{\"name\": \"coder_x\"}], \"github\": [{\"name\": \"create_gist\"}, "
    "{\"name\": \"update_gist\"}, {\"name\": \"get_me\"}]}}";
} // namespace

// Every model runs under QAbstractItemModelTester for as long as it changes.
class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Resolution>(); }

    // The "Explain a log" table: one row per record, unknown ones grey, under the tester.
    void logExplanationTable()
    {
        LogExplanationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(LogExplainer::explain(QStringLiteral(
            "2026-11-25 10:00:00.007 [warn]  coderd.aibridged.mcp-server-proxy-github.tool-"
            "filterer: tool filtering conflict; marking tool disallowed  name=create_gist\n"
            "not a log line\n")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LogExplanationModel::ServerColumn).data().toString(),
                 QStringLiteral("github"));
        QCOMPARE(model.index(0, LogExplanationModel::SourceColumn).data().toString(),
                 QStringLiteral("aibridge/mcp/tool.go (FilterAllowedTools)"));
        QVERIFY(model.index(0, 0).data(LogExplanationModel::KnownRole).toBool());
        QVERIFY(!model.index(1, 0).data(LogExplanationModel::KnownRole).toBool());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The Observed table, under the tester: verdicts, calls, relative last call.
    void observedTable()
    {
        ObservedTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ObservedComparison c;
        const QDateTime now = QDateTime::fromString("2026-11-25T12:00:00Z", Qt::ISODate);
        ObservedComparison::Row row;
        row.kind = ObservedComparison::Kind::Failed;
        row.serverId = QStringLiteral("jira");
        row.tool = QStringLiteral("jira_001");
        row.calls = 3;
        row.invocationError = QStringLiteral("401 Unauthorized");
        row.lastCall = now.addSecs(-90 * 60);
        c.rows << row;
        model.setComparison(c, now);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ObservedTableModel::VerdictColumn).data().toString(),
                 QStringLiteral("failed"));
        QCOMPARE(model.index(0, ObservedTableModel::LastCallColumn).data().toString(),
                 QStringLiteral("1 h ago"));
        QCOMPARE(model.index(0, ObservedTableModel::CallsColumn)
                     .data(ObservedTableModel::SortRole)
                     .toInt(),
                 3);
        QCOMPARE(ObservedTableModel::relative(now.addSecs(-30), now), QStringLiteral("just now"));
        QCOMPARE(ObservedTableModel::relative(now.addSecs(-3 * 86400), now),
                 QStringLiteral("3 days ago"));
        model.setComparison({}, now);
        QCOMPARE(model.rowCount(), 0);
    }

    void serverTable()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Resolution r = resolveSnapshotJson(gist);
        model.setResolution(r, {});
        QCOMPARE(column(model, ServerTableModel::ServerColumn),
                 QStringLiteral("coder|github|jira"));
        QCOMPARE(column(model, ServerTableModel::OutcomeColumn),
                 QStringLiteral("proxied|proxied|dropped: token error"));
        QCOMPARE(column(model, ServerTableModel::TokenColumn),
                 QStringLiteral("not needed|ok|error: no external auth link found"));
        QCOMPARE(column(model, ServerTableModel::ToolsColumn), QStringLiteral("1 / 1|1 / 3|–"));
        QCOMPARE(model.index(2, ServerTableModel::OutcomeColumn)
                     .data(ServerTableModel::StatusRole)
                     .toInt(),
                 int(ServerTableModel::StatusError));
        QVERIFY(!model.index(0, ServerTableModel::UrlColumn)
                     .data(ServerTableModel::StatusRole)
                     .isValid());
        ProbeState listing;
        listing.stage = ProbeState::Stage::Listing;
        listing.page = 2;
        model.setProbeState(1, listing);
        QCOMPARE(column(model, ServerTableModel::ProbeColumn),
                 QStringLiteral("not probed|listing page 2…|not probed"));
        model.setResolution(Resolution(), {});
        QCOMPARE(model.rowCount(), 0);
    }

    void toolTableKeepsRowsOnRegexEdits()
    {
        ToolTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Resolution r = resolveSnapshotJson(gist);
        model.setResolution(r);
        QCOMPARE(column(model, ToolTableModel::ToolColumn),
                 QStringLiteral("coder_x|create_gist|update_gist|get_me"));
        QCOMPARE(column(model, ToolTableModel::VerdictColumn),
                 QStringLiteral("injected|denied|injected|not allowed"));
        QCOMPARE(model.index(2, ToolTableModel::ToolColumn)
                     .data(ToolTableModel::AllowSpanRole)
                     .toPoint(),
                 QPoint(0, 11));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        r.servers[1].filter = RegexFilter({}, QStringLiteral("^get"));
        ToolInventory::refresh(r);
        model.setResolution(r);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(model, ToolTableModel::VerdictColumn),
                 QStringLiteral("injected|injected|injected|denied"));
        QCOMPARE(
            column(model, ToolTableModel::InjectedNameColumn),
            QStringLiteral("bmcp_coder_coder_x|bmcp_github_create_gist|bmcp_github_update_gist|"));
        r.servers[1].tools.removeLast();
        model.setResolution(r);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void traceModel()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Resolution r = resolveSnapshotJson(gist);
        model.setTrace(r.trace);
        QVERIFY(column(model, TraceModel::MessageColumn)
                    .contains(
                        QStringLiteral("failed to get access token: no external auth link found")));
        QVERIFY(
            column(model, TraceModel::LoggedColumn).contains(QStringLiteral("coderd logs this")));
        model.setTrace({});
        QCOMPARE(model.rowCount(), 0);
    }

    void largeEditsFilterOffTheUiThread()
    {
        QTemporaryDir dir;
        QJsonArray tools;
        for (int i = 0; i < 25000; ++i)
            tools << QJsonObject{
                {"name", QStringLiteral("%1_%2")
                             .arg(i % 2 ? QStringLiteral("get") : QStringLiteral("create"))
                             .arg(i)}};
        QFile file(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{{"configs",
                             QJsonObject{{"externalAuthMcpConfigs",
                                          QJsonArray{QJsonObject{{"id", "big"}, {"url", "u"}}}}}},
                            {"tokens", QJsonObject{{"accessTokens", QJsonObject{{"big", "t"}}}}},
                            {"tools", QJsonObject{{"big", tools}}}})
                .toJson());
        file.close();
        InspectorSession session;
        QSignalSpy changed(&session, &InspectorSession::resolutionChanged);
        QString error;
        QVERIFY2(session.openSnapshot(file.fileName(), &error), qPrintable(error));
        QVERIFY(changed.count() || changed.wait(10000));
        QCOMPARE(session.resolution().injectedToolCount, 25000);

        QSignalSpy applied(&session, &InspectorSession::regexApplied);
        session.setRegexOverride(0, {}, QStringLiteral("^create_"));
        session.setRegexOverride(0, {},
                                 QStringLiteral("^get_")); // typed on before the first finished
        QCOMPARE(applied.count(), 0);                      // nothing was filtered on this thread
        QVERIFY(applied.wait(10000));
        QCOMPARE(session.resolution().servers.at(0).denyRegex, QStringLiteral("^get_"));
        QCOMPARE(session.resolution().injectedToolCount, 12500);
        QCOMPARE(session.baseResolution().injectedToolCount, 25000);
    }

    void userListPaging()
    {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CoderUser a;
        a.username = QStringLiteral("alice");
        a.name = QStringLiteral("Alice");
        a.status = QStringLiteral("active");
        CoderUser h = a;
        h.username = QStringLiteral("heidi");
        h.name.clear();
        h.status = QStringLiteral("suspended");
        model.setUsers({a}, 2);
        QVERIFY(model.canLoadMore());
        model.appendUsers({h}, 2);
        QVERIFY(!model.canLoadMore());
        QCOMPARE(column(model, 0), QStringLiteral("alice — Alice|heidi (suspended)"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
