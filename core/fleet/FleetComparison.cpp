// SPDX-License-Identifier: Apache-2.0
#include "FleetComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("FleetComparison", text, comment, n);
}

QString describe(const FleetResult &fleet, const FleetUser &user, int s)
{
    if (s < 0 || s >= user.cells.size() || !user.cells.at(s).present)
        return QStringLiteral("absent");
    const FleetCell &cell = user.cells.at(s);
    QString text = ResolvedServer::outcomeName(cell.outcome);
    if (cell.outcome == ResolvedServer::Outcome::Dropped)
        text += QStringLiteral(": ") + ResolvedServer::reasonName(cell.reason);
    text += QStringLiteral(" (") + FleetResult::tokenClassName(cell.tokenClass) + QLatin1Char(')');
    Q_UNUSED(fleet)
    return text;
}

QSet<QString> injectedOf(const FleetResult &fleet, const FleetEvaluation &e, int u)
{
    QSet<QString> ids;
    const FleetUser &user = fleet.users.at(u);
    for (int s = 0; s < user.cells.size() && s < e.servers.size(); ++s)
        if (FleetEvaluation::cellProxied(user.cells.at(s), e.servers.at(s).regexValid))
            for (const QString &id : e.servers.at(s).injected)
                ids.insert(id);
    return ids;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}
} // namespace

FleetComparison FleetComparison::compare(const FleetResult &before, const FleetResult &after)
{
    FleetComparison c;
    c.beforeScannedAt = before.scannedAt;
    c.afterScannedAt = after.scannedAt;
    const FleetEvaluation eb = FleetEvaluation::evaluate(before);
    const FleetEvaluation ea = FleetEvaluation::evaluate(after);
    QHash<QString, int> beforeIndex;
    for (int u = 0; u < before.users.size(); ++u)
        beforeIndex.insert(before.users.at(u).id, u);
    QSet<QString> seen;
    QStringList serverIds;
    for (const FleetServer &s : before.servers)
        serverIds << s.id;
    for (const FleetServer &s : after.servers)
        if (!serverIds.contains(s.id))
            serverIds << s.id;

    c.beforePartial = before.cancelled || !before.missingUsers().isEmpty();
    c.afterPartial = after.cancelled || !after.missingUsers().isEmpty();
    for (int ua = 0; ua < after.users.size(); ++ua) {
        const FleetUser &now = after.users.at(ua);
        seen.insert(now.id);
        const int ub = beforeIndex.value(now.id, -1);
        UserChange change;
        change.username = now.username;
        change.userId = now.id;
        if (!now.scanned()) {
            // Listed but not reached this time: nothing is known of them now.
            if (ub >= 0 && before.users.at(ub).scanned()) {
                change.notScannedAfter = true;
                ++c.notScannedAfter;
                c.changes << change;
            }
            continue;
        }
        if (ub < 0) {
            change.added = true;
            c.changes << change;
            continue;
        }
        if (!before.users.at(ub).scanned()) {
            change.notScannedBefore = true;
            ++c.notScannedBefore;
            c.changes << change;
            continue;
        }
        ++c.usersCompared;
        const FleetUser &then = before.users.at(ub);
        for (const QString &id : std::as_const(serverIds)) {
            const QString was = describe(before, then, before.serverIndex(id));
            const QString is = describe(after, now, after.serverIndex(id));
            if (was != is) {
                change.servers << ServerChange{id, was, is};
                if (was.startsWith(QLatin1String("proxied")) &&
                    !is.startsWith(QLatin1String("proxied")))
                    change.worse = true;
            }
        }
        const QSet<QString> idsBefore = injectedOf(before, eb, ub);
        const QSet<QString> idsAfter = injectedOf(after, ea, ua);
        change.toolsLost = sorted(idsBefore - idsAfter);
        change.toolsGained = sorted(idsAfter - idsBefore);
        change.worse |= !change.toolsLost.isEmpty();
        if (!change.servers.isEmpty() || !change.toolsLost.isEmpty() ||
            !change.toolsGained.isEmpty())
            c.changes << change;
    }
    for (const FleetUser &then : before.users)
        if (then.scanned() && !seen.contains(then.id)) {
            UserChange gone;
            gone.username = then.username;
            gone.userId = then.id;
            gone.removed = true;
            c.changes << gone;
        }
    std::stable_sort(c.changes.begin(), c.changes.end(),
                     [](const UserChange &a, const UserChange &b) {
                         if (a.worse != b.worse)
                             return a.worse;
                         if (a.toolsLost.size() != b.toolsLost.size())
                             return a.toolsLost.size() > b.toolsLost.size();
                         return a.username < b.username;
                     });
    return c;
}

