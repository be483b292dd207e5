// SPDX-License-Identifier: Apache-2.0
#include "ObservedActivity.h"

QString ObservedActivity::apiName(Api api)
{
    switch (api) {
    case Api::Interceptions:
        return QStringLiteral("interceptions");
    case Api::Sessions:
        return QStringLiteral("sessions");
    case Api::None:
        break;
    }
    return QStringLiteral("none");
}
