// SPDX-License-Identifier: Apache-2.0
#include "ObservedCommand.h"

#include "CliConnection.h"
#include "CliIo.h"
#include "mcp/ProbeRunner.h"
#include "observe/ActivityClient.h"
#include "observe/ObservedComparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ObservedCommand", text);
}

// "24h", "90m", "7d": how far back to look.
qint64 parseSince(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,5})([mhd])$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    return n * (unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : 86400);
}
} // namespace

int ObservedCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare what AI Bridge should give a user with what their requests really used."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("user"), tr("The user, by username or id."), QStringLiteral("name")},
        {QStringLiteral("since"), tr("How far back: 90m, 24h, 7d (default 24h)."),
         QStringLiteral("age"), QStringLiteral("24h")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    const qint64 seconds = parseSince(parser.value(QStringLiteral("since")));
    if (seconds <= 0) {
        CliIo::error(tr("--since takes a number and m, h or d, such as 24h"));
        return CliIo::BadInput;
    }
    if (parser.isSet(QStringLiteral("snapshot"))) {
        CliIo::error(tr("observed needs a deployment (--url or --sandbox): a snapshot records no "
                        "activity"));
        return CliIo::BadInput;
    }
    if (!parser.isSet(QStringLiteral("user"))) {
        CliIo::error(tr("observed needs --user NAME or ID"));
        return CliIo::BadInput;
    }
    CliConnection connection;
    int exitCode = CliIo::BadInput;
    if (!connection.openOrReport(parser, &exitCode))
        return exitCode;
    CoderUser user;
    if (!connection.findUserOrReport(parser.value(QStringLiteral("user")), &user))
        return CliIo::BadInput;

    // The prediction, as `resolve --probe` makes it.
    Resolver resolver(connection.source());
    Resolution resolution;
    QObject::connect(&resolver, &Resolver::resolved, [&](const Resolution &r) {
        resolution = r;
        QCoreApplication::quit();
    });
    resolver.resolve(connection.requestFor(user, false));
    QCoreApplication::exec();
    resolution.era = CoderEra::fromVersion(connection.deploymentVersion());
    if (!resolution.failed()) {
        ProbeRunner runner(connection.network());
        runner.setOptions(connection.probeOptions(10000));
        QObject::connect(&runner, &ProbeRunner::finished, [&](const Resolution &probed) {
            resolution = probed;
            QCoreApplication::quit();
        });
        runner.probe(resolution);
        if (runner.isRunning())
            QCoreApplication::exec();
    }

    // The evidence.
    // The API the build has: interceptions up to v2.34, sessions from v2.35.
    ActivityClient client(connection.network(), connection.rest()->baseUrl(),
                          connection.rest()->sessionToken(), connection.deploymentVersion());
    client.setOptions(connection.restOptions());
    ObservedActivity observed;
    client.fetch(user.username, QDateTime::currentDateTimeUtc().addSecs(-seconds),
                 [&](const ObservedActivity &activity) {
                     observed = activity;
                     QCoreApplication::quit();
                 });
    QCoreApplication::exec();
    const QString observedError = observed.error;

    const ObservedComparison comparison = ObservedComparison::compare(resolution, observed);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root = comparison.toJson();
        root.insert(QStringLiteral("user"), user.username);
        root.insert(QStringLiteral("since"), parser.value(QStringLiteral("since")));
        if (!observedError.isEmpty())
            root.insert(QStringLiteral("error"), observedError);
        if (resolution.failed())
            root.insert(QStringLiteral("predictionError"), resolution.error);
        CliIo::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        QString text =
            tr("User %1, the last %2:\n").arg(user.username, parser.value(QStringLiteral("since")));
        if (resolution.failed())
            text += tr("The prediction failed: %1\n").arg(resolution.error);
        text += comparison.toText();
        CliIo::out(text);
    }
    if (!observedError.isEmpty() && observed.interceptions.isEmpty()) {
        CliIo::error(observedError);
        return CliIo::ResolutionError;
    }
    return CliIo::Ok;
}
