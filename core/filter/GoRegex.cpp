// SPDX-License-Identifier: Apache-2.0
#include "GoRegex.h"

#include <re2/re2.h>

GoRegex::GoRegex(const QString &pattern) : m_pattern(pattern)
{
    if (pattern.isEmpty())
        return;
    QString goOnlyError;
    const QByteArray utf8 = normalise(pattern, &goOnlyError).toUtf8();
    if (!goOnlyError.isEmpty()) {
        m_error = goOnlyError;
        return;
    }
    // Quiet: RE2 would otherwise print every compile error to stderr.
    auto re = std::make_shared<re2::RE2>(re2::StringPiece(utf8.constData(), utf8.size()),
                                         re2::RE2::Quiet);
    if (!re->ok()) {
        m_error = QString::fromStdString(re->error());
        return;
    }
    m_re = std::move(re);
}

bool GoRegex::matches(const QString &subject) const
{
    if (!m_re)
        return false;
    const QByteArray utf8 = subject.toUtf8();
    return matchesUtf8(std::string_view(utf8.constData(), size_t(utf8.size())));
}

bool GoRegex::matchesUtf8(std::string_view subject) const
{
    if (!m_re)
        return false;
    // Match() without submatches: PartialMatch's argument plumbing costs more than the
    // search itself on short tool names.
    const re2::StringPiece text(subject.data(), subject.size());
    return m_re->Match(text, 0, text.size(), re2::RE2::UNANCHORED, nullptr, 0);
}

std::optional<std::pair<int, int>> GoRegex::matchSpan(const QString &subject) const
{
    if (!m_re)
        return std::nullopt;
    const QByteArray utf8 = subject.toUtf8();
    const re2::StringPiece text(utf8.constData(), utf8.size());
    re2::StringPiece match;
    if (!m_re->Match(text, 0, text.size(), re2::RE2::UNANCHORED, &match, 1))
        return std::nullopt;
    const auto byteStart = int(match.data() - text.data());
    const int start = QString::fromUtf8(utf8.constData(), byteStart).size();
    const int length = QString::fromUtf8(match.data(), int(match.size())).size();
    return std::make_pair(start, length);
}

QString GoRegex::normalise(const QString &pattern, QString *goOnlyError)
{
    QString out;
    out.reserve(pattern.size() + 4);
    bool inClass = false;
    const int n = pattern.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < n) {
            const QChar next = pattern.at(i + 1);
            if (next == u'Q') {
                // \Q…\E is literal text: copy it untouched.
                const int end = pattern.indexOf(QLatin1String("\\E"), i + 2);
                const int stop = end < 0 ? n : end + 2;
                out += pattern.mid(i, stop - i);
                i = stop - 1;
                continue;
            }
            if (next == u'C' && goOnlyError && goOnlyError->isEmpty()) {
                // RE2 takes \C as "any byte"; Go's parser rejects it.
                *goOnlyError = QStringLiteral("invalid escape sequence: \\C");
            }
            out += c;
            out += next;
            ++i;
            continue;
        }
        if (inClass) {
            if (c == u'[' && i + 1 < n && pattern.at(i + 1) == u':') {
                // A POSIX class such as [:alpha:] inside a bracket expression.
                const int end = pattern.indexOf(QLatin1String(":]"), i + 2);
                if (end >= 0) {
                    out += pattern.mid(i, end + 2 - i);
                    i = end + 1;
                    continue;
                }
            }
            if (c == u']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            // A ']' right after '[' or '[^' is a literal, not the end of the class.
            if (i + 1 < n && pattern.at(i + 1) == u'^') {
                out += pattern.at(++i);
            }
            if (i + 1 < n && pattern.at(i + 1) == u']') {
                out += pattern.at(++i);
            }
            continue;
        }
        if (c == u'(' && i + 3 < n && pattern.at(i + 1) == u'?' && pattern.at(i + 2) == u'<' &&
            pattern.at(i + 3) != u'=' && pattern.at(i + 3) != u'!') {
            // Go >= 1.22 accepts (?<name>re); RE2 2022 only (?P<name>re).
            out += QLatin1String("(?P<");
            i += 2;
            continue;
        }
        out += c;
    }
    return out;
}
