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
