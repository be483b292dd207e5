// SPDX-License-Identifier: Apache-2.0
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every tr() message has a finished German translation. lupdate runs over today's
// sources into a copy of the committed .ts, so a message added without updating the
// file fails here as surely as one left unfinished. Placeholders (%1 … %9, %n) must
// all survive the translation: a lost one would print a raw "%2" to a German admin.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or the numerus forms
        bool unfinished = false;
    };

    static QList<Message> read(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, {}, {}, false};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                current.unfinished = type == QLatin1String("unfinished");
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                    if (xml.atEnd())
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations << text;
                messages << current;
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return messages;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
        QSet<QString> found;
        auto it = marker.globalMatch(text);
        while (it.hasNext())
            found.insert(it.next().captured(0));
        return found;
    }

private Q_SLOTS:
    void placeholderScanWorks()
    {
        // The checks below must be able to fail: a lost %2 is seen.
        QCOMPARE(placeholders(QStringLiteral("%1 of %2 (%n)")),
                 (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
        QVERIFY(placeholders(QStringLiteral("100% sure")).isEmpty());
    }

    void everyMessageHasFinishedGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("de.ts"));
        QVERIFY(QFile::copy(
            QStringLiteral(AIBI_SOURCE_DIR "/translations/aibridge-inspector_de.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(AIBI_SOURCE_DIR));
        lupdate.start(QStringLiteral(AIBI_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("core"),
                       QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = read(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 500, qPrintable(QStringLiteral("only %1 messages found: "
                                                                  "did lupdate scan the sources?")
                                                       .arg(messages.size())));
        QStringList missing;
        QStringList broken;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(80);
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty()) {
                missing << where;
                continue;
            }
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                // A singular form may spell the number out ("vor einem Tag").
                if (m.translations.size() > 1)
                    got.insert(QStringLiteral("%n"));
                if (got != wanted)
                    broken << where + QStringLiteral(" → ") + t.left(80);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without a finished German translation "
                                           "(cmake --build build --target update_translations, "
                                           "then translate):\n")
                                .arg(missing.size()) +
                            missing.join(QLatin1Char('\n'))));
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders differ:\n") +
                                              broken.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
