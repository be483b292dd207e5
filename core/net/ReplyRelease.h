// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QNetworkReply>

// Lets go of a reply that may still be running: no more signals to `receiver`, the
// transfer aborted, the object deleted from the event loop (it may be mid-signal).
// The pointer is cleared first, so re-entrant calls see nothing to release.
inline void releaseReply(QNetworkReply *&reply, QObject *receiver)
{
    if (!reply)
        return;
    QNetworkReply *released = reply;
    reply = nullptr;
    released->disconnect(receiver);
    if (released->isRunning())
        released->abort();
    released->deleteLater();
}
