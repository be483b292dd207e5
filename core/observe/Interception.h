// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One recorded AI Bridge request and the tools its model called (codersdk
// AIBridgeInterception, AIBridgeToolUsage). A tool call's `input` is never kept: it may
// hold secrets, and the comparison does not need it.
struct ToolUsage
{
    QString serverUrl;
    QString tool;
    bool injected = false;
    QString invocationError;
    QDateTime createdAt;
};

struct Interception
{
    QString id;
    QString apiKeyId;
    QString provider;
    QString model;
    QDateTime startedAt;
    QList<ToolUsage> toolUsages;
};
