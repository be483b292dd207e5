// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AccessTokensResponse.h"
#include "model/ServerConfigsResponse.h"

#include <functional>
#include <QObject>

// Where the resolver gets its inputs: the two MCPConfigurator calls of
// coderd/aibridged. Answers always arrive asynchronously, never inside the call.
class Source : public QObject
{
    Q_OBJECT
public:
    using ConfigsCallback = std::function<void(const ConfigsResult &)>;
    using TokensCallback = std::function<void(const TokensResult &)>;

    using QObject::QObject;

    virtual void fetchConfigs(const QString &userId, ConfigsCallback done) = 0;
    virtual void fetchAccessTokens(const QString &userId, const QStringList &serverIds,
                                   TokensCallback done) = 0;

    // Shown in the UI: which source is in use and what it cannot see.
    virtual QString displayName() const = 0;
    virtual QString limitations() const { return {}; }
};
