// SPDX-License-Identifier: Apache-2.0
#include "ResolutionText.h"

#include "ToolInventory.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ResolutionText", text);
}
} // namespace

QString ResolutionText::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (int c = 0; c < cells.size(); ++c)
            out +=
                c + 1 < cells.size() ? cells.at(c).leftJustified(widths.value(c) + 2) : cells.at(c);
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString ResolutionText::render(const Resolution &resolution, bool withTrace)
{
    QString out;
    // First: when external clients are refused, everything below is only for chats.
    if (resolution.aiGateway.externalClientsRefused())
        out += QStringLiteral("!! ") + resolution.aiGateway.summary() + QLatin1Char('\n');
    out += tr("User: %1 (%2)%3\n")
               .arg(resolution.username, resolution.userId,
                    resolution.agentsChat ? tr(", as a Coder Agents chat (placeholder session key)")
                    : resolution.hasSessionKey ? QString()
                                               : tr(", delegated: no session key"));
    if (resolution.era == CoderEra::Era::Unknown)
        out += tr("Coder era: unknown%1 — verdicts shown for era C; where the eras differ is "
                  "listed below\n")
                   .arg(resolution.eraSource.isEmpty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(resolution.eraSource));
    else
        out += tr("Coder era: %1, %2 (%3; %4)\n")
                   .arg(CoderEra::name(resolution.era), CoderEra::releases(resolution.era),
                        resolution.eraSource, CoderEra::certainty(resolution.era));
    if (resolution.connection.any())
        out += tr("Relaxed checks: %1\n").arg(resolution.connection.describe());
    if (!resolution.aiGateway.externalClientsRefused() && !resolution.aiGateway.detail.isEmpty())
        out += resolution.aiGateway.summary() + QLatin1Char('\n');
    if (resolution.failed())
        out += tr("Resolution failed: %1\n").arg(resolution.error);

    QList<QStringList> rows;
    for (const ResolvedServer &s : resolution.servers) {
        QString outcome = ResolvedServer::outcomeName(s.outcome);
        if (s.reason != ResolvedServer::Reason::None)
            outcome += QStringLiteral(" (%1)").arg(ResolvedServer::reasonName(s.reason));
        QString token = ResolvedServer::tokenStatusName(s.tokenStatus);
        if (!s.tokenError.isEmpty())
            token += QStringLiteral(": ") + s.tokenError;
        const QString tools =
            s.toolsKnown ? QStringLiteral("%1/%2").arg(s.injectedToolCount).arg(s.tools.size())
                         : (s.toolsError.isEmpty() ? QStringLiteral("-") : s.toolsError);
        rows << QStringList{s.id.isEmpty() ? QStringLiteral("(nil)") : s.id,
                            ResolvedServer::kindName(s.kind),
                            outcome,
                            token,
                            s.regexError.isEmpty() ? QStringLiteral("ok") : s.regexError,
                            tools,
                            s.url};
    }
    if (!rows.isEmpty()) {
        out += QLatin1Char('\n') + table({tr("SERVER"), tr("KIND"), tr("OUTCOME"), tr("TOKEN"),
                                          tr("REGEX"), tr("TOOLS"), tr("URL")},
                                         rows);
    }
    for (const ResolvedServer &s : resolution.servers)
        if (!s.tokenWithheld.isEmpty())
            out += tr("%1: probed without a token: %2\n").arg(s.id, s.tokenWithheld);
    for (const ResolvedServer &s : resolution.servers) {
        const CoderPrediction view = s.coderViews.value(int(resolution.displayEra()));
        if (s.coderViews.contains(int(resolution.displayEra())) &&
            view.outcome != CoderPrediction::Outcome::Ok)
            out += tr("%1: %2\n").arg(s.id, view.summary());
        else if (!s.toolsError.isEmpty() && s.coderViews.isEmpty())
            out += tr("%1: the probe from this workstation failed; if AI Bridge fails the same "
                      "way, the user gets 0 tools from it, cached for 15 minutes\n")
                       .arg(s.id);
        if (s.coderViews.contains(int(resolution.displayEra())) && view.elapsedMs >= 1000)
            out += tr("%1: answers slowly: it delays the user's first request by about %2 s "
                      "(Coder's client has no timeout)\n")
                       .arg(s.id)
                       .arg(view.elapsedMs / 1000.0, 0, 'f', 1);
    }

    for (const ResolvedServer &s : resolution.servers) {
        if (!s.toolsKnown || s.tools.isEmpty())
            continue;
        QList<QStringList> toolRows;
        for (const ResolvedTool &t : s.tools)
            toolRows << QStringList{t.name, toolVerdictName(t.verdict), t.injectedName,
                                    ToolInventory::reason(s, t)};
        out += tr("\nTools of %1:\n").arg(s.id) +
               table({tr("TOOL"), tr("VERDICT"), tr("INJECTED AS"), tr("WHY")}, toolRows);
    }
    if (resolution.toolsKnown)
        out += resolution.injectedCountKnown()
                   ? tr("\nInjected tools: %1\n").arg(resolution.injectedToolCount)
                   : tr("\nInjected tools: ≥ %1 (some servers' tools are unknown)\n")
                         .arg(resolution.injectedToolCount);
    if (!resolution.injectedByEra.isEmpty()) {
        out += tr("Injected tools by era: A %1, B %2, C %3\n")
                   .arg(resolution.injectedByEra.value(int(CoderEra::Era::A)))
                   .arg(resolution.injectedByEra.value(int(CoderEra::Era::B)))
                   .arg(resolution.injectedByEra.value(int(CoderEra::Era::C)));
        for (const QString &d : resolution.eraDifferences)
            out += QStringLiteral("  ≠ ") + d + QLatin1Char('\n');
    }

    const QStringList warnings = resolution.allWarnings();
    if (!warnings.isEmpty()) {
        out += tr("\nWarnings:\n");
        for (const QString &w : warnings)
            out += QStringLiteral("  ! ") + w + QLatin1Char('\n');
    }
    if (withTrace && !resolution.trace.isEmpty()) {
        out += tr("\nTrace (* = also in coderd's log):\n");
        for (const TraceEntry &e : resolution.trace) {
            out +=
                QStringLiteral("  %1 %2 %3 %4%5\n")
                    .arg(e.serverLogs ? QLatin1Char('*') : QLatin1Char(' '))
                    .arg(TraceEntry::levelName(e.level).leftJustified(5))
                    .arg(e.step.leftJustified(17))
                    .arg(e.serverId.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(e.serverId))
                    .arg(e.message);
        }
    }
    return out;
}
