// SPDX-License-Identifier: Apache-2.0
#include "WhatIfImpact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("WhatIfImpact", text, comment, n);
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    const QSet<QString> drop(b.cbegin(), b.cend());
    QStringList out;
    for (const QString &x : a)
        if (!drop.contains(x))
            out << x;
    return out;
}

QString listed(const QStringList &ids, int max = 6)
{
    QString text = ids.mid(0, max).join(QLatin1String(", "));
    if (ids.size() > max)
        text += QCoreApplication::translate("WhatIfImpact", " … (%1 more)").arg(ids.size() - max);
    return text;
}
} // namespace

WhatIfImpact WhatIfImpact::evaluate(const FleetResult &fleet, const WhatIfEdits &edits)
{
    WhatIfImpact impact;
    impact.edits = edits;
    // Before and after count on the same lists: a user's own list (--probe-each) only
    // where neither side edits that server.
    impact.before = FleetEvaluation::evaluate(fleet, {}, &edits);
    impact.after = FleetEvaluation::evaluate(fleet, edits);
    impact.serversStoppingCoderd = impact.after.serversStoppingCoderd;
    const bool stopped = impact.after.coderdStopped;
    const int serverCount = int(fleet.servers.size());
    QVector<QStringList> lostOnServer(serverCount), gainedOnServer(serverCount);
    QVector<bool> unknownSeen(serverCount, false);
    for (int s = 0; s < serverCount; ++s) {
        const auto &b = impact.before.servers.at(s);
        const auto &a = impact.after.servers.at(s);
        lostOnServer[s] = stopped ? b.injected : minus(b.injected, a.injected);
        gainedOnServer[s] = stopped ? QStringList() : minus(a.injected, b.injected);
        if (!lostOnServer.at(s).isEmpty() || !gainedOnServer.at(s).isEmpty())
            impact.serversGainingOrLosing << QStringLiteral("%1: -%2 +%3")
                                                 .arg(fleet.servers.at(s).id)
                                                 .arg(lostOnServer.at(s).size())
                                                 .arg(gainedOnServer.at(s).size());
    }

    // Users with the same servers proxied before and after change the same way.
    QHash<QByteArray, int> groupByKey;
    const int users = int(fleet.users.size());
    impact.groupOf.fill(-1, users);
    QByteArray key(serverCount * 2, '0');
    for (int u = 0; u < users; ++u) {
        const FleetUser &user = fleet.users.at(u);
        if (!user.scanned() || !user.error.isEmpty())
            continue;
        const bool wasOver = impact.before.overBudget(u);
        const bool isOver = impact.after.overBudget(u);
        if (isOver && !wasOver)
            impact.crossingBudget << u;
        else if (wasOver && !isOver)
            impact.leavingBudget << u;
        // coderd refusing to start takes AI Bridge from everyone, with or without tools.
        bool changed = stopped;
        for (int s = 0; s < serverCount; ++s) {
            const FleetCell &cell = user.cells.value(s);
            const bool bp =
                FleetEvaluation::cellProxied(cell, impact.before.servers.at(s).regexValid);
            const bool ap = !stopped && FleetEvaluation::cellProxied(
                                            cell, impact.after.servers.at(s).regexValid);
            key[2 * s] = bp ? '1' : '0';
            key[2 * s + 1] = ap ? '1' : '0';
            // An edited server whose tools are unknown, proxied for this user (or perhaps:
            // an unknown outcome), may change them unseen.
            const auto &after = impact.after.servers.at(s);
            if (!stopped && after.edited &&
                ((cell.present && cell.outcome == ResolvedServer::Outcome::Unknown) ||
                 ((bp || ap) && !after.toolsKnown)))
                unknownSeen[s] = true;
            if (bp && ap)
                changed |= !lostOnServer.at(s).isEmpty() || !gainedOnServer.at(s).isEmpty();
            else if (bp != ap)
                changed |= !(bp ? impact.before : impact.after).servers.at(s).injected.isEmpty();
        }
        if (!changed)
            continue;
        auto it = groupByKey.find(key);
        if (it == groupByKey.end()) {
            Group group;
            for (int s = 0; s < serverCount; ++s) {
                const bool bp = key.at(2 * s) == '1';
                const bool ap = key.at(2 * s + 1) == '1';
                if (bp && ap) {
                    group.lost << lostOnServer.at(s);
                    group.gained << gainedOnServer.at(s);
                } else if (bp) {
                    group.lost << impact.before.servers.at(s).injected;
                } else if (ap) {
                    group.gained << impact.after.servers.at(s).injected;
                }
            }
            impact.groups << group;
            it = groupByKey.insert(key, int(impact.groups.size() - 1));
        }
        impact.groups[*it].users << u;
        impact.groupOf[u] = *it;
        ++impact.usersAffected;
    }
    for (int s = 0; s < serverCount; ++s)
        if (unknownSeen.at(s))
            impact.serversWithUnknownTools << fleet.servers.at(s).id;
    impact.affectedKnown = impact.serversWithUnknownTools.isEmpty();
    // Users whose servers differ but whose change is the same are one group.
    QHash<QString, int> byChange;
    QVector<int> merged(impact.groups.size());
    QList<Group> unique;
    for (int g = 0; g < impact.groups.size(); ++g) {
        const Group &group = impact.groups.at(g);
        const QString change = group.lost.join(QLatin1Char(' ')) + QLatin1Char('|') +
                               group.gained.join(QLatin1Char(' '));
        auto it = byChange.constFind(change);
        if (it == byChange.constEnd()) {
            it = byChange.insert(change, int(unique.size()));
            unique << Group{group.gained, group.lost, {}};
        }
        unique[*it].users << group.users;
        merged[g] = *it;
    }
    for (int &g : impact.groupOf)
        if (g >= 0)
            g = merged.at(g);
    impact.groups = unique;
    for (Group &group : impact.groups)
        std::sort(group.users.begin(), group.users.end());
    // Largest group first; the order of groupOf follows.
    QList<int> order(impact.groups.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return impact.groups.at(a).users.size() > impact.groups.at(b).users.size();
    });
    QList<Group> sorted;
    QVector<int> newIndex(order.size());
    for (int i = 0; i < order.size(); ++i) {
        sorted << impact.groups.at(order.at(i));
        newIndex[order.at(i)] = i;
    }
    impact.groups = sorted;
    for (int &g : impact.groupOf)
        if (g >= 0)
            g = newIndex.at(g);
    return impact;
}

