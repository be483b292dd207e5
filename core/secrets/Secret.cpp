#include "Secret.h"

QString Secret::masked(const QString &value)
{
    // The length is not shown either: a short token is easier to guess.
    return value.isEmpty() ? QString() : QStringLiteral("••••••");
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? "empty" : "masked") << ')';
    return debug;
}
