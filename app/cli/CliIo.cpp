// SPDX-License-Identifier: Apache-2.0
#include "CliIo.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace CliIo {

QString forTerminal(const QString &text)
{
    // Server-supplied text (error bodies, tool names) reaches the terminal: control
    // characters (ESC sequences, CR overwrites, C1) are dropped; lines and tabs stay.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7f && u < 0xa0))
            continue;
        out += c;
    }
    return out;
}

void out(const QString &text)
{
    QTextStream stream(stdout);
    stream << forTerminal(text);
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        *exitCode = BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the executable's path; say the program and command
        // instead, as the man page (generated from this text) and the user type them.
        QString text = parser.helpText();
        const QString path = QCoreApplication::arguments().value(0);
        const qsizetype at = path.isEmpty() ? -1 : text.indexOf(path);
        if (at >= 0)
            text.replace(at, path.size(),
                         QStringLiteral("aibridge-inspector-cli ") +
                             arguments.value(0).section(QLatin1Char(' '), -1));
        out(text);
        *exitCode = Ok;
        return false;
    }
    return true;
}

void error(const QString &message)
{
    QTextStream stream(stderr);
    stream << "aibridge-inspector-cli: " << forTerminal(message) << '\n';
}

QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

namespace {
// The terminal as it was before echo went off, for the signal handler below.
termios g_savedTerm{};
volatile sig_atomic_t g_echoOff = 0;

void restoreEchoAndRaise(int signal)
{
    // Async-signal-safe: put the terminal back, then die of the signal as usual.
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerm);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// One line from stdin, however much follows: each prompt takes its own line, so two
// secrets piped in one after the other both arrive. A line past the buffer is read to
// its end and cut.
QString readOneLine()
{
    QByteArray line;
    char buffer[4096];
    while (fgets(buffer, sizeof buffer, stdin)) {
        const size_t n = strlen(buffer);
        if (line.size() < 64 * 1024)
            line.append(buffer, qsizetype(n));
        if (n > 0 && buffer[n - 1] == '\n')
            break;
    }
    return QString::fromUtf8(line).trimmed();
}
} // namespace

QString readSecretLine(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return readOneLine();
    // A terminal: turn echo off while the token is typed, and on again whatever happens,
    // Ctrl-C and termination included.
    const bool haveTerm = tcgetattr(STDIN_FILENO, &g_savedTerm) == 0;
    struct sigaction restore
    {};
    struct sigaction previous[3]{};
    const int caught[3] = {SIGINT, SIGTERM, SIGHUP};
    if (haveTerm) {
        restore.sa_handler = restoreEchoAndRaise;
        sigemptyset(&restore.sa_mask);
        for (int i = 0; i < 3; ++i)
            sigaction(caught[i], &restore, &previous[i]);
        termios quiet = g_savedTerm;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        g_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream(stderr) << prompt << Qt::flush;
    const QString line = readOneLine();
    if (haveTerm) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerm);
        g_echoOff = 1;
        for (int i = 0; i < 3; ++i)
            sigaction(caught[i], &previous[i], nullptr);
    }
    QTextStream(stderr) << '\n';
    return line;
}

bool parseSeconds(const QString &text, double *seconds)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    // NaN and infinities parse; both would disable the timer.
    if (!ok || !std::isfinite(value) || value < 0.001 || value > 3600) {
        error(QCoreApplication::translate("CliIo",
                                          "--timeout needs a number of seconds from 0.001 to 3600, "
                                          "not '%1'")
                  .arg(text));
        return false;
    }
    *seconds = value;
    return true;
}

bool parseWholeNumber(const QString &option, const QString &text, int low, int high, int *value)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < low || n > high) {
        error(QCoreApplication::translate("CliIo", "--%1 needs a whole number from %2 to %3")
                  .arg(option)
                  .arg(low)
                  .arg(high));
        return false;
    }
    *value = n;
    return true;
}

bool parseEra(const QCommandLineParser &parser, std::optional<CoderEra::Era> *era)
{
    if (!parser.isSet(QStringLiteral("coder-era")))
        return true;
    bool known = false;
    *era = CoderEra::fromName(parser.value(QStringLiteral("coder-era")), &known);
    if (!known)
        error(QCoreApplication::translate("CliIo", "--coder-era takes A, B or C, not '%1'")
                  .arg(parser.value(QStringLiteral("coder-era"))));
    return known;
}

} // namespace CliIo