QStringList WhatIfImpact::gained(int user) const
{
    const int g = groupOf.value(user, -1);
    return g < 0 ? QStringList() : groups.at(g).gained;
}

QStringList WhatIfImpact::lost(int user) const
{
    const int g = groupOf.value(user, -1);
    return g < 0 ? QStringList() : groups.at(g).lost;
}

QStringList WhatIfImpact::summaryLines(const FleetResult &fleet, int maxGroups) const
{
    QStringList lines;
    for (const QString &id : serversStoppingCoderd)
        lines << tr("!! %1's regex does not compile: coderd refuses to start with it (convert "
                    "external auth config: compile MCP tool allow/deny regex for external auth "
                    "provider \"%1\"), so every user loses every tool.")
                     .arg(id);
    if (!affectedKnown) {
        QStringList why;
        for (const QString &id : serversWithUnknownTools) {
            const int s = fleet.serverIndex(id);
            const FleetServer *server = s >= 0 ? &fleet.servers.at(s) : nullptr;
            // What would make it known depends on why it is not.
            QString how;
            if (!fleet.tokensVisible)
                how = tr("give an AI Gateway key: over the REST API other users' tokens are "
                         "unknown");
            else if (server && server->toolsNote == tr("not probed"))
                how = tr("scan without --no-probe");
            else if (server && server->listedBy.isEmpty())
                how = tr("no scanned user has a usable token for it: its tools can be listed "
                         "once one does");
            else
                how = tr("its listing failed from this workstation: fix what the note says and "
                         "scan again, or list each user's with --probe-each");
            why << (server && !server->toolsNote.isEmpty()
                        ? QStringLiteral("%1 (%2; %3)").arg(id, server->toolsNote, how)
                        : QStringLiteral("%1 (%2)").arg(id, how));
        }
        lines << tr("Unknown: at least %n user(s) gain or lose a tool. The tools of %1 are "
                    "unknown, so the users they are proxied for may change too.",
                    nullptr, usersAffected)
                     .arg(why.join(QLatin1String("; ")));
    } else if (usersAffected == 0) {
        lines << tr("No user gains or loses a tool.");
    }
    for (int g = 0; g < groups.size() && g < maxGroups; ++g) {
        const Group &group = groups.at(g);
        const int n = int(group.users.size());
        QStringList parts;
        if (!group.lost.isEmpty())
            parts << tr("lose %n tool(s): %1", nullptr, int(group.lost.size()))
                         .arg(listed(group.lost));
        if (!group.gained.isEmpty())
            parts << tr("gain %n tool(s): %1", nullptr, int(group.gained.size()))
                         .arg(listed(group.gained));
        QStringList names;
        for (int i = 0; i < n && i < 3; ++i)
            names << fleet.users.at(group.users.at(i)).username;
        lines << tr("%n user(s) (%1%2) %3", nullptr, n)
                     .arg(names.join(QLatin1String(", ")),
                          n > 3 ? QStringLiteral(", …") : QString(),
                          parts.join(QLatin1String("; ")));
    }
    if (groups.size() > maxGroups)
        lines << tr("… and %n more group(s) of users", nullptr, int(groups.size() - maxGroups));
    if (!crossingBudget.isEmpty())
        lines << tr("%n user(s) would cross the OpenAI API's %1-tool limit (with %2 client tools).",
                    nullptr, int(crossingBudget.size()))
                     .arg(Resolution::ProviderToolLimit)
                     .arg(after.clientToolCount);
    if (!leavingBudget.isEmpty())
        lines << tr("%n user(s) would fall back under the OpenAI API's %1-tool limit.", nullptr,
                    int(leavingBudget.size()))
                     .arg(Resolution::ProviderToolLimit);
    return lines;
}

