// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "filter/ToolVerdict.h"
#include "json/JsonText.h"

#include <QJsonObject>
#include <QString>

struct ResolvedTool
{
    QString name; // raw upstream name: what the regexes match
    QString title;
    QString description;
    JsonText inputSchema;
    QString injectedName; // bmcp_<server>_<tool> as the model sees it
    QByteArray nameUtf8;  // encoded once: what RE2 matches on every keystroke
    int shadowedBy = -1;  // index of the later tool with the same injected name
    bool nameRejected = false; // injectedName is no tool name an LLM API takes (raw, era A)
    ToolVerdict verdict = ToolVerdict::Injected;
    QString reason; // set for verdicts the filter does not decide; see ToolInventory::reason()
};
