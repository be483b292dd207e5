// SPDX-License-Identifier: Apache-2.0
#include "FleetMetrics.h"

#include "FleetReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FleetMetrics", text);
}

void family(QByteArray &out, const char *name, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += " gauge\n";
}

void sample(QByteArray &out, const char *name, const QString &labels, double value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels.toUtf8() + '}';
    out += ' ';
    out += QByteArray::number(value, 'g', 15);
    out += '\n';
}
} // namespace

QString FleetMetrics::escapeLabel(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray FleetMetrics::text(const FleetResult &fleet, const FleetEvaluation &e, int newProblems)
{
    QByteArray out;
    const auto server = [](const QString &id) {
        return QStringLiteral("server=\"%1\"").arg(escapeLabel(id));
    };
    family(out, "aibi_fleet_users",
           "Users per MCP server and token status in the last fleet scan (coderd's "
           "GetMCPServerAccessTokensBatch answers).");
    for (int s = 0; s < fleet.servers.size() && s < e.servers.size(); ++s)
        for (const FleetTokenClass c :
             {FleetTokenClass::Ok, FleetTokenClass::Expired, FleetTokenClass::NotLinked,
              FleetTokenClass::OtherError, FleetTokenClass::Unknown, FleetTokenClass::NotNeeded})
            sample(out, "aibi_fleet_users",
                   server(fleet.servers.at(s).id) +
                       QStringLiteral(",token_status=\"%1\"").arg(FleetResult::tokenClassName(c)),
                   e.servers.at(s).tokens[int(c)]);
    family(out, "aibi_fleet_users_proxied", "Users the MCP server is proxied for.");
    for (int s = 0; s < fleet.servers.size() && s < e.servers.size(); ++s)
        sample(out, "aibi_fleet_users_proxied", server(fleet.servers.at(s).id),
               e.servers.at(s).proxiedUsers);
    family(out, "aibi_fleet_server_suspect_validate_outage",
           "1 when every linked user's token for the provider reads invalid (none ok): "
           "likely its validate endpoint, not the users.");
    const QList<int> outages = FleetReport::suspectValidateOutages(fleet, e);
    for (int s = 0; s < fleet.servers.size(); ++s)
        if (fleet.servers.at(s).kind == ResolvedServer::Kind::External)
            sample(out, "aibi_fleet_server_suspect_validate_outage",
                   server(fleet.servers.at(s).id), outages.contains(s) ? 1 : 0);
    const int missing = int(fleet.missingUsers().size());
    family(out, "aibi_fleet_users_over_budget",
           "Users over the OpenAI API's 128-tool limit (injected plus the client's own).");
    sample(out, "aibi_fleet_users_over_budget", {}, e.usersOverBudget);
    family(out, "aibi_fleet_users_scanned", "Users the scan reached.");
    sample(out, "aibi_fleet_users_scanned", {}, fleet.users.size() - missing);
    family(out, "aibi_fleet_users_missing", "Users listed but not reached (cancelled, no answer).");
    sample(out, "aibi_fleet_users_missing", {}, missing);
    if (newProblems >= 0) {
        family(out, "aibi_fleet_users_new_problems",
               "Users with a problem the previous scan in the history did not show.");
        sample(out, "aibi_fleet_users_new_problems", {}, newProblems);
    }
    family(out, "aibi_fleet_scan_timestamp_seconds", "When the scan started, Unix time.");
    sample(out, "aibi_fleet_scan_timestamp_seconds", {},
           double(fleet.scannedAt.toMSecsSinceEpoch()) / 1000.0);
    family(out, "aibi_fleet_scan_duration_seconds", "How long the scan took.");
    sample(out, "aibi_fleet_scan_duration_seconds", {}, double(fleet.durationMs) / 1000.0);
    return out;
}

bool FleetMetrics::writeFile(const QString &path, const QByteArray &text, QString *error)
{
    // QSaveFile writes "<name>.XXXXXX" beside the target and renames it over: the
    // collector, which reads only *.prom, never sees half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("%1: cannot write the metrics (%2)").arg(path, file.errorString());
        return false;
    }
    // Counts only, no names: readable by node_exporter, which runs as its own user, even
    // under the unit's UMask=0077.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    return true;
}
