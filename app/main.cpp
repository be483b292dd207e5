// SPDX-License-Identifier: Apache-2.0
#include "BuildInfo.h"
#include "MainWindow.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// --help and --version print and quit before any window system is touched: they work on a
// server without a display, as packaging and scripts run them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-?" || a == "-v" ||
            a == "--version")
            return true;
        if (a == "--")
            break;
    }
    return false;
}

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("aibridge-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("aibridge-inspector"));
    QCoreApplication::setApplicationVersion(
        QStringLiteral(AIBI_VERSION " (commit " AIBI_COMMIT ")"));
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> headless;
    std::unique_ptr<QApplication> gui;
    if (onlyPrints(argc, argv))
        headless = std::make_unique<QCoreApplication>(argc, argv);
    else
        gui = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = headless ? *headless : *gui;
    describe();
    if (gui) {
        // The icon and the desktop entry are the installed ones (resources/, packaging/):
        // the desktop file name lets Wayland compositors and docks match the window to it.
        QApplication::setDesktopFileName(QStringLiteral(AIBI_APP_ID));
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("aibridge-inspector"),
                                                     QIcon(QStringLiteral(":/icons/app.svg"))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "See which MCP servers and tools Coder's AI Bridge injects for a user."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language."),
        QStringLiteral("code"));
    parser.addOption(langOption);
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start on the built-in sandbox deployment."));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"), QCoreApplication::translate("main", "Open a snapshot file."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "With --sandbox and --user: save a PNG of the window and quit."),
        QStringLiteral("png"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Pick this user once connected."),
        QStringLiteral("name"));
    const QCommandLineOption populationOption(
        QStringLiteral("sandbox-population"),
        QCoreApplication::translate("main",
                                    "With --sandbox: add this many generated users (Fleet tab)."),
        QStringLiteral("n"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QCoreApplication::translate("main",
                                    "Open the History view on this folder (fleet --history DIR)."),
        QStringLiteral("dir"));
    parser.addOptions({sandboxOption, snapshotOption, screenshotOption, userOption,
                       populationOption, historyOption});
    parser.process(app); // --help and --version end here, headless or not

    QTranslator translator;
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    if (translator.load(locale, QStringLiteral("aibridge-inspector"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    window.show();
    window.setSandboxPopulation(qBound(0, parser.value(populationOption).toInt(), 100000));
    if (parser.isSet(sandboxOption))
        window.openSandbox();
    else if (parser.isSet(snapshotOption))
        window.openSnapshotFile(parser.value(snapshotOption));
    else
        window.startFromSettings();
    if (parser.isSet(userOption))
        window.selectUserWhenConnected(parser.value(userOption), parser.value(screenshotOption));
    if (parser.isSet(historyOption))
        window.openHistory(parser.value(historyOption));
    return QApplication::exec();
}
