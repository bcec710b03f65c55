// Tests for core/parse/parseerror: the message names command, line and cause,
// and a ParseError is a portolan::Error.

#include "parse/parseerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestParseError : public QObject
{
    Q_OBJECT

private slots:
    void message();
    void isError();
};

void TestParseError::message()
{
    const ParseError withLine(u"ss"_s, 3, u"bad port"_s);
    QCOMPARE(withLine.message(), u"ss: line 3: bad port"_s);
    QCOMPARE(withLine.source(), u"ss"_s);
    QCOMPARE(withLine.line(), 3);
    QCOMPARE(withLine.cause(), u"bad port"_s);
    QCOMPARE(QByteArray(withLine.what()), QByteArray("ss: line 3: bad port"));
    QCOMPARE(ParseError(u"nft-json"_s, 0, u"x"_s).message(), u"nft-json: x"_s);
}

void TestParseError::isError()
{
    try {
        throw ParseError(u"ps"_s, 1, u"c"_s);
    } catch (const Error &error) {
        QCOMPARE(error.message(), u"ps: line 1: c"_s);
        return;
    }
    QFAIL("not caught as Error");
}

QTEST_GUILESS_MAIN(TestParseError)
#include "tst_parseerror.moc"
