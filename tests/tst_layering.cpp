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
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
