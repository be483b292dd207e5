// SPDX-License-Identifier: Apache-2.0
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

// core/ must never include a widget header: a link line alone does not stop that
// (a publicly linked dependency can bring QtWidgets in).
class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludesNoWidgets()
    {
        const QRegularExpression widgetInclude(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets|QtGui|QGuiApplication"
                           "|QApplication|QWidget|QMainWindow|QDialog|QLabel|"
                           "QPushButton|QLineEdit|QTableView|QTreeView|QMessageBox|QAction|QStyle|"
                           "QPainter|QIcon|"
                           "QPixmap|QColor|QFont)\\b"),
            QRegularExpression::MultilineOption);
        // The pattern itself catches each form a widget include takes.
        for (const char *line : {"#include <QtWidgets>", "#include <QtGui>",
                                 "#include <QGuiApplication>", "#include <QtWidgets/QLabel>",
                                 "#  include \"QApplication\"", "#include <QtGui/qpainter.h>"})
            QVERIFY2(widgetInclude.match(QLatin1String(line)).hasMatch(), line);
        QVERIFY(!widgetInclude.match(QStringLiteral("#include <QtCore>")).hasMatch());
        QDirIterator it(QStringLiteral(AIBI_SOURCE_DIR "/core"),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int scanned = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++scanned;
            const auto match = widgetInclude.match(QString::fromUtf8(file.readAll()));
            if (match.hasMatch())
                offenders << QStringLiteral("%1: %2").arg(file.fileName(),
                                                          match.captured(0).trimmed());
        }
        QVERIFY2(scanned > 10, "the scan found no core sources");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
    // Every include between core's folders points down this list: value types
    // (model/) below what reads them (source/), below the resolver and the clients,
    // below what ties them together. A folder not listed fails, so a new one gets a
    // place on purpose.
    void coreIncludesPointDown()
    {
        const QList<QStringList> layers{
            {QStringLiteral("json"), QStringLiteral("filter"), QStringLiteral("secrets"),
             QStringLiteral("net")},
            {QStringLiteral("model")},
            {QStringLiteral("source")},
            {QStringLiteral("resolve"), QStringLiteral("gateway"), QStringLiteral("coder")},
            {QStringLiteral("mcp"), QStringLiteral("observe"), QStringLiteral("sandbox")},
            {QStringLiteral("fleet")},
            {QStringLiteral("session"), QStringLiteral("models")},
        };
        const auto layerOf = [&](const QString &folder) {
            for (int i = 0; i < layers.size(); ++i)
                if (layers.at(i).contains(folder))
                    return i;
            return -1;
        };
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([a-z]+)/"),
                                         QRegularExpression::MultilineOption);
        const QString root = QStringLiteral(AIBI_SOURCE_DIR "/core/");
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList offenders;
        int edges = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString folder = path.mid(root.size()).section(QLatin1Char('/'), 0, 0);
            if (!path.mid(root.size()).contains(QLatin1Char('/')))
                continue;
            const int from = layerOf(folder);
            if (from < 0) {
                offenders << QStringLiteral("%1: folder %2 has no layer").arg(path, folder);
                continue;
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto matches = include.globalMatch(QString::fromUtf8(file.readAll()));
            while (matches.hasNext()) {
                const QString to = matches.next().captured(1);
                if (to == folder)
                    continue;
                ++edges;
                const int target = layerOf(to);
                if (target < 0 || target >= from)
                    offenders << QStringLiteral("%1 includes %2/ (layer %3 → %4)")
                                     .arg(path, to)
                                     .arg(from)
                                     .arg(target);
            }
        }
        QVERIFY2(edges > 20, "the scan found no includes between folders");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
