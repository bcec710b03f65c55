// Tests for core/parse/osrelease: Debian's real /etc/os-release, quoting
// styles, fallbacks when PRETTY_NAME is missing, and malformed files.

#include "parse/osrelease.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestOsRelease : public QObject
{
    Q_OBJECT

private slots:
    void debian();
    void prettyName_data();
    void prettyName();
    void rejects_data();
    void rejects();
};

void TestOsRelease::debian()
{
    const QByteArray text = readFixture(u"system/os-release-debian12.txt"_s);
    QCOMPARE(parseOsRelease(text), u"Debian GNU/Linux 12 (bookworm)"_s);
    const auto fields = parseOsReleaseFields(text);
    QCOMPARE(fields.value(u"ID"_s), u"debian"_s);
    QCOMPARE(fields.value(u"VERSION_CODENAME"_s), u"bookworm"_s);
    QCOMPARE(fields.value(u"HOME_URL"_s), u"https://www.debian.org/"_s);
}

void TestOsRelease::prettyName_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pretty");
    QTest::newRow("unquoted") << QByteArray("PRETTY_NAME=Alpine\n") << u"Alpine"_s;
    QTest::newRow("single quotes") << QByteArray("PRETTY_NAME='Rocky Linux 9.3 (Blue Onyx)'\n")
                                   << u"Rocky Linux 9.3 (Blue Onyx)"_s;
    QTest::newRow("escapes") << QByteArray(R"(PRETTY_NAME="A \"B\" \$C \\ \`D\` \n")")
                             << uR"(A "B" $C \ `D` \n)"_s;
    QTest::newRow("comments, blanks, CRLF")
        << QByteArray("# comment\r\n\r\n  PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"  \r\n")
        << u"Ubuntu 22.04.4 LTS"_s;
    QTest::newRow("name and version")
        << QByteArray("NAME=\"Amazon Linux\"\nVERSION=\"2023\"\n") << u"Amazon Linux 2023"_s;
    QTest::newRow("name and version id")
        << QByteArray("NAME=Fedora\nVERSION_ID=40\n") << u"Fedora 40"_s;
    QTest::newRow("name only") << QByteArray("NAME=Gentoo\n") << u"Gentoo"_s;
    QTest::newRow("nothing") << QByteArray() << u"Linux"_s;
    QTest::newRow("empty pretty") << QByteArray("PRETTY_NAME=\"\"\nNAME=X\n") << u"X"_s;
}

void TestOsRelease::prettyName()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pretty);
    QCOMPARE(parseOsRelease(text), pretty);
}

void TestOsRelease::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("fixture: prose")
        << readFixture(u"system/bad-os-release.txt"_s) << 2 << u"expected KEY=VALUE"_s;
    QTest::newRow("unclosed quote")
        << QByteArray("NAME=\"Debian\nID=debian\n") << 1 << u"quote not closed"_s;
    QTest::newRow("bad key") << QByteArray("ID=x\n1NAME=y\n") << 2 << u"expected KEY=VALUE"_s;
    QTest::newRow("html") << QByteArray("<html><body>404</body></html>\n") << 1
                          << u"expected KEY=VALUE"_s;
}

void TestOsRelease::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseOsRelease(text); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"os-release"_s);
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestOsRelease)
#include "tst_osrelease.moc"
