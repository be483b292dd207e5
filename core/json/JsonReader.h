// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <initializer_list>
#include <optional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reads untrusted JSON field by field and keeps the first type error with its path
// ("configs.externalAuthMcpConfigs[1].url: expected a string, got a number"), so bad
// input gives one specific message instead of silently wrong values.
class JsonReader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &path, const QString &message);

    // The first of `names` present wins (protobuf JSON: lowerCamelCase or the
    // original snake_case). Absent or null gives the default, like protobuf does.
    QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> names) const;
    QString string(const QJsonObject &object, std::initializer_list<const char *> names,
                   const QString &path);
    bool boolean(const QJsonObject &object, std::initializer_list<const char *> names,
                 const QString &path, bool defaultValue);
    // Type checks for a value: report and return an empty value when it does not fit.
    QJsonObject object(const QJsonValue &value, const QString &path);
    QJsonArray array(const QJsonValue &value, const QString &path);

    static QString typeName(const QJsonValue &value);
    static QString join(const QString &path, const QString &name);

    // Parses a whole document; on failure returns "line L, column C: <Qt's message>".
    static QString parse(const QByteArray &data, QJsonDocument *document);
    // A whole document that must be an object; errors name `origin` ("f.json: …").
    static std::optional<QJsonObject> parseObject(const QByteArray &data, const QString &origin,
                                                  QString *error);

private:
    QString m_error;
};
