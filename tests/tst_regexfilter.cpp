// SPDX-License-Identifier: Apache-2.0
#include "filter/GoRegex.h"
#include "filter/RegexFilter.h"

#include <QTest>

// Rows where PCRE (and QRegularExpression) accept what Go's regexp and RE2 reject,
// and the Go-only differences we normalise.
class TestRegexFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compile_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("error"); // empty: valid

        QTest::newRow("look-ahead rejected") << "(?=foo)"
                                             << "invalid perl operator: (?=";
        QTest::newRow("negative look-ahead rejected") << "^(?!read).*"
                                                      << "invalid perl operator: (?!";
        QTest::newRow("look-behind rejected") << "(?<=foo)x"
                                              << "invalid perl operator: (?<";
        QTest::newRow("negative look-behind rejected") << "(?<!foo)x"
                                                       << "invalid perl operator: (?<";
        QTest::newRow("back-reference rejected") << "(a)\\1"
                                                 << "invalid escape sequence: \\1";
        QTest::newRow("possessive rejected") << "a++"
                                             << "bad repetition operator: ++";
        QTest::newRow("atomic group rejected") << "(?>a)"
                                               << "invalid perl operator: (?>";
        QTest::newRow("PCRE \\Z rejected") << "foo\\Z"
                                           << "invalid escape sequence: \\Z";
        QTest::newRow("Go \\z accepted") << "foo\\z"
                                         << "";
        QTest::newRow("Go 1.22 (?<name>) accepted") << "(?<verb>get)_.*"
                                                    << "";
        QTest::newRow("(?P<name>) accepted") << "(?P<verb>get)_.*"
                                             << "";
        QTest::newRow("\\C rejected as Go does") << "a\\Cb"
                                                 << "invalid escape sequence: \\C";
        QTest::newRow("escaped backslash then C is fine") << "a\\\\Cb"
                                                          << "";
        QTest::newRow("unclosed class") << "["
                                        << "missing ]: [";
        QTest::newRow("repeat over 1000") << "a{1001}"
                                          << "invalid repetition size: {1001}";
        QTest::newRow("missing paren") << "(abc"
                                       << "missing ): (abc";
        QTest::newRow("empty is no filter") << ""
                                            << "";
        QTest::newRow("anchored") << "^get_.*$"
                                  << "";
        QTest::newRow("case-insensitive flag") << "(?i)GET"
                                               << "";
    }
    void compile()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, error);
        const GoRegex re(pattern);
        QCOMPARE(re.error(), error);
        QCOMPARE(re.isValid(), error.isEmpty());
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expected");
        QTest::newRow("named group") << "(?<n>a)"
                                     << "(?P<n>a)";
        QTest::newRow("two named groups") << "(?<a>x)(?<b>y)"
                                          << "(?P<a>x)(?P<b>y)";
        QTest::newRow("look-behind left alone") << "(?<=a)"
                                                << "(?<=a)";
        QTest::newRow("inside a class left alone") << "[(?<n>]"
                                                   << "[(?<n>]";
        QTest::newRow("class starting with ]") << "[]a](?<n>b)"
                                               << "[]a](?P<n>b)";
        QTest::newRow("posix class inside class") << "[[:alpha:]](?<n>b)"
                                                  << "[[:alpha:]](?P<n>b)";
        QTest::newRow("escaped paren") << "\\(?<n>"
                                       << "\\(?<n>";
        QTest::newRow("quoted literal") << "\\Q(?<n>\\E(?<m>x)"
                                        << "\\Q(?<n>\\E(?P<m>x)";
    }
    void normalise()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, expected);
        QString goError;
        QCOMPARE(GoRegex::normalise(pattern, &goError), expected);
        QVERIFY(goError.isEmpty());
    }

    void verdict_data()
    {
        QTest::addColumn<QString>("allow");
        QTest::addColumn<QString>("deny");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("verdict");

        // The AI Bridge docs' example: tools containing _gist, except create_gist.
        QTest::newRow("docs gist: update_gist injected") << "(.+_gist.*)"
                                                         << "(create_gist)"
                                                         << "update_gist"
                                                         << "injected";
        QTest::newRow("docs gist: create_gist denied") << "(.+_gist.*)"
                                                       << "(create_gist)"
                                                       << "create_gist"
                                                       << "denied";
        QTest::newRow("docs gist: list_gists injected") << "(.+_gist.*)"
                                                        << "(create_gist)"
                                                        << "list_gists"
                                                        << "injected";
        QTest::newRow("docs gist: get_me not allowed") << "(.+_gist.*)"
                                                       << "(create_gist)"
                                                       << "get_me"
                                                       << "not-allowed";
        QTest::newRow("docs gist: _gist needs a char before") << "(.+_gist.*)"
                                                              << ""
                                                              << "_gist"
                                                              << "not-allowed";
        QTest::newRow("no regex injects all") << ""
                                              << ""
                                              << "anything"
                                              << "injected";
        QTest::newRow("unanchored allow matches inside") << "get"
                                                         << ""
                                                         << "forget_it"
                                                         << "injected";
        QTest::newRow("anchored allow does not") << "^get_"
                                                 << ""
                                                 << "forget_it"
                                                 << "not-allowed";
        QTest::newRow("only deny: denied") << ""
                                           << "delete"
                                           << "repo_delete"
                                           << "denied";
        QTest::newRow("only deny: others injected") << ""
                                                    << "delete"
                                                    << "repo_read"
                                                    << "injected";
        QTest::newRow("deny wins over allow") << ".*"
                                              << "^create_"
                                              << "create_issue"
                                              << "denied";
        QTest::newRow("case sensitive") << "Get"
                                        << ""
                                        << "get_x"
                                        << "not-allowed";
        QTest::newRow("(?i) flag") << "(?i)Get"
                                   << ""
                                   << "get_x"
                                   << "injected";
        QTest::newRow("Go named group works") << "^(?<verb>get|list)_"
                                              << ""
                                              << "list_repos"
                                              << "injected";
        QTest::newRow("unicode name") << "^é"
                                      << ""
                                      << "éclair"
                                      << "injected";
        QTest::newRow("dot does not match newline") << "^a.b$"
                                                    << ""
                                                    << "a\nb"
                                                    << "not-allowed";
        QTest::newRow("leftmost-first alternation still matches") << "a|ab"
                                                                  << ""
                                                                  << "xab"
                                                                  << "injected";
    }
    void verdict()
    {
        QFETCH(QString, allow);
        QFETCH(QString, deny);
        QFETCH(QString, tool);
        QFETCH(QString, verdict);
        const RegexFilter filter(allow, deny);
        QVERIFY(filter.isValid());
        QCOMPARE(toolVerdictName(filter.verdict(tool)), verdict);
    }

    void reasons()
    {
        const RegexFilter gist(QStringLiteral("(.+_gist.*)"), QStringLiteral("(create_gist)"));
        QCOMPARE(
            gist.reason(QStringLiteral("create_gist")),
            QStringLiteral("matches deny `(create_gist)` (deny wins over allow `(.+_gist.*)`)"));
        QCOMPARE(gist.reason(QStringLiteral("get_me")),
                 QStringLiteral("does not match allow `(.+_gist.*)`"));
        QCOMPARE(gist.reason(QStringLiteral("update_gist")),
                 QStringLiteral("matches allow `(.+_gist.*)`"));
        QCOMPARE(RegexFilter({}, QStringLiteral("x")).reason(QStringLiteral("a")),
                 QStringLiteral("does not match deny `x`"));
        QCOMPARE(RegexFilter().reason(QStringLiteral("a")),
                 QStringLiteral("no allow or deny regex"));
    }

    void compileErrorNamesBoth()
    {
        const RegexFilter filter(QStringLiteral("(?=a)"), QStringLiteral("b\\1"));
        QVERIFY(!filter.isValid());
        QCOMPARE(filter.compileError(),
                 QStringLiteral("allow regex `(?=a)`: invalid perl operator: (?=; "
                                "deny regex `b\\1`: invalid escape sequence: \\1"));
    }

    void matchSpan_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::newRow("inside") << "_gist"
                                << "list_gists" << 4 << 5;
        QTest::newRow("after non-ASCII") << "b"
                                         << "éab" << 2 << 1;
        QTest::newRow("no match") << "z"
                                  << "abc" << -1 << 0;
    }
    void matchSpan()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QFETCH(int, start);
        QFETCH(int, length);
        const auto span = GoRegex(pattern).matchSpan(subject);
        QCOMPARE(span.has_value(), start >= 0);
        if (span) {
            QCOMPARE(span->first, start);
            QCOMPARE(span->second, length);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegexFilter)
#include "tst_regexfilter.moc"
