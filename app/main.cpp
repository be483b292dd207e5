#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aibridge-inspector"));
    QApplication::setOrganizationName(QStringLiteral("aibridge-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(AIBI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "See which MCP servers and tools Coder's AI Bridge injects for a user."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language."),
                                        QStringLiteral("code"));
    parser.addOption(langOption);
    parser.process(app);

    QTranslator translator;
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    if (translator.load(locale, QStringLiteral("aibridge-inspector"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    window.show();
    return QApplication::exec();
}
