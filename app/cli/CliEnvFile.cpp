// SPDX-License-Identifier: Apache-2.0
#include "CliEnvFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliEnvFile", text);
}

const char *const UrlKey = "CODER_URL";
const char *const SessionTokenKey = "CODER_SESSION_TOKEN";
const char *const GatewayKeyKey = "CODER_AI_GATEWAY_KEY";
// Three short lines; anything this large is the wrong file.
constexpr qint64 MaxBytes = 64 * 1024;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString userName(uid_t uid)
{
    if (const passwd *entry = ::getpwuid(uid))
        return QStringLiteral("%1 (uid %2)").arg(QString::fromLocal8Bit(entry->pw_name)).arg(uid);
    return QStringLiteral("uid %1").arg(uid);
}

// Only the user running the program may own, read or write it: what ssh asks of a
// private key, since the session token is as good as the user's password.
bool ownedAndPrivate(const QString &path, const struct stat &info, QString *error)
{
    if (info.st_uid != ::geteuid()) {
        // translate(), not tr(): lupdate finds no context for tr() outside a class.
        *error = QCoreApplication::translate("CliEnvFile",
                                             "%1: owned by %2, not by %3 who runs this: an env "
                                             "file holds secrets and must be the user's own")
                     .arg(path, userName(info.st_uid), userName(::geteuid()));
        return false;
    }
    if ((info.st_mode & 077) != 0) {
        *error = QCoreApplication::translate("CliEnvFile",
                                             "%1: mode %2, must be 0600: group and others must "
                                             "have no access to an env file (chmod 600 %1)")
                     .arg(path, QString::number(info.st_mode & 07777, 8).rightJustified(4, '0'));
        return false;
    }
    return true;
}

bool isVariableName(const QByteArray &name)
{
    // Upper case only, as environment variables are named: a key in any other shape is
    // not echoed, since it may be part of a pasted secret (base64 ends in '=').
    if (name.isEmpty() || name.size() > 64 || (name[0] >= '0' && name[0] <= '9'))
        return false;
    for (const char c : name)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}
} // namespace

CliEnvFile CliEnvFile::fromEnvironment()
{
    CliEnvFile settings;
    settings.m_url = qEnvironmentVariable(UrlKey);
    settings.m_sessionToken = Secret(qEnvironmentVariable(SessionTokenKey));
    settings.m_gatewayKey = Secret(qEnvironmentVariable(GatewayKeyKey));
    return settings;
}

std::optional<CliEnvFile> CliEnvFile::readFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat link = {};
    if (::lstat(name.constData(), &link) != 0) {
        *error = tr("%1: cannot read the env file: %2").arg(path, systemError());
        return std::nullopt;
    }
    // A link's own owner and mode say nothing about the file it points to.
    if (S_ISLNK(link.st_mode)) {
        *error = tr("%1: is a symbolic link: give the env file itself").arg(path);
        return std::nullopt;
    }
    if (!S_ISREG(link.st_mode)) {
        *error = tr("%1: not a regular file").arg(path);
        return std::nullopt;
    }
    if (!ownedAndPrivate(path, link, error))
        return std::nullopt;
    // O_NOFOLLOW and the same inode: the path may have been swapped since lstat().
    // O_NONBLOCK: a FIFO put there meanwhile must not hang an unattended run.
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("%1: cannot read the env file: %2").arg(path, systemError());
        return std::nullopt;
    }
    struct stat opened = {};
    QByteArray text;
    bool ok = ::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode) &&
              opened.st_dev == link.st_dev && opened.st_ino == link.st_ino;
    if (!ok)
        *error = tr("%1: replaced while it was being read").arg(path);
    else
        ok = ownedAndPrivate(path, opened, error);
    while (ok) {
        char buffer[4096];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("%1: cannot read the env file: %2").arg(path, systemError());
            ok = false;
        } else if (n == 0) {
            break;
        } else if (text.size() + n > MaxBytes) {
            *error = tr("%1: larger than %2 bytes: not an env file").arg(path).arg(MaxBytes);
            ok = false;
        } else {
            text.append(buffer, n);
        }
    }
    ::close(fd);
    if (!ok)
        return std::nullopt;
    std::optional<CliEnvFile> settings = parse(text, error);
    if (!settings)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return settings;
}

std::optional<CliEnvFile> CliEnvFile::parse(const QByteArray &text, QString *error)
{
    CliEnvFile settings;
    QHash<QByteArray, int> seenOn;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QByteArray line = lines.at(i);
        if (number == 1 && line.startsWith("\xEF\xBB\xBF")) // a byte-order mark from an editor
            line.remove(0, 3);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith("export ") || line.startsWith("export\t")) {
            *error = tr("line %1: no `export`: the file is read as KEY=VALUE lines, not by a shell")
                         .arg(number);
            return std::nullopt;
        }
        if (equals < 0) {
            *error = tr("line %1: not KEY=VALUE").arg(number);
            return std::nullopt;
        }
        const QByteArray key = line.left(equals).trimmed();
        QByteArray value = line.mid(equals + 1).trimmed();
        const bool known = key == UrlKey || key == SessionTokenKey || key == GatewayKeyKey;
        if (!known) {
            const QByteArray upper = key.toUpper();
            if (upper == UrlKey || upper == SessionTokenKey || upper == GatewayKeyKey)
                *error = tr("line %1: write the key as %2").arg(number).arg(QLatin1String(upper));
            else if (isVariableName(key))
                *error = tr("line %1: unknown key %2: the file may set only CODER_URL, "
                            "CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY")
                             .arg(number)
                             .arg(QLatin1String(key));
            else
                *error = tr("line %1: not KEY=VALUE (no variable name before '=')").arg(number);
            return std::nullopt;
        }
        const QString keyName = QLatin1String(key);
        if (const auto first = seenOn.constFind(key); first != seenOn.cend()) {
            *error = tr("line %1: %2 is set again (first on line %3)")
                         .arg(number)
                         .arg(keyName)
                         .arg(first.value());
            return std::nullopt;
        }
        seenOn.insert(key, number);
        if (!value.isEmpty() && (value.front() == '"' || value.front() == '\'')) {
            if (value.size() < 2 || value.back() != value.front()) {
                *error = tr("line %1: %2: the quote that opens the value does not close it")
                             .arg(number)
                             .arg(keyName);
                return std::nullopt;
            }
            value = value.mid(1, value.size() - 2);
        }
        if (value.isEmpty()) {
            *error = tr("line %1: %2 is empty").arg(number).arg(keyName);
            return std::nullopt;
        }
        for (const char c : std::as_const(value)) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                *error =
                    tr("line %1: %2: the value holds a control character").arg(number).arg(keyName);
                return std::nullopt;
            }
        }
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(value);
        if (utf8.hasError()) {
            *error = tr("line %1: %2: the value is not UTF-8").arg(number).arg(keyName);
            return std::nullopt;
        }
        if (key == UrlKey)
            settings.m_url = decoded;
        else if (key == SessionTokenKey)
            settings.m_sessionToken = Secret(decoded);
        else
            settings.m_gatewayKey = Secret(decoded);
    }
    if (seenOn.isEmpty()) {
        *error = tr("sets none of CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY");
        return std::nullopt;
    }
    return settings;
}
