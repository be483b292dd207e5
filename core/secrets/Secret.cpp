// SPDX-License-Identifier: Apache-2.0
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

void Secret::wipe()
{
    if (!m_value.isEmpty() && m_value.isDetached())
        std::fill(m_value.begin(), m_value.end(), QChar(0));
    m_value.clear();
}

QString Secret::maskIn(QString text) const
{
    // Short values would mask innocent words; real tokens are long.
    if (m_value.size() >= 8)
        text.replace(m_value, masked(m_value));
    return text;
}
