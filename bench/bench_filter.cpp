// SPDX-License-Identifier: Apache-2.0
// Per-keystroke cost of filtering N tool names: compile the allow/deny pair, then a
// verdict for every name. RE2 (RegexFilter, what the tool uses) against
// QRegularExpression (PCRE2), and the whole ToolInventory::refresh the window runs
// (verdicts, reasons, ids, totals). Median of the keystrokes of typing a pattern.
#include "filter/RegexFilter.h"
#include "resolve/ToolInventory.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

namespace {
QStringList names(int n)
{
    static const char *verbs[] = {"get",    "list",   "create", "update",
                                  "delete", "search", "sync",   "export"};
    static const char *nouns[] = {"issue", "repo",      "gist",    "page",
                                  "user",  "workspace", "channel", "file"};
    QStringList out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("%1_%2_%3")
                   .arg(QLatin1String(verbs[i % 8]), QLatin1String(nouns[(i / 8) % 8]))
                   .arg(i);
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString typed = QStringLiteral("^create_repo_1"); // every prefix compiles
    out << "names    RE2 ms/keystroke  QRegularExpression ms/keystroke  ToolInventory::refresh "
           "ms/keystroke\n";
    for (const int n : {1000, 10000, 100000}) {
        const QStringList list = names(n);
        QList<QByteArray> utf8;
        for (const QString &name : list)
            utf8 << name.toUtf8();
        QList<double> re2, pcre, refresh;
        int sink = 0;
        Resolution resolution;
        ResolvedServer server;
        server.id = QStringLiteral("bench");
        server.outcome = ResolvedServer::Outcome::Proxied;
        QList<McpTool> tools;
        for (const QString &name : list)
            tools << McpTool{name, {}, {}, {}};
        ToolInventory::setServerTools(server, tools);
        resolution.servers << server;
        for (int k = 1; k <= typed.size(); ++k) {
            const QString deny = typed.left(k); // each prefix is one keystroke; some do not compile
            QElapsedTimer t;
            t.start();
            const RegexFilter filter(QStringLiteral("_"), deny);
            if (filter.isValid())
                for (const QByteArray &name :
                     utf8) // names are encoded once, as ToolInventory keeps them
                    sink += int(filter.verdictUtf8(
                        std::string_view(name.constData(), size_t(name.size()))));
            re2 << t.nsecsElapsed() / 1e6;

            t.restart();
            const QRegularExpression allowRe(QStringLiteral("_"));
            const QRegularExpression denyRe(deny);
            if (denyRe.isValid())
                for (const QString &name : list)
                    sink += denyRe.match(name).hasMatch()
                                ? 1
                                : (allowRe.match(name).hasMatch() ? 0 : 2);
            pcre << t.nsecsElapsed() / 1e6;

            t.restart();
            resolution.servers[0].filter = RegexFilter(QStringLiteral("_"), deny);
            ToolInventory::refresh(resolution);
            refresh << t.nsecsElapsed() / 1e6;
        }
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(n, 6)
                   .arg(median(re2), 16, 'f', 2)
                   .arg(median(pcre), 31, 'f', 2)
                   .arg(median(refresh), 35, 'f', 2);
        out.flush();
        if (sink == -1)
            out << "";
    }
    return 0;
}
