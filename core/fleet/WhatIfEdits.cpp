// SPDX-License-Identifier: Apache-2.0
#include "WhatIfEdits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WhatIfEdits", text);
}
constexpr qint64 MaxFileSize = 1024 * 1024;
} // namespace

RegexEdit WhatIfEdits::regexFor(const QString &id, const QString &allow, const QString &deny) const
{
    const auto it = servers.constFind(id);
    if (it == servers.constEnd())
        return {allow, deny};
    return {it->allow.value_or(allow), it->deny.value_or(deny)};
}

std::optional<WhatIfEdits> WhatIfEdits::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("the what-if file must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("servers") && it.key() != QLatin1String("era") &&
            it.key() != QLatin1String("clientTools")) {
            *error =
                tr("unknown key \"%1\" (servers, era and clientTools are known)").arg(it.key());
            return std::nullopt;
        }
    WhatIfEdits edits;
    if (root.contains(QLatin1String("servers"))) {
        if (!root.value(QLatin1String("servers")).isObject()) {
            *error = tr("\"servers\" must be an object of server ids");
            return std::nullopt;
        }
        const QJsonObject servers = root.value(QLatin1String("servers")).toObject();
        for (auto it = servers.begin(); it != servers.end(); ++it) {
            if (!it.value().isObject()) {
                *error = tr("servers.%1 must be an object with allow and/or deny").arg(it.key());
                return std::nullopt;
            }
            ServerEdit edit;
            const QJsonObject o = it.value().toObject();
            for (auto field = o.begin(); field != o.end(); ++field) {
                const bool allow = field.key() == QLatin1String("allow");
                if (!allow && field.key() != QLatin1String("deny")) {
                    *error = tr("servers.%1: unknown key \"%2\" (allow and deny are known)")
                                 .arg(it.key(), field.key());
                    return std::nullopt;
                }
                if (!field.value().isString()) {
                    *error = tr("servers.%1.%2 must be a string (\"\" for none)")
                                 .arg(it.key(), field.key());
                    return std::nullopt;
                }
                (allow ? edit.allow : edit.deny) = field.value().toString();
            }
            edits.servers.insert(it.key(), edit);
        }
    }
    if (root.contains(QLatin1String("era"))) {
        bool known = false;
        const CoderEra::Era era =
            CoderEra::fromName(root.value(QLatin1String("era")).toString(), &known);
        if (!known || !root.value(QLatin1String("era")).isString()) {
            *error = tr("\"era\" takes \"A\", \"B\" or \"C\"");
            return std::nullopt;
        }
        edits.era = era;
    }
    if (root.contains(QLatin1String("clientTools"))) {
        const QJsonValue v = root.value(QLatin1String("clientTools"));
        const double n = v.toDouble(-1);
        if (!v.isDouble() || n < 0 || n > 100000 || n != double(int(n))) {
            *error = tr("\"clientTools\" takes a whole number from 0 to 100000");
            return std::nullopt;
        }
        edits.clientTools = int(n);
    }
    return edits;
}

std::optional<WhatIfEdits> WhatIfEdits::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        *error = tr("%1: larger than %2 KiB, not a what-if file").arg(path).arg(MaxFileSize / 1024);
        return std::nullopt;
    }
    auto edits = fromJson(file.readAll(), error);
    if (!edits)
        *error = tr("%1: %2").arg(path, *error);
    return edits;
}

QJsonObject WhatIfEdits::toJson() const
{
    QJsonObject root;
    if (!servers.isEmpty()) {
        QJsonObject byId;
        for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
            QJsonObject o;
            if (it->allow)
                o.insert(QStringLiteral("allow"), *it->allow);
            if (it->deny)
                o.insert(QStringLiteral("deny"), *it->deny);
            byId.insert(it.key(), o);
        }
        root.insert(QStringLiteral("servers"), byId);
    }
    if (era)
        root.insert(QStringLiteral("era"), CoderEra::name(*era));
    if (clientTools)
        root.insert(QStringLiteral("clientTools"), *clientTools);
    return root;
}

QString WhatIfEdits::refusalFor(const FleetResult &fleet) const
{
    for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
        bool external = false;
        bool coder = false;
        for (const FleetServer &s : fleet.servers)
            if (s.id == it.key())
                (s.kind == ResolvedServer::Kind::External ? external : coder) = true;
        if (external)
            continue;
        if (coder)
            return tr("servers.%1: the Coder MCP server has no tool regexes to edit (coderd "
                      "offers no such setting for it)")
                .arg(it.key());
        return tr("servers.%1: no server of that id in this fleet").arg(it.key());
    }
    return {};
}
