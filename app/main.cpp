// SPDX-License-Identifier: Apache-2.0
#include "BuildInfo.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aibridge-inspector"));
    QApplication::setOrganizationName(QStringLiteral("aibridge-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(AIBI_VERSION " (commit " AIBI_COMMIT ")"));
    // The icon and the desktop entry are the installed ones (resources/, packaging/): the
    // desktop file name lets Wayland compositors and docks match the window to the entry.
    QApplication::setDesktopFileName(QStringLiteral(AIBI_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("aibridge-inspector"),
                                                 QIcon(QStringLiteral(":/icons/app.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "See which MCP servers and tools Coder's AI Bridge injects for a user."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language."),
                                        QStringLiteral("code"));
    parser.addOption(langOption);
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start on the built-in sandbox deployment."));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"), QApplication::translate("main", "Open a snapshot file."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "With --sandbox and --user: save a PNG of the window and quit."),
        QStringLiteral("png"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QApplication::translate("main", "Pick this user once connected."),
        QStringLiteral("name"));
    parser.addOptions({sandboxOption, snapshotOption, screenshotOption, userOption});
    parser.process(app);

    QTranslator translator;
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    if (translator.load(locale, QStringLiteral("aibridge-inspector"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    window.show();
    if (parser.isSet(sandboxOption))
        window.openSandbox();
    else if (parser.isSet(snapshotOption))
        window.openSnapshotFile(parser.value(snapshotOption));
    else
        window.startFromSettings();
    if (parser.isSet(userOption))
        window.selectUserWhenConnected(parser.value(userOption), parser.value(screenshotOption));
    return QApplication::exec();
}
