#pragma once

#include <QCommandLineParser>
#include <QString>

// Output and exit codes shared by the CLI commands.
namespace CliIo {
enum ExitCode { Ok = 0, ResolutionError = 1, BadInput = 2 };

void out(const QString &text);
// Parses a command's arguments; false when the command is done (an error, reported,
// or --help, printed) with *exitCode set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// One clear line on stderr, prefixed with the program name.
void error(const QString &message);
QString readStdin();
} // namespace CliIo
