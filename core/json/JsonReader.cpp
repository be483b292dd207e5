// SPDX-License-Identifier: Apache-2.0
#include "JsonReader.h"

void JsonReader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

QJsonValue JsonReader::field(const QJsonObject &object,
                             std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const auto it = object.constFind(QLatin1String(name));
        if (it != object.constEnd())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString JsonReader::string(const QJsonObject &object, std::initializer_list<const char *> names,
                           const QString &path)
{
    const QJsonValue value = field(object, names);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(join(path, QLatin1String(*names.begin())),
             QStringLiteral("expected a string, got %1").arg(typeName(value)));
        return {};
    }
    return value.toString();
}

bool JsonReader::boolean(const QJsonObject &object, std::initializer_list<const char *> names,
                         const QString &path, bool defaultValue)
{
    const QJsonValue value = field(object, names);
    if (value.isUndefined() || value.isNull())
        return defaultValue;
    if (!value.isBool()) {
        fail(join(path, QLatin1String(*names.begin())),
             QStringLiteral("expected true or false, got %1").arg(typeName(value)));
        return defaultValue;
    }
    return value.toBool();
}

QJsonObject JsonReader::object(const QJsonValue &value, const QString &path)
{
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        fail(path, QStringLiteral("expected an object, got %1").arg(typeName(value)));
    return {};
}

QJsonArray JsonReader::array(const QJsonValue &value, const QString &path)
{
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined() && !value.isNull())
        fail(path, QStringLiteral("expected an array, got %1").arg(typeName(value)));
    return {};
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonReader::join(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString JsonReader::parse(const QByteArray &data, QJsonDocument *document)
{
    QJsonParseError error;
    *document = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    // Qt reports a byte offset; people look for line and column.
    const int offset = qBound(0, error.offset, int(data.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column =
        QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size() + 1;
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &data, const QString &origin,
                                                   QString *error)
{
    QJsonDocument document;
    const QString parseError = parse(data, &document);
    if (!parseError.isEmpty()) {
        *error = QStringLiteral("%1: invalid JSON at %2").arg(origin, parseError);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("%1: expected a JSON object at the top level").arg(origin);
        return std::nullopt;
    }
    return document.object();
}
