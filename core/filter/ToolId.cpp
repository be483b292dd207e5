// SPDX-License-Identifier: Apache-2.0
#include "ToolId.h"

#include <QList>
#include <QStringView>

QString ToolId::sanitize(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const char32_t cp : QStringView(name).toUcs4()) {
        const bool allowed = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                             (cp >= '0' && cp <= '9') || cp == '_' || cp == '-';
        out += allowed ? QChar(char16_t(cp)) : QChar(u'_');
    }
    return out;
}

QString ToolId::encode(const QString &server, const QString &tool)
{
    // After sanitising every character is ASCII, so 64 characters are 64 bytes.
    return (QLatin1String("bmcp_") + sanitize(server) + QLatin1Char('_') + sanitize(tool))
        .left(MaxLength);
}

QString ToolId::encodeRaw(const QString &server, const QString &tool)
{
    return QLatin1String("bmcp_") + server + QLatin1Char('_') + tool;
}

bool ToolId::acceptedByLlmApis(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
              u == '_' || u == '-'))
            return false;
    }
    return true;
}
