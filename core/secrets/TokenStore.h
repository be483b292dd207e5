// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Secret.h"

#include <functional>
#include <QObject>
#include <QUrl>

// Session tokens in the desktop's secret store (QtKeychain: Secret Service on Linux),
// one entry per deployment URL. Asynchronous; a guard timeout covers a keychain that
// never answers (QtKeychain has none). "Nothing saved" is told apart from "no secret
// store / locked", which the caller reports and then keeps the token in memory only.
// QtKeychain's insecure plaintext fallback is never used.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable };
    struct Result
    {
        Status status = Status::Unavailable;
        Secret token;
        QString error; // for Unavailable: QtKeychain's message
    };
    using Callback = std::function<void(const Result &)>;

    // Two entries per deployment: the Owner's session token and the AI Gateway key.
    enum class Entry { SessionToken, GatewayKey };
    explicit TokenStore(QObject *parent = nullptr, Entry entry = Entry::SessionToken);

    void setGuardTimeoutMs(int ms) { m_guardMs = ms; }
    void read(const QUrl &deployment, Callback done);
    void write(const QUrl &deployment, const Secret &token, Callback done);
    void remove(const QUrl &deployment, Callback done);

    // "aibridge-inspector:https://coder.example.com" — scheme, host, port and path,
    // without credentials, query or a trailing slash.
    static QString serviceName(const QUrl &deployment);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QUrl &deployment, const Secret &token, Callback done);

    int m_guardMs = 10000;
    Entry m_entry;
};
