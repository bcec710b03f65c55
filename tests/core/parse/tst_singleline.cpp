// Tests for core/parse/singleline: uname -n / uname -a from a UTS namespace,
// iptables --version, and outputs that are empty or have several lines.

#include "parse/singleline.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestSingleLine : public QObject
{
    Q_OBJECT

private slots:
    void fixtures();
    void lines_data();
    void lines();
    void rejects_data();
    void rejects();
};

void TestSingleLine::fixtures()
{
    QCOMPARE(parseSingleLine(readFixture(u"system/hostname.txt"_s), u"hostname"_s),
             u"ray-head-1"_s);
    const QString uname = parseSingleLine(readFixture(u"system/uname.txt"_s), u"uname"_s);
    QVERIFY2(uname.startsWith(u"Linux ray-head-1 "_s), qPrintable(uname));
    QVERIFY(uname.endsWith(u"GNU/Linux"_s));
}

void TestSingleLine::lines_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("line");
    QTest::newRow("iptables nft") << QByteArray("iptables v1.8.9 (nf_tables)\n")
                                  << u"iptables v1.8.9 (nf_tables)"_s;
    QTest::newRow("iptables legacy")
        << QByteArray("iptables v1.8.7 (legacy)") << u"iptables v1.8.7 (legacy)"_s;
    QTest::newRow("blank lines") << QByteArray("\n  node-1  \r\n\n") << u"node-1"_s;
}

void TestSingleLine::lines()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, line);
    QCOMPARE(parseSingleLine(output, u"iptables-version"_s), line);
}

void TestSingleLine::rejects_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << u"hostname: empty output"_s;
    QTest::newRow("blank") << QByteArray(" \n\n") << 0 << u"empty output"_s;
    QTest::newRow("two lines") << QByteArray("a\n\nb\n") << 3
                               << u"hostname: line 3: expected one line"_s;
    QTest::newRow("binary") << QByteArray("a\0b", 3) << 1 << u"NUL"_s;
}

void TestSingleLine::rejects()
{
    QFETCH(QByteArray, output);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseSingleLine(output, u"hostname"_s); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestSingleLine)
#include "tst_singleline.moc"
