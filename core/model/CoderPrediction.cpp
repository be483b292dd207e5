// SPDX-License-Identifier: Apache-2.0
#include "CoderPrediction.h"

#include "filter/ToolId.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

QString CoderPrediction::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Fails:
        return QStringLiteral("fails");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList CoderPrediction::ids(const QString &serverKey) const
{
    QStringList out;
    for (const McpTool &tool : tools)
        out << (CoderEra::sanitizesToolIds(era) ? ToolId::encode(serverKey, tool.name)
                                                : ToolId::encodeRaw(serverKey, tool.name));
    return out;
}

QList<int> CoderPrediction::kept(const QString &serverKey, QList<QPair<int, int>> *shadowed) const
{
    const QStringList all = ids(serverKey);
    QHash<QString, int> last;
    for (int i = 0; i < all.size(); ++i) {
        if (const auto it = last.constFind(all.at(i)); it != last.constEnd() && shadowed)
            *shadowed << qMakePair(it.value(), i);
        last.insert(all.at(i), i);
    }
    QList<int> out = last.values();
    std::sort(out.begin(), out.end(), [&all](int a, int b) { return all.at(a) < all.at(b); });
    return out;
}

QString CoderPrediction::summary() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CoderPrediction", text);
    };
    switch (outcome) {
    case Outcome::Fails:
        return tr("Coder gets no tools from this server: %1 (and keeps that for the bridge's 15 "
                  "minutes)")
            .arg(reason);
    case Outcome::Unknown:
        return tr("Cannot tell what Coder gets from this server: %1").arg(reason);
    case Outcome::Ok:
        break;
    }
    return {};
}

QJsonObject CoderPrediction::toJson(const QString &serverKey) const
{
    const QStringList allIds = ids(serverKey);
    QList<QPair<int, int>> replaced;
    QJsonArray names;
    QJsonArray keptIds;
    for (int i : kept(serverKey, &replaced)) {
        names << tools.at(i).name;
        keptIds << allIds.at(i);
    }
    QJsonArray shadowArray;
    for (const auto &[gone, by] : replaced)
        shadowArray << QJsonObject{{QStringLiteral("tool"), tools.at(gone).name},
                                   {QStringLiteral("id"), allIds.at(gone)},
                                   {QStringLiteral("replacedBy"), tools.at(by).name}};
    QJsonArray dropArray;
    for (const auto &[name, why] : dropped)
        dropArray << QJsonObject{{QStringLiteral("tool"), name}, {QStringLiteral("reason"), why}};
    QJsonObject out{{QStringLiteral("era"), CoderEra::name(era)},
                    {QStringLiteral("client"), CoderEra::clientProfile(era).name()},
                    {QStringLiteral("outcome"), outcomeName(outcome)},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("protocolVersion"), protocolVersion},
                    {QStringLiteral("tools"), names},
                    {QStringLiteral("ids"), keptIds},
                    {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!dropArray.isEmpty())
        out.insert(QStringLiteral("dropped"), dropArray);
    if (!shadowArray.isEmpty())
        out.insert(QStringLiteral("shadowed"), shadowArray);
    if (pagesUnread)
        out.insert(QStringLiteral("pagesUnread"), true);
    return out;
}
