// SPDX-License-Identifier: Apache-2.0
#include "FleetHistory.h"

#include "FleetSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <sys/stat.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FleetHistory", text);
}

const QRegularExpression &scanName()
{
    // Fixed width to the millisecond, so names sort by time; a second scan within the
    // same millisecond gets "_2" (after ".", so it sorts later too).
    static const QRegularExpression re(QStringLiteral("^fleet-\\d{8}T\\d{9}Z(_\\d+)?\\.json$"));
    return re;
}

// Files made while the umask says "owner only": no moment with wider modes.
class OwnerOnly
{
public:
    OwnerOnly() : m_old(::umask(077)) {}
    ~OwnerOnly() { ::umask(m_old); }

private:
    mode_t m_old;
};

constexpr QFile::Permissions OwnerRw = QFile::ReadOwner | QFile::WriteOwner;
} // namespace

bool FleetHistory::isScanName(const QString &fileName)
{
    return scanName().match(fileName).hasMatch();
}

QString FleetHistory::summaryPathFor(const QString &snapshotPath)
{
    QString path = snapshotPath;
    path.chop(int(qstrlen(".json")));
    return path + QStringLiteral(".summary.json");
}

bool FleetHistory::prepare(QString *error) const
{
    const QFileInfo info(m_dir);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1: not a folder").arg(m_dir);
        return false;
    }
    if (!info.exists()) {
        // The scans hold every user's name and token status: for the owner only. A folder
        // that already exists keeps the modes its owner gave it.
        OwnerOnly guard;
        if (!QDir().mkpath(m_dir)) {
            *error = tr("%1: cannot make the history folder").arg(m_dir);
            return false;
        }
        QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

QStringList FleetHistory::scans() const
{
    QStringList out;
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("fleet-*.json")}, QDir::Files,
                                                   QDir::Name);
    // A scan is what this tool wrote: the name, and the summary it writes beside each.
    // Anything else (a snapshot copied in by hand) is neither compared nor pruned.
    for (const QString &name : names)
        if (isScanName(name) &&
            QFileInfo::exists(summaryPathFor(QDir(m_dir).filePath(name))))
            out << QDir(m_dir).filePath(name);
    return out;
}

QString FleetHistory::newest() const
{
    const QStringList all = scans();
    return all.isEmpty() ? QString() : all.last();
}

bool FleetHistory::save(const QByteArray &snapshot, FleetSummary summary, QString *path,
                        QString *error) const
{
    if (!prepare(error))
        return false;
    const QString stamp =
        summary.scannedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString name = QStringLiteral("fleet-%1.json").arg(stamp);
    for (int n = 2; QFileInfo::exists(QDir(m_dir).filePath(name)); ++n)
        name = QStringLiteral("fleet-%1_%2.json").arg(stamp).arg(n);
    *path = QDir(m_dir).filePath(name);
    summary.snapshotFile = name;
    const QByteArray summaryBytes = QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact);
    OwnerOnly guard;
    for (const auto &[target, bytes] :
         {std::pair<QString, QByteArray>{*path, snapshot},
          std::pair<QString, QByteArray>{summaryPathFor(*path), summaryBytes}}) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            *error = tr("%1: cannot write (%2)").arg(target, file.errorString());
            return false;
        }
        QFile::setPermissions(target, OwnerRw);
    }
    return true;
}

QStringList FleetHistory::prune(int keep) const
{
    QStringList removed;
    const QStringList all = scans();
    for (int i = 0; i + qMax(1, keep) < all.size(); ++i) {
        const QString &path = all.at(i);
        // Only what this tool wrote: the name and the kind both say so.
        if (!FleetSnapshot::isFleetFile(path))
            continue;
        if (QFile::remove(path))
            removed << path;
        const QString summary = summaryPathFor(path);
        if (QFile::exists(summary) && QFile::remove(summary))
            removed << summary;
    }
    return removed;
}

QList<FleetSummary> FleetHistory::summaries(int *unreadable) const
{
    QList<FleetSummary> out;
    int bad = 0;
    for (const QString &path : scans()) {
        QFile file(summaryPathFor(path));
        QString error;
        // A summary is a few hundred bytes per server: a large one is not ours.
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
            ++bad;
            continue;
        }
        auto summary = FleetSummary::fromJson(file.readAll(), &error);
        if (!summary) {
            ++bad;
            continue;
        }
        summary->snapshotFile = path;
        out << *summary;
    }
    if (unreadable)
        *unreadable = bad;
    return out;
}
