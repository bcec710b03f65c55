// Tests for core/parse/iptablestokenizer: words, quotes, escapes inside
// quotes, quotes in the middle of a word, and an unclosed quote.

#include "parse/iptablestokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestIptablesTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void unclosedQuote();
};

void TestIptablesTokenizer::tokens_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<bool>>("quoted");
    QTest::newRow("plain") << u"-A INPUT  -j\tACCEPT"_s
                           << QStringList{u"-A"_s, u"INPUT"_s, u"-j"_s, u"ACCEPT"_s}
                           << QList<bool>{false, false, false, false};
    QTest::newRow("comment") << uR"(--comment "a \"b\" c")"_s
                             << QStringList{u"--comment"_s, u"a \"b\" c"_s}
                             << QList<bool>{false, true};
    QTest::newRow("backslash") << uR"("x\\y" "\n")"_s << QStringList{u"x\\y"_s, u"\\n"_s}
                               << QList<bool>{true, true};
    QTest::newRow("empty quotes") << uR"(--log-prefix "")"_s
                                  << QStringList{u"--log-prefix"_s, QString()}
                                  << QList<bool>{false, true};
    QTest::newRow("quote inside word")
        << uR"(ab"c d"e)"_s << QStringList{u"abc de"_s} << QList<bool>{true};
    QTest::newRow("quoted dash") << uR"(--comment "-x")"_s << QStringList{u"--comment"_s, u"-x"_s}
                                 << QList<bool>{false, true};
    QTest::newRow("empty") << QString() << QStringList() << QList<bool>();
}

void TestIptablesTokenizer::tokens()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    QFETCH(QList<bool>, quoted);
    const auto tokens = tokenizeIptablesLine(line);
    QVERIFY(tokens);
    QStringList actualWords;
    QList<bool> actualQuoted;
    for (const IptablesToken &token : *tokens) {
        actualWords.append(token.text);
        actualQuoted.append(token.quoted);
    }
    QCOMPARE(actualWords, words);
    QCOMPARE(actualQuoted, quoted);
}

void TestIptablesTokenizer::unclosedQuote()
{
    QVERIFY(!tokenizeIptablesLine(u"--comment \"abc"));
    QVERIFY(!tokenizeIptablesLine(u"--comment \"abc\\\""));
}

QTEST_GUILESS_MAIN(TestIptablesTokenizer)
#include "tst_iptablestokenizer.moc"