QStringList FleetComparison::summaryLines() const
{
    QStringList lines;
    int worse = 0;
    for (const UserChange &c : changes)
        worse += c.worse;
    lines << tr("Compared %n user(s) with the fleet scanned %1:", nullptr, usersCompared)
                 .arg(beforeScannedAt.toLocalTime().toString(Qt::ISODate));
    const int unscanned = notScannedBefore + notScannedAfter;
    lines << tr("%1 user(s) worse, %2 changed otherwise.")
                 .arg(worse)
                 .arg(changes.size() - worse - unscanned);
    if (changes.isEmpty())
        lines << tr("No change.");
    if (beforePartial || afterPartial)
        lines << tr("!! %1 partial: %n user(s) not scanned in one of the two are not compared.",
                    nullptr, unscanned)
                     .arg(beforePartial && afterPartial ? tr("Both scans were")
                          : afterPartial                ? tr("This scan was")
                                                        : tr("The earlier scan was"));
    for (const UserChange &c : changes) {
        if (c.added) {
            lines << tr("  + %1: new since then").arg(c.username);
            continue;
        }
        if (c.removed) {
            lines << tr("  − %1: no longer in the fleet").arg(c.username);
            continue;
        }
        if (c.notScannedAfter) {
            lines << tr("  ? %1: not scanned this time, not compared").arg(c.username);
            continue;
        }
        if (c.notScannedBefore) {
            lines << tr("  ? %1: not scanned then, not compared").arg(c.username);
            continue;
        }
        QStringList parts;
        for (const ServerChange &s : c.servers)
            parts << tr("%1 %2 → %3").arg(s.server, s.before, s.after);
        if (!c.toolsLost.isEmpty())
            parts << tr("lost %n tool(s): %1", nullptr, int(c.toolsLost.size()))
                         .arg(c.toolsLost.mid(0, 6).join(QLatin1String(", ")));
        if (!c.toolsGained.isEmpty())
            parts << tr("gained %n tool(s): %1", nullptr, int(c.toolsGained.size()))
                         .arg(c.toolsGained.mid(0, 6).join(QLatin1String(", ")));
        lines << QStringLiteral("  %1 %2: %3")
                     .arg(c.worse ? QStringLiteral("!!") : QStringLiteral("  "), c.username,
                          parts.join(QLatin1String("; ")));
    }
    return lines;
}

QJsonObject FleetComparison::toJson() const
{
    QJsonArray list;
    for (const UserChange &c : changes) {
        QJsonArray servers;
        for (const ServerChange &s : c.servers)
            servers << QJsonObject{{QStringLiteral("id"), s.server},
                                   {QStringLiteral("before"), s.before},
                                   {QStringLiteral("after"), s.after}};
        list << QJsonObject{
            {QStringLiteral("username"), c.username},
            {QStringLiteral("worse"), c.worse},
            {QStringLiteral("added"), c.added},
            {QStringLiteral("removed"), c.removed},
            {QStringLiteral("notScanned"), c.notScannedAfter    ? QStringLiteral("now")
                                           : c.notScannedBefore ? QStringLiteral("before")
                                                                : QString()},
            {QStringLiteral("servers"), servers},
            {QStringLiteral("toolsLost"), QJsonArray::fromStringList(c.toolsLost)},
            {QStringLiteral("toolsGained"), QJsonArray::fromStringList(c.toolsGained)}};
    }
    return {{QStringLiteral("before"), beforeScannedAt.toString(Qt::ISODate)},
            {QStringLiteral("usersCompared"), usersCompared},
            {QStringLiteral("partial"), beforePartial || afterPartial},
            {QStringLiteral("notScannedBefore"), notScannedBefore},
            {QStringLiteral("notScannedNow"), notScannedAfter},
            {QStringLiteral("changes"), list}};
}
