// SPDX-License-Identifier: Apache-2.0
#include "BuildInfo.h"
#include "CliIo.h"
#include "ExplainLogCommand.h"
#include "FilterCommand.h"
#include "FleetCommand.h"
#include "LoginCommand.h"
#include "ObservedCommand.h"
#include "ProbeCommand.h"
#include "ResolveCommand.h"
#include "UsersCommand.h"

#include <QCoreApplication>

namespace {
QString usage()
{
    return QCoreApplication::translate(
        "main",
        "Usage: aibridge-inspector-cli COMMAND [options]\n"
        "See which MCP servers and tools Coder's AI Bridge injects for a user.\n\n"
        "Commands:\n"
        "  resolve   resolve a user's MCP servers (--snapshot FILE | --sandbox | --url URL)\n"
        "            [--user NAME] [--probe] [--json] [--save-snapshot FILE]\n"
        "  users     search users (--search TEXT, on --sandbox or --url)\n"
        "  login     save a session token in the keychain (--url URL; token from\n"
        "            CODER_SESSION_TOKEN or stdin)\n"
        "  logout    remove it (--url URL)\n"
        "  probe     connect to one MCP server and list its tools (URL [--token-env VAR])\n"
        "  filter    apply allow/deny regexes to tool names (--allow RE --deny RE [NAME...])\n"
        "  observed  compare the prediction with the user's recorded AI Bridge activity\n"
        "            (--url URL | --sandbox) --user NAME [--since 24h] [--json]\n"
        "  explain-log  explain coderd log lines about AI Bridge's MCP setup ([FILE|-] "
        "[--json])\n"
        "  fleet     every user at once: servers, token status, tools, over-budget\n"
        "            (--url URL | --sandbox | --snapshot FILE) [--search TEXT] [--json]\n"
        "            [--csv FILE] [--what-if FILE] [--compare OLD.json] [--save-snapshot FILE]\n\n"
        "Options:\n"
        "  -h, --help     show this help (COMMAND --help for a command's options)\n"
        "  -v, --version  show the version\n\n"
        "Exit codes: 0 ok, 1 resolution error, 2 bad input, 3 new problems (fleet --fail-on).\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aibridge-inspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIBI_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("-h") || command == QLatin1String("--help")) {
        CliIo::out(usage());
        return command.isEmpty() ? CliIo::BadInput : CliIo::Ok;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        CliIo::out(QStringLiteral("aibridge-inspector-cli %1 (commit %2)\n")
                       .arg(QCoreApplication::applicationVersion(), QStringLiteral(AIBI_COMMIT)));
        return CliIo::Ok;
    }
    // The parser of each command expects a program name first.
    arguments.removeAt(1);
    arguments[0] += QLatin1Char(' ') + command;
    if (command == QLatin1String("resolve"))
        return ResolveCommand().run(arguments);
    if (command == QLatin1String("users"))
        return UsersCommand().run(arguments);
    if (command == QLatin1String("login") || command == QLatin1String("logout"))
        return LoginCommand().run(arguments, command == QLatin1String("logout"));
    if (command == QLatin1String("probe"))
        return ProbeCommand().run(arguments);
    if (command == QLatin1String("filter"))
        return FilterCommand().run(arguments);
    if (command == QLatin1String("observed"))
        return ObservedCommand().run(arguments);
    if (command == QLatin1String("explain-log"))
        return ExplainLogCommand().run(arguments);
    if (command == QLatin1String("fleet"))
        return FleetCommand().run(arguments);
    CliIo::error(
        QCoreApplication::translate("main", "unknown command '%1' (try --help)").arg(command));
    return CliIo::BadInput;
}
