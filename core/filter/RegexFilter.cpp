// SPDX-License-Identifier: Apache-2.0
#include "RegexFilter.h"

#include <QCoreApplication>

RegexFilter::RegexFilter(const QString &allowPattern, const QString &denyPattern)
    : m_allow(allowPattern), m_deny(denyPattern)
{}

QString RegexFilter::compileError() const
{
    QStringList parts;
    if (!m_allow.isValid())
        parts << QStringLiteral("allow regex `%1`: %2").arg(m_allow.pattern(), m_allow.error());
    if (!m_deny.isValid())
        parts << QStringLiteral("deny regex `%1`: %2").arg(m_deny.pattern(), m_deny.error());
    return parts.join(QLatin1String("; "));
}

ToolVerdict RegexFilter::verdict(const QString &toolName) const
{
    if (m_allow.isEmpty() && m_deny.isEmpty())
        return ToolVerdict::Injected;
    const QByteArray utf8 = toolName.toUtf8();
    return verdictUtf8(std::string_view(utf8.constData(), size_t(utf8.size())));
}

ToolVerdict RegexFilter::verdictUtf8(std::string_view name) const
{
    if (!m_deny.isEmpty() && m_deny.matchesUtf8(name))
        return ToolVerdict::Denied;
    if (!m_allow.isEmpty() && !m_allow.matchesUtf8(name))
        return ToolVerdict::NotAllowed;
    return ToolVerdict::Injected;
}

QString RegexFilter::reason(const QString &toolName) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("RegexFilter", text);
    };
    switch (verdict(toolName)) {
    case ToolVerdict::Denied:
        if (!m_allow.isEmpty() && m_allow.matches(toolName))
            return tr("matches deny `%1` (deny wins over allow `%2`)")
                .arg(m_deny.pattern(), m_allow.pattern());
        return tr("matches deny `%1`").arg(m_deny.pattern());
    case ToolVerdict::NotAllowed:
        return tr("does not match allow `%1`").arg(m_allow.pattern());
    default:
        break;
    }
    if (!m_allow.isEmpty())
        return tr("matches allow `%1`").arg(m_allow.pattern());
    if (!m_deny.isEmpty())
        return tr("does not match deny `%1`").arg(m_deny.pattern());
    return tr("no allow or deny regex");
}
