// SPDX-License-Identifier: Apache-2.0
#include "CliIo.h"

#include <cmath>
#include <cstdio>
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

QString readSecretLine(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return readStdin().section(QLatin1Char('\n'), 0, 0).trimmed();
    // A terminal: turn echo off while the token is typed, and on again whatever happens.
    termios saved{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream(stderr) << prompt << Qt::flush;
    QString line;
    char buffer[4096];
    if (fgets(buffer, sizeof buffer, stdin))
        line = QString::fromUtf8(buffer).trimmed();
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
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

} // namespace CliIo
