#include "CliIo.h"

#include <cstdio>
#include <QFile>
#include <QTextStream>

namespace CliIo {

void out(const QString &text)
{
    QTextStream stream(stdout);
    stream << text;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        *exitCode = BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        *exitCode = Ok;
        return false;
    }
    return true;
}

void error(const QString &message)
{
    QTextStream stream(stderr);
    stream << "aibridge-inspector-cli: " << message << '\n';
}

QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

} // namespace CliIo
