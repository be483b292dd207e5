// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

// A JSON object kept as its compact text and parsed when asked for. A tool's inputSchema
// as a QJsonObject costs about ten times its text (a 500 000-tool listing: hundreds of
// MB); as text it costs what it weighs, and most code never looks inside.
class JsonText
{
public:
    JsonText() = default;
    JsonText(const QJsonObject &object) // NOLINT: stands in for QJsonObject where it was one
        : m_text(object.isEmpty() ? QByteArray()
                                  : QJsonDocument(object).toJson(QJsonDocument::Compact))
    {}
    QJsonObject object() const
    {
        return m_text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_text).object();
    }
    operator QJsonObject() const { return object(); } // NOLINT
    bool isEmpty() const { return m_text.isEmpty(); }
    const QByteArray &text() const { return m_text; }
    bool operator==(const JsonText &other) const { return m_text == other.m_text; }

private:
    QByteArray m_text;
};
