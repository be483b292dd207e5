// SPDX-License-Identifier: Apache-2.0
#include "ReportWriter.h"

#include "InspectorSession.h"
#include "resolve/ResolutionJson.h"
#include "resolve/ToolInventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportWriter", text);
}
// Server-supplied text in Markdown: control characters go, and what Markdown would read
// as markup (emphasis, code, links, HTML, headings, table cells) is escaped.
QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\r' || u == '\t') {
            out += QLatin1Char(' ');
            continue;
        }
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            continue;
        if (QStringLiteral("\\`*_{}[]()<>#+!|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString cell(const QString &text)
{
    return escapeMarkdown(text);
}
} // namespace

QJsonObject ReportWriter::json(const InspectorSession &session)
{
    QJsonObject root = ResolutionJson::toJson(session.resolution());
    QJsonArray probes;
    for (const ProbeState &p : session.probeStates())
        probes << QJsonObject{{QStringLiteral("state"), ProbeState::stageName(p.stage)},
                              {QStringLiteral("ms"), p.elapsedMs},
                              {QStringLiteral("error"), p.error.toString()}};
    QJsonArray edits;
    for (auto it = session.overrides().cbegin(); it != session.overrides().cend(); ++it) {
        const ResolvedServer &base = session.baseResolution().servers.value(it.key());
        edits << QJsonObject{{QStringLiteral("server"), base.id},
                             {QStringLiteral("deployedAllowRegex"), base.allowRegex},
                             {QStringLiteral("deployedDenyRegex"), base.denyRegex},
                             {QStringLiteral("allowRegex"), it->allow},
                             {QStringLiteral("denyRegex"), it->deny}};
    }
    root.insert(QStringLiteral("source"), session.sourceName());
    root.insert(QStringLiteral("deploymentVersion"), session.deploymentVersion());
    root.insert(QStringLiteral("generatedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("probes"), probes);
    root.insert(QStringLiteral("regexEdits"), edits);
    root.insert(QStringLiteral("deployedInjectedToolCount"),
                session.baseResolution().injectedToolCount);
    return root;
}

QString ReportWriter::markdown(const InspectorSession &session)
{
    const Resolution &r = session.resolution();
    QString md =
        tr("# AI Bridge MCP report: %1\n\n").arg(r.username.isEmpty() ? r.userId : r.username);
    md += tr("- Source: %1\n").arg(session.sourceName());
    if (!session.deploymentVersion().isEmpty())
        md += tr("- Coder version: %1\n").arg(session.deploymentVersion());
    md += tr("- User id: %1%2\n")
              .arg(r.userId,
                   r.hasSessionKey ? QString() : tr(" (delegated request: no session key)"));
    md += tr("- Generated: %1\n").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (r.failed())
        md += tr("\n**The resolution failed:** %1\n").arg(escapeMarkdown(r.error));
    md += tr("- Injected tools: %1 as deployed").arg(session.baseResolution().injectedToolCount);
    if (!session.overrides().isEmpty())
        md += tr(", %1 with the regex edits below").arg(r.injectedToolCount);
    md += QStringLiteral("\n\n");
    md += tr("AI Bridge caches a user's MCP setup for 15 minutes: changes show once that entry "
             "expires.\n\n");

    md += tr("## Servers\n\n| Server | Kind | Outcome | Token | Regex | Probe | Tools "
             "|\n|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < r.servers.size(); ++i) {
        const ResolvedServer &s = r.servers.at(i);
        const ProbeState probe = session.probeStates().value(i);
        QString outcome = ResolvedServer::outcomeName(s.outcome);
        if (s.reason != ResolvedServer::Reason::None)
            outcome += QStringLiteral(" (%1)").arg(ResolvedServer::reasonName(s.reason));
        md +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                .arg(cell(s.id), ResolvedServer::kindName(s.kind), cell(outcome),
                     cell(ResolvedServer::tokenStatusName(s.tokenStatus) +
                          (s.tokenError.isEmpty() ? QString()
                                                  : QStringLiteral(": ") + s.tokenError)),
                     cell(s.regexError.isEmpty() ? tr("ok") : s.regexError), cell(probe.describe()),
                     s.toolsKnown
                         ? QStringLiteral("%1/%2").arg(s.injectedToolCount).arg(s.tools.size())
                         : QStringLiteral("-"));
    }
    const QStringList warnings = r.allWarnings();
    if (!warnings.isEmpty()) {
        md += tr("\n## Warnings\n\n");
        for (const QString &w : warnings)
            md += QStringLiteral("- %1\n").arg(escapeMarkdown(w));
    }
    if (!session.overrides().isEmpty()) {
        md += tr("\n## Regex edits (not deployed)\n\n");
        for (auto it = session.overrides().cbegin(); it != session.overrides().cend(); ++it) {
            const ResolvedServer &base = session.baseResolution().servers.value(it.key());
            md += tr("- `%1`: allow `%2` → `%3`, deny `%4` → `%5`\n")
                      .arg(base.id, base.allowRegex, it->allow, base.denyRegex, it->deny);
            md += QStringLiteral("\n```sh\n%1```\n").arg(session.envLines(it.key()));
        }
    }
    for (const ResolvedServer &s : r.servers) {
        if (!s.toolsKnown)
            continue;
        md += tr("\n## Tools of %1\n\n| Tool | Verdict | Injected as | Why |\n|---|---|---|---|\n")
                  .arg(escapeMarkdown(s.id));
        for (const ResolvedTool &t : s.tools)
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(cell(t.name), toolVerdictName(t.verdict), cell(t.injectedName),
                           cell(ToolInventory::reason(s, t)));
    }
    md += tr("\n## Decision trace\n\n(* = also in coderd's log)\n\n");
    for (const TraceEntry &e : r.trace)
        md +=
            QStringLiteral("- %1 %2 `%3` %4%5\n")
                .arg(e.serverLogs ? QStringLiteral("*") : QStringLiteral(" "),
                     TraceEntry::levelName(e.level), e.step,
                     e.serverId.isEmpty() ? QString()
                                          : QStringLiteral("[%1] ").arg(escapeMarkdown(e.serverId)),
                     escapeMarkdown(e.message));
    return md;
}
