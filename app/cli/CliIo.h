#pragma once

#include <QString>

// Output and exit codes shared by the CLI commands.
namespace CliIo {
enum ExitCode { Ok = 0, ResolutionError = 1, BadInput = 2 };

void out(const QString &text);
// One clear line on stderr, prefixed with the program name.
void error(const QString &message);
QString readStdin();
} // namespace CliIo
