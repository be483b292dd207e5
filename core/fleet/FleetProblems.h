// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FleetEvaluation.h"

#include <QJsonArray>
#include <QMap>

// What the watch alerts on (fleet --fail-on new-problems): per user, the problems a scan
// shows — a token expired, not linked or in error; a server dropped for another reason;
// over the OpenAI API's tool limit; tool names that break requests; a failed
// resolution — and which of them the previous scan did not show. Only users the later
// scan reached count. A user the earlier scan listed but did not reach is not compared;
// one it did not list at all is new, and so are all their problems.
class FleetProblems
{
public:
    struct User
    {
        QString username;
        QStringList problems; // readable, one per problem
    };

    // Stable key -> readable text, per user id.
    static QMap<QString, QString> of(const FleetResult &fleet, const FleetEvaluation &e, int user);
    static QList<User> newSince(const FleetResult &before, const FleetResult &after);
    static QStringList summaryLines(const QList<User> &users, const QDateTime &since,
                                    int maxUsers = 20);
    static QJsonArray toJson(const QList<User> &users);
};
