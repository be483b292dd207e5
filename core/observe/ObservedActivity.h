// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Interception.h"

#include <QList>
#include <QString>
#include <QStringList>

// A user's recorded AI Bridge activity, from whichever API the build has: the
// interceptions list (up to v2.34) or the sessions API (v2.32 on; the only one from
// v2.35.0, which removed /aibridge/interceptions). A session's threads become
// interceptions here; what the sessions API does not return is said, not invented.
struct ObservedActivity
{
    enum class Api { None, Interceptions, Sessions };

    Api api = Api::None;
    QString path; // the route that answered
    QList<Interception> interceptions;
    // codersdk AIBridgeToolCall (v2.35.1) has no invocation_error: a failed injected
    // call cannot be told from a successful one.
    bool invocationErrorsKnown = true;
    // Threads carry no api_key_id, so the bridges cannot be told apart per key.
    bool apiKeysKnown = true;
    QStringList notes;  // what was cut, and why
    QString error;      // the activity could not be read (with what was read before)
    int httpStatus = 0; // of the listing call that failed

    static QString apiName(Api api);
};
