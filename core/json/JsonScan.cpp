// SPDX-License-Identifier: Apache-2.0
#include "JsonScan.h"

#include <cstring>

namespace {
qsizetype skipSpace(const QByteArray &json, qsizetype pos)
{
    while (pos < json.size()) {
        const char c = json.at(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++pos;
    }
    return pos;
}

// The end of the string starting at `pos` (its opening quote), or -1.
qsizetype skipString(const QByteArray &json, qsizetype pos)
{
    const char *data = json.constData();
    for (qsizetype i = pos + 1; i < json.size(); ++i) {
        const char c = data[i];
        if (c == '\\')
            ++i;
        else if (c == '"')
            return i + 1;
        else if (static_cast<unsigned char>(c) < 0x20)
            return -1;
    }
    return -1;
}
} // namespace

qsizetype JsonScan::skipValue(const QByteArray &json, qsizetype pos)
{
    pos = skipSpace(json, pos);
    if (pos >= json.size())
        return -1;
    const char first = json.at(pos);
    if (first == '"')
        return skipString(json, pos);
    if (first != '{' && first != '[') {
        // A number or a literal: up to the next delimiter.
        qsizetype end = pos;
        while (end < json.size() && !std::strchr(",}] \t\r\n", json.at(end)))
            ++end;
        return end > pos ? end : -1;
    }
    // Nested containers: depth counted, strings skipped whole.
    int depth = 0;
    for (qsizetype i = pos; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            i = skipString(json, i);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

JsonScan::Range JsonScan::member(const QByteArray &json, Range object, const char *key)
{
    qsizetype pos = skipSpace(json, object.first);
    if (pos >= object.second || json.at(pos) != '{')
        return {-1, -1};
    const qsizetype keyLength = qsizetype(std::strlen(key));
    ++pos;
    for (;;) {
        pos = skipSpace(json, pos);
        if (pos >= object.second || json.at(pos) != '"')
            return {-1, -1};
        const qsizetype keyEnd = skipString(json, pos);
        if (keyEnd < 0)
            return {-1, -1};
        const bool match = keyEnd - pos - 2 == keyLength &&
                           std::memcmp(json.constData() + pos + 1, key, size_t(keyLength)) == 0;
        pos = skipSpace(json, keyEnd);
        if (pos >= object.second || json.at(pos) != ':')
            return {-1, -1};
        const qsizetype valueStart = skipSpace(json, pos + 1);
        const qsizetype valueEnd = skipValue(json, valueStart);
        if (valueEnd < 0 || valueEnd > object.second)
            return {-1, -1};
        if (match)
            return {valueStart, valueEnd};
        pos = skipSpace(json, valueEnd);
        if (pos < object.second && json.at(pos) == ',') {
            ++pos;
            continue;
        }
        return {-1, -1};
    }
}

bool JsonScan::elements(const QByteArray &json, Range array, QList<Range> *out)
{
    qsizetype pos = skipSpace(json, array.first);
    if (pos >= array.second || json.at(pos) != '[')
        return false;
    pos = skipSpace(json, pos + 1);
    if (pos < array.second && json.at(pos) == ']')
        return true;
    for (;;) {
        const qsizetype start = skipSpace(json, pos);
        const qsizetype end = skipValue(json, start);
        if (end < 0 || end > array.second)
            return false;
        *out << Range{start, end};
        pos = skipSpace(json, end);
        if (pos >= array.second)
            return false;
        if (json.at(pos) == ']')
            return true;
        if (json.at(pos) != ',')
            return false;
        ++pos;
    }
}
