// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/CoderEra.h"

#include <optional>
#include <QCommandLineParser>
#include <QString>

// Output and exit codes shared by the CLI commands.
namespace CliIo {
// 3: fleet --fail-on new-problems found a problem the previous scan did not show.
enum ExitCode { Ok = 0, ResolutionError = 1, BadInput = 2, NewProblems = 3 };

void out(const QString &text);
// Bytes as they are (JSON, whose strings carry no raw control characters).
void outBytes(const QByteArray &bytes);
// Control characters removed (newlines and tabs kept): what out() and error() print.
QString forTerminal(const QString &text);
// Parses a command's arguments; false when the command is done (an error, reported,
// or --help, printed) with *exitCode set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// One clear line on stderr, prefixed with the program name.
void error(const QString &message);
QString readStdin();
// Reads a token from the terminal without echo, or the first line of piped stdin.
QString readSecretLine(const QString &prompt);
// A finite timeout between 1 ms and one hour; otherwise reports the error and is false.
bool parseSeconds(const QString &text, double *seconds);
// --OPTION's whole number within [low, high]; otherwise reports the error and is false.
bool parseWholeNumber(const QString &option, const QString &text, int low, int high, int *value);
// --coder-era A|B|C when given; an unknown name is reported and false.
bool parseEra(const QCommandLineParser &parser, std::optional<CoderEra::Era> *era);
} // namespace CliIo