QJsonObject WhatIfImpact::summaryJson(const FleetResult &fleet) const
{
    QJsonArray groupsJson;
    for (const Group &g : groups) {
        QJsonArray users;
        for (const int u : g.users)
            users << fleet.users.at(u).username;
        groupsJson << QJsonObject{{QStringLiteral("users"), users},
                                  {QStringLiteral("lost"), QJsonArray::fromStringList(g.lost)},
                                  {QStringLiteral("gained"), QJsonArray::fromStringList(g.gained)}};
    }
    const auto names = [&](const QList<int> &indices) {
        QJsonArray out;
        for (const int u : indices)
            out << fleet.users.at(u).username;
        return out;
    };
    return {{QStringLiteral("edits"), edits.toJson()},
            {QStringLiteral("usersAffected"),
             affectedKnown ? QJsonValue(usersAffected) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("usersAffectedAtLeast"), usersAffected},
            {QStringLiteral("serversWithUnknownTools"),
             QJsonArray::fromStringList(serversWithUnknownTools)},
            {QStringLiteral("coderdStopped"), after.coderdStopped},
            {QStringLiteral("groups"), groupsJson},
            {QStringLiteral("crossingBudget"), names(crossingBudget)},
            {QStringLiteral("leavingBudget"), names(leavingBudget)},
            {QStringLiteral("serversStoppingCoderd"),
             QJsonArray::fromStringList(serversStoppingCoderd)},
            {QStringLiteral("summary"), QJsonArray::fromStringList(summaryLines(fleet))}};
}
