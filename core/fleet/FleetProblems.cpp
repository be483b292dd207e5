// SPDX-License-Identifier: Apache-2.0
#include "FleetProblems.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("FleetProblems", text, comment, n);
}
} // namespace

QMap<QString, QString> FleetProblems::of(const FleetResult &fleet, const FleetEvaluation &e,
                                         int u)
{
    QMap<QString, QString> out;
    const FleetUser &user = fleet.users.at(u);
    if (!user.scanned())
        return out;
    if (!user.error.isEmpty()) {
        out.insert(QStringLiteral("failed"), tr("the resolution failed: %1").arg(user.error));
        return out;
    }
    for (int s = 0; s < user.cells.size() && s < fleet.servers.size(); ++s) {
        const FleetCell &cell = user.cells.at(s);
        if (!cell.present)
            continue;
        const QString id = fleet.servers.at(s).id;
        switch (cell.tokenClass) {
        case FleetTokenClass::Expired:
            out.insert(id + QStringLiteral("/expired"), tr("%1: token expired or invalid").arg(id));
            continue;
        case FleetTokenClass::NotLinked:
            out.insert(id + QStringLiteral("/not-linked"), tr("%1: not linked").arg(id));
            continue;
        case FleetTokenClass::OtherError:
            out.insert(id + QStringLiteral("/other-error"),
                       tr("%1: token error (%2)").arg(id, fleet.text(cell.tokenError)));
            continue;
        default:
            break;
        }
        if (cell.outcome == ResolvedServer::Outcome::Dropped)
            out.insert(id + QStringLiteral("/dropped"),
                       tr("%1: dropped (%2)").arg(id, ResolvedServer::reasonName(cell.reason)));
    }
    if (e.overBudget(u))
        out.insert(QStringLiteral("over-budget"),
                   tr("over the OpenAI API's %1-tool limit").arg(Resolution::ProviderToolLimit));
    if (e.rejected.value(u) > 0)
        out.insert(QStringLiteral("breaks-requests"),
                   tr("gets tool names an LLM API refuses: requests fail"));
    return out;
}

QList<FleetProblems::User> FleetProblems::newSince(const FleetResult &before,
                                                   const FleetResult &after)
{
    const FleetEvaluation eb = FleetEvaluation::evaluate(before);
    const FleetEvaluation ea = FleetEvaluation::evaluate(after);
    QHash<QString, int> beforeIndex;
    for (int u = 0; u < before.users.size(); ++u)
        beforeIndex.insert(before.users.at(u).id, u);
    QList<User> out;
    for (int u = 0; u < after.users.size(); ++u) {
        const QMap<QString, QString> now = of(after, ea, u);
        if (now.isEmpty())
            continue;
        const int b = beforeIndex.value(after.users.at(u).id, -1);
        if (b >= 0 && !before.users.at(b).scanned())
            continue; // listed then but not reached: nothing to compare with
        const QMap<QString, QString> then = b >= 0 ? of(before, eb, b) : QMap<QString, QString>();
        User user{after.users.at(u).username, {}};
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (then.contains(it.key()))
                continue;
            // A token status the earlier scan could not see (REST) is not compared: a switch
            // to an AI Gateway key would otherwise call every known problem new.
            const int slash = int(it.key().indexOf(QLatin1Char('/')));
            if (b >= 0 && slash > 0) {
                const int s = before.serverIndex(it.key().left(slash));
                const FleetCell cell = before.users.at(b).cells.value(s);
                if (s >= 0 && cell.present && cell.tokenClass == FleetTokenClass::Unknown)
                    continue;
            }
            user.problems << it.value();
        }
        if (!user.problems.isEmpty())
            out << user;
    }
    return out;
}

QStringList FleetProblems::summaryLines(const QList<User> &users, const QDateTime &since,
                                        int maxUsers)
{
    QStringList lines;
    if (users.isEmpty()) {
        lines << tr("No new problems since the scan of %1.")
                     .arg(since.toLocalTime().toString(Qt::ISODate));
        return lines;
    }
    lines << tr("!! %n user(s) with a problem the scan of %1 did not show:", nullptr,
                int(users.size()))
                 .arg(since.toLocalTime().toString(Qt::ISODate));
    for (int i = 0; i < users.size() && i < maxUsers; ++i)
        lines << QStringLiteral("!!   %1: %2").arg(users.at(i).username,
                                                  users.at(i).problems.join(QLatin1String("; ")));
    if (users.size() > maxUsers)
        lines << tr("!!   … %n more (--json has them all)", nullptr, int(users.size()) - maxUsers);
    return lines;
}

QJsonArray FleetProblems::toJson(const QList<User> &users)
{
    QJsonArray out;
    for (const User &u : users)
        out << QJsonObject{{QStringLiteral("username"), u.username},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(u.problems)}};
    return out;
}
