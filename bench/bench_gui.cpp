// SPDX-License-Identifier: Apache-2.0
// The window with 10 000 tools (offscreen): start-up to a populated window, peak RSS,
// and per keystroke in the deny editor the time until the tool table has repainted.
#include "MainWindow.h"
#include "models/ToolTableModel.h"
#include "session/InspectorSession.h"

#include <algorithm>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 10000;

    QTemporaryDir dir;
    QJsonArray tools;
    for (int i = 0; i < count; ++i)
        tools << QJsonObject{
            {"name", QStringLiteral("%1_item_%2")
                         .arg(i % 3 ? QStringLiteral("get") : QStringLiteral("create"))
                         .arg(i)},
            {"description", QStringLiteral("Synthetic tool %1").arg(i)}};
    const QJsonObject snapshot{
        {"user", QJsonObject{{"id", "u1"}, {"username", "bench"}}},
        {"configs", QJsonObject{{"externalAuthMcpConfigs",
                                 QJsonArray{QJsonObject{{"id", "big"}, {"url", "http://x"}}}}}},
        {"tokens", QJsonObject{{"accessTokens", QJsonObject{{"big", "t"}}}}},
        {"tools", QJsonObject{{"big", tools}}}};
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(snapshot).toJson());
    file.close();

    MainWindow window;
    window.show();
    QTest::qWaitForWindowExposed(&window);
    window.openSnapshotFile(path);
    auto *toolView = window.findChild<QTableView *>(QStringLiteral("toolView"));
    QTest::qWaitFor([&] { return window.toolModel()->rowCount() == count; }, 30000);
    window.selectServer(0);
    toolView->viewport()->repaint();
    const qint64 startup = sinceStart.elapsed();

    auto *deny = window.findChild<QLineEdit *>(QStringLiteral("denyEdit"));
    deny->setFocus();
    // Keystroke to the table showing the result: past 20 000 tools the filtering runs on
    // a worker, so the clock stops only once its result has landed and been painted. The
    // UI thread's own share (the keystroke handler and the repaint) is timed apart.
    int applied = 0;
    QObject::connect(window.session(), &InspectorSession::regexApplied, [&] { ++applied; });
    QList<double> perKey, blocked;
    for (const QChar c : QStringLiteral("^create_item_1")) { // every prefix compiles
        const int before = applied;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(deny, c.toLatin1());
        qint64 uiNs = t.nsecsElapsed();
        (void)QTest::qWaitFor([&] { return applied > before; }, 30000);
        QElapsedTimer paint;
        paint.start();
        toolView->viewport()->repaint(); // synchronous: the table is on screen when it returns
        uiNs += paint.nsecsElapsed();
        perKey << t.nsecsElapsed() / 1e6;
        blocked << uiNs / 1e6;
    }
    std::sort(perKey.begin(), perKey.end());
    std::sort(blocked.begin(), blocked.end());
    QTextStream(stdout) << QStringLiteral(
                               "tools: %1\nstart-up to populated window: %2 ms\n"
                               "keystroke to updated, repainted table: median %3 ms, max %4 ms (%5 "
                               "keystrokes)\n"
                               "UI thread blocked per keystroke: median %7 ms, max %8 ms\n"
                               "peak RSS: %6 MiB\n")
                               .arg(count)
                               .arg(startup)
                               .arg(perKey.at(perKey.size() / 2), 0, 'f', 2)
                               .arg(perKey.last(), 0, 'f', 2)
                               .arg(perKey.size())
                               .arg(peakRssKb() / 1024.0, 0, 'f', 1)
                               .arg(blocked.at(blocked.size() / 2), 0, 'f', 2)
                               .arg(blocked.last(), 0, 'f', 2);
    return 0;
}
