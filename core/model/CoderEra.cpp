// SPDX-License-Identifier: Apache-2.0
#include "CoderEra.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CoderEra", text);
}
} // namespace

CoderEra::Era CoderEra::fromVersion(const QString &version)
{
    // buildinfo's version: "v2.36.4", "v2.37.0-rc.1", "v2.35.1+abc123", "v0.0.0-devel".
    static const QRegularExpression semver(
        QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"));
    const QRegularExpressionMatch m = semver.match(version.trimmed());
    if (!m.hasMatch())
        return Era::Unknown;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const QString pre = m.captured(4);
    // A dev build says nothing about which code it carries.
    if (major != 2 || pre.contains(QLatin1String("devel")))
        return Era::Unknown;
    if (minor <= 34)
        return Era::A;
    if (minor <= 36)
        return Era::B;
    return Era::C;
}

CoderEra::Era CoderEra::fromName(const QString &name, bool *ok)
{
    *ok = true;
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("A"))
        return Era::A;
    if (n == QLatin1String("B"))
        return Era::B;
    if (n == QLatin1String("C"))
        return Era::C;
    *ok = false;
    return Era::Unknown;
}

QString CoderEra::name(Era era)
{
    switch (era) {
    case Era::A:
        return QStringLiteral("A");
    case Era::B:
        return QStringLiteral("B");
    case Era::C:
        return QStringLiteral("C");
    case Era::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString CoderEra::releases(Era era)
{
    switch (era) {
    case Era::A:
        return tr("Coder up to v2.34 (mcp-go v0.38.0, raw tool ids)");
    case Era::B:
        return tr("Coder v2.35-v2.36 (mcp-go v0.38.0, sanitised tool ids)");
    case Era::C:
        return tr("Coder v2.37 and later (go-sdk v1.7.0, sanitised tool ids)");
    case Era::Unknown:
        break;
    }
    return tr("unknown Coder build");
}

QString CoderEra::certainty(Era era)
{
    switch (era) {
    case Era::A:
        return tr("verified by release tags");
    case Era::B:
        return tr("start verified by release tags (v2.35.0 has the sanitising change)");
    case Era::C:
        return tr("inferred from dates: the go-sdk change merged after v2.36.0 was cut, and no "
                  "backport was found");
    case Era::Unknown:
        break;
    }
    return tr("the build's version names no release");
}

McpClientProfile CoderEra::clientProfile(Era era)
{
    return era == Era::C ? McpClientProfile::goSdk() : McpClientProfile::mcpGo();
}
