// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>
#include <QString>
#include <string_view>
#include <utility>

namespace re2 {
class RE2;
}

// A regex compiled the way Coder's Go code compiles it (regexp.Compile), using RE2 so
// that what the server rejects is rejected here too, with RE2's message.
// Matching is Go's MatchString: an unanchored search. Copies share the compiled
// program, which RE2 allows to be used from several threads at once.
class GoRegex
{
public:
    GoRegex() = default;
    explicit GoRegex(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    bool isEmpty() const { return m_pattern.isEmpty(); }
    bool isValid() const { return m_error.isEmpty(); }
    // RE2's own message (e.g. "invalid perl operator: (?="); empty when valid.
    const QString &error() const { return m_error; }

    bool matches(const QString &subject) const;
    bool matchesUtf8(std::string_view subject) const;
    // Leftmost match as (start, length) in UTF-16 units of subject, for highlighting.
    std::optional<std::pair<int, int>> matchSpan(const QString &subject) const;

    // Rewrites the syntax Go accepts and RE2 2022 does not ((?<name>re) → (?P<name>re))
    // and reports what RE2 accepts and Go does not (\C) through goOnlyError.
    static QString normalise(const QString &pattern, QString *goOnlyError);

private:
    QString m_pattern;
    QString m_error;
    std::shared_ptr<const re2::RE2> m_re;
};
