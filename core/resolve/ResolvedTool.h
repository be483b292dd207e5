#pragma once

#include "filter/ToolVerdict.h"

#include <QJsonObject>
#include <QString>

struct ResolvedTool
{
    QString name; // raw upstream name: what the regexes match
    QString title;
    QString description;
    QJsonObject inputSchema;
    QString injectedName; // bmcp_<server>_<tool> as the model sees it
    ToolVerdict verdict = ToolVerdict::Injected;
    QString reason;
};
