// SPDX-License-Identifier: Apache-2.0
#include "UsersCommand.h"

#include "CliConnection.h"
#include "CliIo.h"
#include "resolve/ResolutionText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UsersCommand", text);
}
} // namespace

int UsersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search the deployment's users."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    parser.addOptions(
        {{QStringLiteral("search"), tr("Text to search for (username, email)."),
          QStringLiteral("text")},
         {QStringLiteral("limit"), tr("Page size."), QStringLiteral("n"), QStringLiteral("25")},
         {QStringLiteral("offset"), tr("Skip this many."), QStringLiteral("n"),
          QStringLiteral("0")},
         {QStringLiteral("json"), tr("Print JSON.")}});
    if (int exitCode = CliIo::Ok; !CliIo::parse(parser, arguments, &exitCode))
        return exitCode;
    CliConnection connection;
    int exitCode = CliIo::BadInput;
    if (!connection.openOrReport(parser, &exitCode))
        return exitCode;
    QString error;
    CoderUserPage page;
    if (!connection.searchUsers(
            parser.value(QStringLiteral("search")), parser.value(QStringLiteral("offset")).toInt(),
            qBound(1, parser.value(QStringLiteral("limit")).toInt(), 100), &page, &error)) {
        CliIo::error(error);
        return CliIo::ResolutionError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray users;
        for (const CoderUser &u : std::as_const(page.users))
            users << u.toJson();
        CliIo::out(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("users"), users},
                                                        {QStringLiteral("count"), page.count}})
                                  .toJson(QJsonDocument::Indented)));
        return CliIo::Ok;
    }
    QList<QStringList> rows;
    for (const CoderUser &u : std::as_const(page.users))
        rows << QStringList{u.username, u.name, u.status, u.roles.join(QLatin1Char(',')), u.id};
    CliIo::out(ResolutionText::table(
                   {tr("USERNAME"), tr("NAME"), tr("STATUS"), tr("ROLES"), tr("ID")}, rows) +
               tr("%1 of %2 shown\n").arg(page.users.size()).arg(page.count));
    return CliIo::Ok;
}
