// Tests for core/parse/textlines: line and field splitting, CRLF, invalid
// UTF-8, NUL bytes, and the quoted previews used in error messages.

#include "parse/textlines.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestTextLines : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void nulIsRejected();
    void fields();
    void afterFields_data();
    void afterFields();
    void quoting();
};

void TestTextLines::lines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("one newline") << QByteArray("\n") << QStringList{QString()};
    QTest::newRow("final newline") << QByteArray("a\nb\n") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("no final newline") << QByteArray("a\nb") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("blank middle") << QByteArray("a\n\nb") << QStringList{u"a"_s, QString(), u"b"_s};
    QTest::newRow("invalid utf-8") << QByteArray("a\xff"
                                                 "b\n")
                                   << QStringList{u"a\ufffdb"_s};
}

void TestTextLines::lines()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, lines);
    QCOMPARE(splitLines(text, u"x"_s), lines);
}

void TestTextLines::nulIsRejected()
{
    const auto error = parseErrorOf([] { splitLines(QByteArray("ok\nok\nb\0d\n", 10), u"ss"_s); });
    QVERIFY(error);
    QCOMPARE(error->line(), 3);
    QCOMPARE(error->message(), u"ss: line 3: binary data (a NUL byte) where text was expected"_s);
}

void TestTextLines::fields()
{
    const QList<QStringView> fields = splitFields(u"  a \tbb   c  ");
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[1], u"bb");
    QVERIFY(splitFields(u"   ").isEmpty());
}

void TestTextLines::afterFields_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("rest");
    QTest::newRow("ps") << u"   12     1 root    /bin/x  --a  b "_s << 3 << u"/bin/x  --a  b "_s;
    QTest::newRow("zero") << u"  a b"_s << 0 << u"a b"_s;
    QTest::newRow("too many") << u"a b"_s << 5 << QString();
}

void TestTextLines::afterFields()
{
    QFETCH(QString, line);
    QFETCH(int, count);
    QFETCH(QString, rest);
    QCOMPARE(textAfterFields(line, count).toString(), rest);
}

void TestTextLines::quoting()
{
    QCOMPARE(quoted(u"abc"), u"'abc'"_s);
    const QString longText(100, u'x');
    QCOMPARE(quoted(longText), u'\'' + QString(60, u'x') + u"…'"_s);
}

QTEST_GUILESS_MAIN(TestTextLines)
#include "tst_textlines.moc"
