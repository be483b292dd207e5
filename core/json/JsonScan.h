// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Finds byte ranges in JSON text without building a DOM: a tools/list answer of
// 500 000 tools is 24 MB of text but ten times that as a QJsonDocument, so the tools
// array is cut out and each tool parsed on its own. Only well-formed structure is
// followed; anything unexpected answers "not found" and the caller parses the usual way.
class JsonScan
{
public:
    using Range = QPair<qsizetype, qsizetype>; // [begin, end)

    // The end of the JSON value starting at `pos` (whitespace skipped first), or -1.
    static qsizetype skipValue(const QByteArray &json, qsizetype pos);
    // The value of member `key` (a plain ASCII key) of the object at `object`, or {-1,-1}.
    static Range member(const QByteArray &json, Range object, const char *key);
    // The elements of the array at `array`; false when it is not a well-formed array.
    static bool elements(const QByteArray &json, Range array, QList<Range> *out);
};
