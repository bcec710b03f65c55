// Tests for core/model/address: parsing and canonical printing of IPv4/IPv6
// addresses, classification, ordering, prefixes and range -> CIDR conversion.

#include "model/address.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace portolan {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const IpAddress &address)
{
    return QTest::toString(address.isValid() ? address.toString() : u"<invalid>"_s);
}
char *toString(const Prefix &prefix)
{
    return QTest::toString(prefix.isValid() ? prefix.toString() : u"<invalid>"_s);
}
} // namespace portolan

using portolan::AddressRange;
using portolan::IpAddress;
using portolan::IpFamily;
using portolan::Prefix;
using portolan::Uint128;

namespace {

constexpr quint64 operator""_u64(unsigned long long value)
{
    return value;
}

constexpr quint64 kMax64 = std::numeric_limits<quint64>::max();
const QString kV6Max = u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s;

// A fixture address; "" stands for the invalid address. A fixture that does
// not parse fails the running test.
IpAddress ip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString error;
    const auto address = IpAddress::parse(text, &error);
    if (!address) {
        QTest::qFail(qPrintable(u"fixture address \"%1\" does not parse: %2"_s.arg(text, error)),
                     __FILE__, __LINE__);
        return {};
    }
    return *address;
}

// A fixture prefix; "" stands for the invalid prefix.
Prefix net(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString error;
    const auto prefix = Prefix::parse(text, &error);
    if (!prefix) {
        QTest::qFail(qPrintable(u"fixture prefix \"%1\" does not parse: %2"_s.arg(text, error)),
                     __FILE__, __LINE__);
        return {};
    }
    return *prefix;
}

QStringList toStrings(const QList<Prefix> &prefixes)
{
    QStringList out;
    for (const Prefix &prefix : prefixes)
        out.append(prefix.toString());
    return out;
}

// Row names must be printable; the empty input gets a readable one.
const char *tag(const QString &text)
{
    static QByteArray buffer;
    QString printable = text;
    printable.replace(u'\t', u"\\t"_s).replace(u'\n', u"\\n"_s);
    buffer = text.isEmpty() ? QByteArrayLiteral("<empty>") : printable.toUtf8();
    return buffer.constData();
}

// Checks a user-visible error: mentions the input (elided when long) and the cause.
void checkError(const QString &error, const QString &input, const QStringList &keywords)
{
    QVERIFY2(!error.isEmpty(), "no error message");
    for (const QString &keyword : keywords) {
        QVERIFY2(error.contains(keyword, Qt::CaseInsensitive),
                 qPrintable(u"error \"%1\" lacks \"%2\""_s.arg(error, keyword)));
    }
    if (input.isEmpty())
        return;
    const QString named = input.size() <= 64 ? input : input.left(40);
    QVERIFY2(error.contains(named),
             qPrintable(u"error \"%1\" does not name the input"_s.arg(error)));
}

// Independent minimal-CIDR oracle on offsets inside an aligned block of
// 2^blockBits addresses: recursive halving. Returns (offset, host bits) pairs.
void coverOracle(quint64 first, quint64 last, quint64 start, int hostBits,
                 QList<std::pair<quint64, int>> &out)
{
    const quint64 end = start + (quint64(1) << hostBits) - 1;
    if (end < first || start > last)
        return;
    if (first <= start && end <= last) {
        out.append({start, hostBits});
        return;
    }
    coverOracle(first, last, start, hostBits - 1, out);
    coverOracle(first, last, start + (quint64(1) << (hostBits - 1)), hostBits - 1, out);
}

} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void uint128Step_data();
    void uint128Step();
    void uint128HighMask_data();
    void uint128HighMask();
    void uint128Ordering();

    void parseValid_data();
    void parseValid();
    void parseValue_data();
    void parseValue();
    void parseInvalid_data();
    void parseInvalid();
    void constructors();
    void toStringRoundTripRandom();

    void classification_data();
    void classification();
    void mappedV4_data();
    void mappedV4();
    void ordering_data();
    void ordering();

    void prefixParse_data();
    void prefixParse();
    void prefixParseInvalid_data();
    void prefixParseInvalid();
    void prefixConstructor_data();
    void prefixConstructor();
    void prefixFirstLast_data();
    void prefixFirstLast();
    void prefixContainsAddress_data();
    void prefixContainsAddress();
    void prefixContainsPrefix_data();
    void prefixContainsPrefix();
    void prefixAllAndHost();

    void rangeValidity_data();
    void rangeValidity();
    void rangeContains_data();
    void rangeContains();
    void rangeToPrefixes_data();
    void rangeToPrefixes();
    void rangeToPrefixesOracle_data();
    void rangeToPrefixesOracle();
    void rangeParse_data();
    void rangeParse();
    void rangeParseInvalid_data();
    void rangeParseInvalid();
};

// --- Uint128 ---------------------------------------------------------------

void TestAddress::uint128Step_data()
{
    QTest::addColumn<quint64>("hi");
    QTest::addColumn<quint64>("lo");
    QTest::addColumn<quint64>("nextHi");
    QTest::addColumn<quint64>("nextLo");
    QTest::addColumn<quint64>("previousHi");
    QTest::addColumn<quint64>("previousLo");

    QTest::newRow("zero") << 0_u64 << 0_u64 << 0_u64 << 1_u64 << kMax64 << kMax64;
    QTest::newRow("one") << 0_u64 << 1_u64 << 0_u64 << 2_u64 << 0_u64 << 0_u64;
    QTest::newRow("low half full") << 0_u64 << kMax64 << 1_u64 << 0_u64 << 0_u64 << kMax64 - 1;
    QTest::newRow("high half start") << 1_u64 << 0_u64 << 1_u64 << 1_u64 << 0_u64 << kMax64;
    QTest::newRow("middle") << 5_u64 << 7_u64 << 5_u64 << 8_u64 << 5_u64 << 6_u64;
    QTest::newRow("max") << kMax64 << kMax64 << 0_u64 << 0_u64 << kMax64 << kMax64 - 1;
}

void TestAddress::uint128Step()
{
    QFETCH(quint64, hi);
    QFETCH(quint64, lo);
    QFETCH(quint64, nextHi);
    QFETCH(quint64, nextLo);
    QFETCH(quint64, previousHi);
    QFETCH(quint64, previousLo);

    const Uint128 value{hi, lo};
    QCOMPARE(value.next().hi, nextHi);
    QCOMPARE(value.next().lo, nextLo);
    QCOMPARE(value.previous().hi, previousHi);
    QCOMPARE(value.previous().lo, previousLo);
    QVERIFY(value.next().previous() == value);
    QVERIFY(value.previous().next() == value);
    QCOMPARE(value.isZero(), hi == 0 && lo == 0);
    QCOMPARE(value.isMax(), hi == kMax64 && lo == kMax64);
}

void TestAddress::uint128HighMask_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint64>("hi");
    QTest::addColumn<quint64>("lo");

    QTest::newRow("v4 /0") << 0 << 32 << 0_u64 << 0_u64;
    QTest::newRow("v4 /1") << 1 << 32 << 0_u64 << 0x80000000_u64;
    QTest::newRow("v4 /8") << 8 << 32 << 0_u64 << 0xff000000_u64;
    QTest::newRow("v4 /24") << 24 << 32 << 0_u64 << 0xffffff00_u64;
    QTest::newRow("v4 /31") << 31 << 32 << 0_u64 << 0xfffffffe_u64;
    QTest::newRow("v4 /32") << 32 << 32 << 0_u64 << 0xffffffff_u64;
    QTest::newRow("v4 below range clamps") << -5 << 32 << 0_u64 << 0_u64;
    QTest::newRow("v4 above range clamps") << 40 << 32 << 0_u64 << 0xffffffff_u64;
    QTest::newRow("v6 /0") << 0 << 128 << 0_u64 << 0_u64;
    QTest::newRow("v6 /1") << 1 << 128 << 0x8000000000000000_u64 << 0_u64;
    QTest::newRow("v6 /48") << 48 << 128 << 0xffffffffffff0000_u64 << 0_u64;
    QTest::newRow("v6 /63") << 63 << 128 << 0xfffffffffffffffe_u64 << 0_u64;
    QTest::newRow("v6 /64") << 64 << 128 << kMax64 << 0_u64;
    QTest::newRow("v6 /65") << 65 << 128 << kMax64 << 0x8000000000000000_u64;
    QTest::newRow("v6 /127") << 127 << 128 << kMax64 << kMax64 - 1;
    QTest::newRow("v6 /128") << 128 << 128 << kMax64 << kMax64;
    QTest::newRow("v6 above range clamps") << 200 << 128 << kMax64 << kMax64;
}

void TestAddress::uint128HighMask()
{
    QFETCH(int, bits);
    QFETCH(int, width);
    QFETCH(quint64, hi);
    QFETCH(quint64, lo);

    const Uint128 mask = Uint128::highMask(bits, width);
    QCOMPARE(mask.hi, hi);
    QCOMPARE(mask.lo, lo);
}

void TestAddress::uint128Ordering()
{
    QVERIFY((Uint128{1, 0} > Uint128{0, kMax64}));
    QVERIFY((Uint128{0, 1} < Uint128{0, 2}));
    QVERIFY((Uint128{3, 4} == Uint128{3, 4}));
    QVERIFY(((Uint128{0xf0, 0x0f} & Uint128{0xff, 0x03}) == Uint128{0xf0, 0x03}));
    QVERIFY(((Uint128{0xf0, 0x0f} | Uint128{0x0f, 0xf0}) == Uint128{0xff, 0xff}));
    QVERIFY((~Uint128{} == Uint128{kMax64, kMax64}));
}

// --- IpAddress parsing and printing ---------------------------------------

void TestAddress::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("canonical");

    const auto row = [](const QString &input, int family, const QString &canonical) {
        QTest::addRow("%s", tag(input)) << input << family << canonical;
    };
    // IPv4
    row(u"0.0.0.0"_s, 4, u"0.0.0.0"_s);
    row(u"255.255.255.255"_s, 4, u"255.255.255.255"_s);
    row(u"10.0.0.1"_s, 4, u"10.0.0.1"_s);
    row(u"1.2.3.4"_s, 4, u"1.2.3.4"_s);
    row(u"192.168.100.200"_s, 4, u"192.168.100.200"_s);
    row(u"0.0.0.9"_s, 4, u"0.0.0.9"_s);
    // IPv6: the all-zero and one-group forms
    row(u"::"_s, 6, u"::"_s);
    row(u"0::0"_s, 6, u"::"_s);
    row(u"0:0:0:0:0:0:0:0"_s, 6, u"::"_s);
    row(u"::1"_s, 6, u"::1"_s);
    row(u"0:0:0:0:0:0:0:1"_s, 6, u"::1"_s);
    row(u"1::"_s, 6, u"1::"_s);
    row(u"1:0:0:0:0:0:0:0"_s, 6, u"1::"_s);
    row(u"ffff::"_s, 6, u"ffff::"_s);
    // RFC 5952: leading zeros dropped, lower case
    row(u"2001:0db8:0000:0000:0000:0000:0000:0001"_s, 6, u"2001:db8::1"_s);
    row(u"2001:DB8::1"_s, 6, u"2001:db8::1"_s);
    row(u"fe80::0001"_s, 6, u"fe80::1"_s);
    row(u"FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF"_s, 6, kV6Max);
    row(u"1:2:3:4:5:6:7:8"_s, 6, u"1:2:3:4:5:6:7:8"_s);
    row(u"a:b:c:d:e:f:a:b"_s, 6, u"a:b:c:d:e:f:a:b"_s);
    // RFC 5952: the longest run, the leftmost on a tie, never a single group
    row(u"2001:db8:0:0:1:0:0:1"_s, 6, u"2001:db8::1:0:0:1"_s);
    row(u"2001:0:0:1:0:0:0:1"_s, 6, u"2001:0:0:1::1"_s);
    row(u"1:0:0:2:0:0:0:3"_s, 6, u"1:0:0:2::3"_s);
    row(u"1:0:0:0:2:0:0:3"_s, 6, u"1::2:0:0:3"_s);
    row(u"0:0:1:0:0:0:0:0"_s, 6, u"0:0:1::"_s);
    row(u"0:0:0:1:0:0:0:0"_s, 6, u"0:0:0:1::"_s);
    row(u"0:0:0:0:1:0:0:0"_s, 6, u"::1:0:0:0"_s);
    row(u"1:0:0:1:0:0:1:1"_s, 6, u"1::1:0:0:1:1"_s);
    row(u"2001:db8:0:1:1:1:1:1"_s, 6, u"2001:db8:0:1:1:1:1:1"_s);
    row(u"2001:db8::1:1:1:1:1"_s, 6, u"2001:db8:0:1:1:1:1:1"_s);
    row(u"1:2:3:4:5:6:7::"_s, 6, u"1:2:3:4:5:6:7:0"_s);
    row(u"::2:3:4:5:6:7:8"_s, 6, u"0:2:3:4:5:6:7:8"_s);
    row(u"1:0:1:0:1:0:1:0"_s, 6, u"1:0:1:0:1:0:1:0"_s);
    row(u"fe80:0:0:0:0:0:0:1"_s, 6, u"fe80::1"_s);
    // embedded IPv4
    row(u"::ffff:1.2.3.4"_s, 6, u"::ffff:1.2.3.4"_s);
    row(u"::FFFF:1.2.3.4"_s, 6, u"::ffff:1.2.3.4"_s);
    row(u"::ffff:0102:0304"_s, 6, u"::ffff:1.2.3.4"_s);
    row(u"0:0:0:0:0:ffff:1.2.3.4"_s, 6, u"::ffff:1.2.3.4"_s);
    row(u"::ffff:0.0.0.0"_s, 6, u"::ffff:0.0.0.0"_s);
    row(u"::ffff:255.255.255.255"_s, 6, u"::ffff:255.255.255.255"_s);
    row(u"64:ff9b::1.2.3.4"_s, 6, u"64:ff9b::102:304"_s);
    row(u"::1.2.3.4"_s, 6, u"::102:304"_s);
    row(u"::ffff:0:1.2.3.4"_s, 6, u"::ffff:0:102:304"_s);
    row(u"1:2:3:4:5:6:1.2.3.4"_s, 6, u"1:2:3:4:5:6:102:304"_s);
    // near-misses of v4-mapped stay hexadecimal
    row(u"::ffff:ffff"_s, 6, u"::ffff:ffff"_s);
    row(u"::1:ffff:0:0"_s, 6, u"::1:ffff:0:0"_s);
    row(u"::fffe:1.2.3.4"_s, 6, u"::fffe:102:304"_s);
}

void TestAddress::parseValid()
{
    QFETCH(QString, input);
    QFETCH(int, family);
    QFETCH(QString, canonical);

    QString error = u"untouched"_s;
    const auto address = IpAddress::parse(input, &error);
    QVERIFY2(address.has_value(), qPrintable(error));
    QVERIFY(address->isValid());
    QCOMPARE(int(address->family()), family);
    QCOMPARE(address->isV4(), family == 4);
    QCOMPARE(address->isV6(), family == 6);
    QCOMPARE(address->bitWidth(), family == 4 ? 32 : 128);
    QCOMPARE(address->toString(), canonical);

    // The canonical text parses back to the same address and prints identically.
    const auto again = IpAddress::parse(canonical);
    QVERIFY(again.has_value());
    QCOMPARE(*again, *address);
    QCOMPARE(again->toString(), canonical);
}

void TestAddress::parseValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<quint64>("hi");
    QTest::addColumn<quint64>("lo");

    QTest::newRow("v4") << u"1.2.3.4"_s << 0_u64 << 0x01020304_u64;
    QTest::newRow("v4 max") << u"255.255.255.255"_s << 0_u64 << 0xffffffff_u64;
    QTest::newRow("::1") << u"::1"_s << 0_u64 << 1_u64;
    QTest::newRow("1::") << u"1::"_s << 0x0001000000000000_u64 << 0_u64;
    QTest::newRow("mapped") << u"::ffff:1.2.3.4"_s << 0_u64 << 0x0000ffff01020304_u64;
    QTest::newRow("rfc example") << u"2001:db8::ff00:42:8329"_s << 0x20010db800000000_u64
                                 << 0x0000ff0000428329_u64;
    QTest::newRow("v6 max") << kV6Max << kMax64 << kMax64;
}

void TestAddress::parseValue()
{
    QFETCH(QString, input);
    QFETCH(quint64, hi);
    QFETCH(quint64, lo);

    const IpAddress address = ip(input);
    QCOMPARE(address.value().hi, hi);
    QCOMPARE(address.value().lo, lo);
    QCOMPARE(IpAddress::fromValue(address.family(), Uint128{hi, lo}), address);
    if (address.isV4())
        QCOMPARE(quint64(address.toV4()), lo);
}

void TestAddress::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("keywords");

    const auto row = [](const QString &input, const QStringList &keywords) {
        QTest::addRow("%s", tag(input)) << input << keywords;
    };
    row(QString(), {u"empty"_s});
    // whitespace anywhere
    row(u" 10.0.0.1"_s, {u"whitespace"_s});
    row(u"10.0.0.1 "_s, {u"whitespace"_s});
    row(u"10.0. 0.1"_s, {u"whitespace"_s});
    row(u"\t::1"_s, {u"whitespace"_s});
    row(u"::1\n"_s, {u"whitespace"_s});
    // IPv4 octets
    row(u"10.0.0.256"_s, {u"octet 256 is out of range"_s});
    row(u"256.0.0.0"_s, {u"octet 256"_s, u"out of range"_s});
    row(u"10.0.0.1000"_s, {u"octet 1000"_s, u"out of range"_s});
    row(u"10.0.0.99999999999999999999"_s, {u"out of range"_s});
    row(u"010.1.1.1"_s, {u"leading zero"_s, u"\"010\""_s});
    row(u"10.01.1.1"_s, {u"leading zero"_s});
    row(u"10.0.0.00"_s, {u"leading zero"_s});
    row(u"10.0.0"_s, {u"3 octets"_s});
    row(u"10.0"_s, {u"2 octets"_s});
    row(u"10.0.0.1.5"_s, {u"5 octets"_s});
    row(u"10"_s, {u"not an IP address"_s});
    row(u"-"_s, {u"not an IP address"_s});
    row(u"localhost"_s, {u"not an IP address"_s});
    row(u"10.0.0.1."_s, {u"empty octet"_s});
    row(u".10.0.0.1"_s, {u"empty octet"_s});
    row(u"10..0.1"_s, {u"empty octet"_s});
    row(u"."_s, {u"empty octet"_s});
    row(u"10.0.0.1abc"_s, {u"unexpected character 'a'"_s});
    row(u"10.0.0.1/24"_s, {u"unexpected character '/'"_s});
    row(u"10.0.0.-1"_s, {u"unexpected character '-'"_s});
    row(u"0x0a.0.0.1"_s, {u"unexpected character 'x'"_s});
    row(u"+1.2.3.4"_s, {u"unexpected character '+'"_s});
    row(u"\uff11.2.3.4"_s, {u"unexpected character"_s}); // full-width digit one
    row(u"1.2.3.4:80"_s, {u"port"_s});
    // IPv6 structure
    row(u"1:2:3:4:5:6:7:8:9"_s, {u"too many groups"_s});
    row(u"1:2:3:4:5:6:7"_s, {u"too few groups"_s});
    row(u"1:2"_s, {u"too few groups"_s});
    row(u"1:2:3:4:5:6:7:8::"_s, {u"too many groups"_s});
    row(u"::1:2:3:4:5:6:7:8"_s, {u"too many groups"_s});
    row(u"1:2:3:4::5:6:7:8"_s, {u"too many groups"_s});
    row(u"1:2:3:4:5:6:7:1.2.3.4"_s, {u"too many groups"_s});
    row(u"1::2::3"_s, {u"more than one \"::\""_s});
    row(u"::1::"_s, {u"more than one \"::\""_s});
    row(u":::1"_s, {u"\":::\""_s});
    row(u"1:::2"_s, {u"\":::\""_s});
    row(u"12345::1"_s, {u"\"12345\""_s, u"more than 4 hex digits"_s});
    row(u"::00000"_s, {u"more than 4 hex digits"_s});
    row(u"fe80::g"_s, {u"unexpected character 'g'"_s});
    row(u"::-1"_s, {u"unexpected character '-'"_s});
    row(u"fe80::1/64"_s, {u"unexpected character '/'"_s});
    row(u":1::2"_s, {u"starts with a single ':'"_s});
    row(u":"_s, {u"starts with a single ':'"_s});
    row(u":1:2:3:4:5:6:7:8"_s, {u"starts with a single ':'"_s});
    row(u"1::2:"_s, {u"ends with a single ':'"_s});
    row(u"1:2:3:4:5:6:7:"_s, {u"ends with a single ':'"_s});
    row(u"[::1]"_s, {u"brackets"_s});
    row(u"[::1]:80"_s, {u"brackets"_s});
    row(u"fe80::1%eth0"_s, {u"zone"_s});
    row(u"fe80::1%1"_s, {u"zone"_s});
    // embedded IPv4
    row(u"1.2.3.4::"_s, {u"embedded IPv4"_s});
    row(u"1.2.3.4::1"_s, {u"embedded IPv4"_s});
    row(u"::1.2.3.4:1"_s, {u"embedded IPv4"_s});
    row(u"1:2:3:4:5:6:1.2.3.4:1"_s, {u"embedded IPv4"_s});
    row(u"::ffff:1.2.3"_s, {u"3 octets"_s});
    row(u"::ffff:1.2.3.256"_s, {u"octet 256 is out of range"_s});
    row(u"::ffff:01.2.3.4"_s, {u"leading zero"_s});
    row(u"::ffff:1.2.3.4x"_s, {u"unexpected character 'x'"_s});
    // long input is elided in the message
    row(QString(100, u'1') + u".0.0.0"_s, {u"out of range"_s, QString(QChar(0x2026))});
}

void TestAddress::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QStringList, keywords);

    QString error;
    const auto address = IpAddress::parse(input, &error);
    QVERIFY2(!address.has_value(), qPrintable(address ? address->toString() : QString()));
    checkError(error, input, keywords);
    // Without an error sink it fails the same way (and does not crash).
    QVERIFY(!IpAddress::parse(input).has_value());
}

void TestAddress::constructors()
{
    QCOMPARE(IpAddress().isValid(), false);
    QCOMPARE(IpAddress().toString(), QString());
    QCOMPARE(IpAddress().isV4(), false);
    QCOMPARE(IpAddress().isV6(), false);

    QCOMPARE(IpAddress::fromV4(0x0a000001).toString(), u"10.0.0.1"_s);
    QCOMPARE(IpAddress::fromV4(0xffffffff).toString(), u"255.255.255.255"_s);
    QCOMPARE(IpAddress::anyAddress(IpFamily::V4).toString(), u"0.0.0.0"_s);
    QCOMPARE(IpAddress::anyAddress(IpFamily::V6).toString(), u"::"_s);
    QVERIFY(IpAddress::anyAddress(IpFamily::V4).isValid());

    // IPv4 keeps only the low 32 bits of a value.
    const IpAddress truncated = IpAddress::fromValue(IpFamily::V4, Uint128{1, 0x100000001});
    QCOMPARE(truncated.toString(), u"0.0.0.1"_s);
    QVERIFY(truncated.value() == (Uint128{0, 1}));

    const std::array<std::uint8_t, 16> bytes{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                             0,    0,    0,    0,    0, 0, 0, 0x01};
    const IpAddress fromBytes = IpAddress::fromV6(bytes);
    QCOMPARE(fromBytes.toString(), u"2001:db8::1"_s);
    QVERIFY(fromBytes.toV6Bytes() == bytes);
    QCOMPARE(fromBytes, ip(u"2001:db8::1"_s));

    const IpAddress max = ip(kV6Max);
    std::array<std::uint8_t, 16> allOnes{};
    allOnes.fill(0xff);
    QVERIFY(max.toV6Bytes() == allOnes);
    QCOMPARE(IpAddress::fromV6(allOnes), max);
}

void TestAddress::toStringRoundTripRandom()
{
    // Addresses with many zero groups exercise every compression position.
    QRandomGenerator random(20240601);
    for (int i = 0; i < 5000; ++i) {
        std::array<std::uint8_t, 16> bytes{};
        for (std::size_t g = 0; g < 8; ++g) {
            if (random.bounded(2) == 0)
                continue;
            const quint32 group = random.bounded(4) == 0 ? random.bounded(16u) : random.generate();
            bytes[2 * g] = std::uint8_t(group >> 8);
            bytes[2 * g + 1] = std::uint8_t(group);
        }
        const IpAddress address = IpAddress::fromV6(bytes);
        const QString text = address.toString();
        const auto parsed = IpAddress::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, address);
        QCOMPARE(text, text.toLower());
        QVERIFY2(text.count(u"::"_s) <= 1, qPrintable(text));
        if (address.mappedV4())
            continue;
        const QStringList groups = text.split(u':');
        for (const QString &group : groups) {
            QVERIFY2(group.size() <= 4, qPrintable(text));
            QVERIFY2(group.size() <= 1 || !group.startsWith(u'0'), qPrintable(text));
        }
        // "::" replaces at least two groups: with it, fewer than 7 groups remain.
        if (text.contains(u"::"_s)) {
            const qsizetype written = text.split(u':', Qt::SkipEmptyParts).size();
            QVERIFY2(written <= 6, qPrintable(text));
        }
    }
}

// --- classification --------------------------------------------------------

void TestAddress::classification_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("unspecified");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("linkLocal");
    QTest::addColumn<bool>("multicast");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("global");

    enum Class { None, Unspecified, Loopback, LinkLocal, Multicast, Private, Global };
    const auto row = [](const QString &input, Class c) {
        QTest::addRow("%s", tag(input))
            << input << (c == Unspecified) << (c == Loopback) << (c == LinkLocal)
            << (c == Multicast) << (c == Private) << (c == Global);
    };
    // IPv4
    row(u"0.0.0.0"_s, Unspecified);
    row(u"0.1.2.3"_s, None); // 0/8 "this network"
    row(u"0.255.255.255"_s, None);
    row(u"1.0.0.0"_s, Global);
    row(u"127.0.0.1"_s, Loopback);
    row(u"127.255.255.255"_s, Loopback);
    row(u"126.255.255.255"_s, Global);
    row(u"128.0.0.1"_s, Global);
    row(u"10.0.0.1"_s, Private);
    row(u"10.255.255.255"_s, Private);
    row(u"9.255.255.255"_s, Global);
    row(u"11.0.0.0"_s, Global);
    row(u"172.16.0.0"_s, Private);
    row(u"172.31.255.255"_s, Private);
    row(u"172.15.255.255"_s, Global);
    row(u"172.32.0.0"_s, Global);
    row(u"192.168.1.1"_s, Private);
    row(u"192.169.0.1"_s, Global);
    row(u"100.64.0.1"_s, Private);
    row(u"100.127.255.255"_s, Private);
    row(u"100.63.255.255"_s, Global);
    row(u"100.128.0.0"_s, Global);
    row(u"169.254.0.1"_s, LinkLocal);
    row(u"169.254.255.255"_s, LinkLocal);
    row(u"169.253.255.255"_s, Global);
    row(u"224.0.0.1"_s, Multicast);
    row(u"239.255.255.255"_s, Multicast);
    row(u"223.255.255.255"_s, Global);
    row(u"240.0.0.1"_s, None);
    row(u"255.255.255.255"_s, None);
    row(u"192.0.0.1"_s, None);
    row(u"192.0.0.9"_s, Global);  // PCP anycast, globally reachable
    row(u"192.0.0.10"_s, Global); // TURN anycast, globally reachable
    row(u"192.0.0.255"_s, None);
    row(u"192.0.2.1"_s, None);    // TEST-NET-1 documentation
    row(u"198.51.100.7"_s, None); // TEST-NET-2 documentation
    row(u"203.0.113.9"_s, None);  // TEST-NET-3 documentation
    row(u"192.0.3.0"_s, Global);
    row(u"198.18.0.1"_s, None); // benchmarking
    row(u"198.19.255.255"_s, None);
    row(u"198.17.255.255"_s, Global);
    row(u"198.20.0.0"_s, Global);
    row(u"8.8.8.8"_s, Global);
    row(u"1.1.1.1"_s, Global);
    // IPv6
    row(u"::"_s, Unspecified);
    row(u"::1"_s, Loopback);
    row(u"fe80::1"_s, LinkLocal);
    row(u"febf:ffff::1"_s, LinkLocal);
    row(u"fec0::1"_s, None); // deprecated site-local
    row(u"ff02::1"_s, Multicast);
    row(u"ff0e::1"_s, Multicast);
    row(u"fd00::1"_s, Private);
    row(u"fc00::"_s, Private);
    row(u"fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s, Private);
    row(u"2001:db8::1"_s, None); // documentation
    row(u"2001:db8:ffff::1"_s, None);
    row(u"3fff::1"_s, None); // documentation (RFC 9637)
    row(u"3fff:1000::"_s, Global);
    row(u"2001:4860:4860::8888"_s, Global);
    row(u"2606:4700:4700::1111"_s, Global);
    row(u"2a00:1450:4001::1"_s, Global);
    row(u"2001::1"_s, None); // Teredo, inside 2001::/23
    row(u"2001:2::1"_s, None);
    row(u"2001:1ff:ffff::1"_s, None);
    row(u"2001:200::1"_s, Global);
    row(u"2001:1::1"_s, Global);
    row(u"2001:1::4"_s, None);
    row(u"2001:3::1"_s, Global);
    row(u"2001:4:112::1"_s, Global);
    row(u"2001:20::1"_s, Global);
    row(u"2001:30::1"_s, Global);
    row(u"64:ff9b::8.8.8.8"_s, Global);
    row(u"64:ff9b:1::1"_s, None);
    row(u"100::1"_s, None); // discard-only
    row(u"5f00::1"_s, None);
    // v4-mapped: judged by the IPv4 address
    row(u"::ffff:0.0.0.0"_s, Unspecified);
    row(u"::ffff:127.0.0.1"_s, Loopback);
    row(u"::ffff:169.254.1.1"_s, LinkLocal);
    row(u"::ffff:224.0.0.1"_s, Multicast);
    row(u"::ffff:10.0.0.1"_s, Private);
    row(u"::ffff:192.0.2.1"_s, None);
    row(u"::ffff:8.8.8.8"_s, Global);
    // the invalid address is nothing
    row(QString(), None);
}

void TestAddress::classification()
{
    QFETCH(QString, input);
    QFETCH(bool, unspecified);
    QFETCH(bool, loopback);
    QFETCH(bool, linkLocal);
    QFETCH(bool, multicast);
    QFETCH(bool, isPrivate);
    QFETCH(bool, global);

    const IpAddress address = ip(input);
    QCOMPARE(address.isUnspecified(), unspecified);
    QCOMPARE(address.isLoopback(), loopback);
    QCOMPARE(address.isLinkLocal(), linkLocal);
    QCOMPARE(address.isMulticast(), multicast);
    QCOMPARE(address.isPrivate(), isPrivate);
    QCOMPARE(address.isGlobal(), global);
}

void TestAddress::mappedV4_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mapped"); // "" = none

    QTest::newRow("mapped") << u"::ffff:1.2.3.4"_s << u"1.2.3.4"_s;
    QTest::newRow("mapped zero") << u"::ffff:0.0.0.0"_s << u"0.0.0.0"_s;
    QTest::newRow("mapped max") << u"::ffff:255.255.255.255"_s << u"255.255.255.255"_s;
    QTest::newRow("hex form") << u"::ffff:a00:1"_s << u"10.0.0.1"_s;
    QTest::newRow("compat") << u"::1.2.3.4"_s << QString();
    QTest::newRow("nat64") << u"64:ff9b::1.2.3.4"_s << QString();
    QTest::newRow("siit") << u"::ffff:0:1.2.3.4"_s << QString();
    QTest::newRow("not ffff") << u"::fffe:1.2.3.4"_s << QString();
    QTest::newRow("high bits") << u"1::ffff:1.2.3.4"_s << QString();
    QTest::newRow("v4 itself") << u"1.2.3.4"_s << QString();
    QTest::newRow("invalid") << QString() << QString();
}

void TestAddress::mappedV4()
{
    QFETCH(QString, input);
    QFETCH(QString, mapped);

    const auto result = ip(input).mappedV4();
    QCOMPARE(result.has_value(), !mapped.isEmpty());
    if (result) {
        QVERIFY(result->isV4());
        QCOMPARE(result->toString(), mapped);
    }
}

void TestAddress::ordering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of a <=> b

    QTest::newRow("invalid == invalid") << QString() << QString() << 0;
    QTest::newRow("invalid < v4 zero") << QString() << u"0.0.0.0"_s << -1;
    QTest::newRow("invalid < v6 zero") << QString() << u"::"_s << -1;
    QTest::newRow("v4 > invalid") << u"1.2.3.4"_s << QString() << 1;
    QTest::newRow("v4 max < v6 zero") << u"255.255.255.255"_s << u"::"_s << -1;
    QTest::newRow("v6 zero > v4 zero") << u"::"_s << u"0.0.0.0"_s << 1;
    QTest::newRow("mapped > its v4") << u"::ffff:1.2.3.4"_s << u"1.2.3.4"_s << 1;
    QTest::newRow("v4 by value") << u"10.0.0.1"_s << u"10.0.0.2"_s << -1;
    QTest::newRow("v4 octet order") << u"9.255.255.255"_s << u"10.0.0.0"_s << -1;
    QTest::newRow("v4 equal") << u"10.0.0.1"_s << u"10.0.0.1"_s << 0;
    QTest::newRow("v6 equal, other spelling") << u"fe80::1"_s << u"FE80:0::0001"_s << 0;
    QTest::newRow("v6 high half decides") << u"1::"_s << u"::ffff:ffff:ffff:ffff"_s << 1;
    QTest::newRow("v6 low half") << u"::1:0:0:0"_s << u"::ffff:ffff:ffff"_s << 1;
    QTest::newRow("v6 max") << kV6Max << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s << 1;
}

void TestAddress::ordering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);

    const IpAddress left = ip(a);
    const IpAddress right = ip(b);
    const std::strong_ordering order = left <=> right;
    const int sign = order < 0 ? -1 : (order > 0 ? 1 : 0);
    QCOMPARE(sign, expected);
    const std::strong_ordering reverse = right <=> left;
    QCOMPARE(reverse < 0 ? -1 : (reverse > 0 ? 1 : 0), -expected);
    QCOMPARE(left == right, expected == 0);
    QCOMPARE(left < right, expected < 0);
    QCOMPARE(left > right, expected > 0);
}

// --- Prefix ----------------------------------------------------------------

void TestAddress::prefixParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("clearHostBits");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("length");

    const auto row = [](const QString &input, bool clear, const QString &expected, int length) {
        QTest::addRow("%s", tag(input)) << input << clear << expected << length;
    };
    row(u"10.0.0.0/8"_s, false, u"10.0.0.0/8"_s, 8);
    row(u"0.0.0.0/0"_s, false, u"0.0.0.0/0"_s, 0);
    row(u"10.1.2.3/32"_s, false, u"10.1.2.3/32"_s, 32);
    row(u"255.255.255.255/32"_s, false, u"255.255.255.255/32"_s, 32);
    row(u"192.168.0.0/16"_s, false, u"192.168.0.0/16"_s, 16);
    row(u"172.16.0.0/12"_s, false, u"172.16.0.0/12"_s, 12);
    row(u"10.0.0.0/08"_s, false, u"10.0.0.0/8"_s, 8);
    row(u"10.1.2.3"_s, false, u"10.1.2.3/32"_s, 32); // bare address = host prefix
    row(u"::"_s, false, u"::/128"_s, 128);
    row(u"fe80::1"_s, false, u"fe80::1/128"_s, 128);
    row(u"::/0"_s, false, u"::/0"_s, 0);
    row(u"::/128"_s, false, u"::/128"_s, 128);
    row(u"2001:DB8::/32"_s, false, u"2001:db8::/32"_s, 32);
    row(u"fd00::/8"_s, false, u"fd00::/8"_s, 8);
    row(kV6Max + u"/128"_s, false, kV6Max + u"/128"_s, 128);
    row(u"::ffff:1.2.3.0/120"_s, false, u"::ffff:1.2.3.0/120"_s, 120);
    // HostBits::Clear
    row(u"10.0.0.1/8"_s, true, u"10.0.0.0/8"_s, 8);
    row(u"1.2.3.4/0"_s, true, u"0.0.0.0/0"_s, 0);
    row(u"255.255.255.255/1"_s, true, u"128.0.0.0/1"_s, 1);
    row(u"10.0.0.1/31"_s, true, u"10.0.0.0/31"_s, 31);
    row(u"fd12:3456:789a:1::1/64"_s, true, u"fd12:3456:789a:1::/64"_s, 64);
    row(kV6Max + u"/1"_s, true, u"8000::/1"_s, 1);
    row(kV6Max + u"/65"_s, true, u"ffff:ffff:ffff:ffff:8000::/65"_s, 65);
    row(kV6Max + u"/127"_s, true, u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s, 127);
    row(u"2001:db8::1/0"_s, true, u"::/0"_s, 0);
}

void TestAddress::prefixParse()
{
    QFETCH(QString, input);
    QFETCH(bool, clearHostBits);
    QFETCH(QString, expected);
    QFETCH(int, length);

    QString error;
    const auto prefix = Prefix::parse(
        input, &error, clearHostBits ? Prefix::HostBits::Clear : Prefix::HostBits::Reject);
    QVERIFY2(prefix.has_value(), qPrintable(error));
    QVERIFY(prefix->isValid());
    QCOMPARE(prefix->toString(), expected);
    QCOMPARE(prefix->length(), length);
    // The stored address is the network: host bits are clear.
    QCOMPARE(Prefix(prefix->network(), length), *prefix);
    QCOMPARE(prefix->first(), prefix->network());
    // The canonical text parses back with host bits rejected.
    QCOMPARE(net(expected), *prefix);
}

void TestAddress::prefixParseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("keywords");

    const auto row = [](const QString &input, const QStringList &keywords) {
        QTest::addRow("%s", tag(input)) << input << keywords;
    };
    row(u"10.0.0.1/8"_s, {u"host bits are set"_s, u"10.0.0.0/8"_s});
    row(u"192.168.1.1/24"_s, {u"host bits are set"_s, u"192.168.1.0/24"_s});
    row(u"fe80::1/64"_s, {u"host bits are set"_s, u"fe80::/64"_s});
    row(u"1.2.3.4/0"_s, {u"host bits are set"_s, u"0.0.0.0/0"_s});
    row(u"10.0.0.0/33"_s, {u"prefix length 33"_s, u"out of range"_s, u"0 to 32"_s});
    row(u"::/129"_s, {u"prefix length 129"_s, u"out of range"_s, u"0 to 128"_s});
    row(u"10.0.0.0/99999999999"_s, {u"out of range"_s});
    row(u"10.0.0.0/-1"_s, {u"\"-1\""_s, u"not a number"_s});
    row(u"10.0.0.0/+8"_s, {u"not a number"_s});
    row(u"10.0.0.0/a"_s, {u"not a number"_s});
    row(u"10.0.0.0/8 "_s, {u"not a number"_s});
    row(u"10.0.0.0/255.0.0.0"_s, {u"not a number"_s});
    row(u"10.0.0.0/"_s, {u"missing prefix length"_s});
    row(u"/8"_s, {u"missing address"_s});
    row(u"/"_s, {u"missing address"_s});
    row(u"10.0.0.0/8/8"_s, {u"more than one '/'"_s});
    row(u"10.0.0.256/8"_s, {u"octet 256"_s});
    row(u"fe80::1%eth0/64"_s, {u"zone"_s});
    row(QString(), {u"empty"_s});
    row(u"10.0.0"_s, {u"3 octets"_s});
}

void TestAddress::prefixParseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QStringList, keywords);

    QString error;
    const auto prefix = Prefix::parse(input, &error);
    QVERIFY2(!prefix.has_value(), qPrintable(prefix ? prefix->toString() : QString()));
    // Address errors name the address part; the rest name the whole input.
    const QString named =
        input.contains(u'/') && !error.contains(input) ? input.left(input.indexOf(u'/')) : input;
    checkError(error, named, keywords);
    QVERIFY(!Prefix::parse(input).has_value());
}

void TestAddress::prefixConstructor_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected"); // "" = invalid prefix

    QTest::newRow("clears host bits") << u"10.1.2.3"_s << 8 << u"10.0.0.0/8"_s;
    QTest::newRow("v4 /0") << u"10.1.2.3"_s << 0 << u"0.0.0.0/0"_s;
    QTest::newRow("v4 /32") << u"10.1.2.3"_s << 32 << u"10.1.2.3/32"_s;
    QTest::newRow("v4 /33") << u"10.1.2.3"_s << 33 << QString();
    QTest::newRow("v4 negative") << u"10.1.2.3"_s << -1 << QString();
    QTest::newRow("v6 /16") << u"ffff::ffff"_s << 16 << u"ffff::/16"_s;
    QTest::newRow("v6 /127 even") << u"2001:db8:1:2:3:4:5:6"_s << 127
                                  << u"2001:db8:1:2:3:4:5:6/127"_s;
    QTest::newRow("v6 /127 odd") << u"2001:db8:1:2:3:4:5:7"_s << 127
                                 << u"2001:db8:1:2:3:4:5:6/127"_s;
    QTest::newRow("v6 /64") << u"2001:db8:1:2:3:4:5:7"_s << 64 << u"2001:db8:1:2::/64"_s;
    QTest::newRow("v6 /128") << u"::1"_s << 128 << u"::1/128"_s;
    QTest::newRow("v6 /129") << u"::1"_s << 129 << QString();
    QTest::newRow("invalid address") << QString() << 0 << QString();
}

void TestAddress::prefixConstructor()
{
    QFETCH(QString, address);
    QFETCH(int, length);
    QFETCH(QString, expected);

    const Prefix prefix(ip(address), length);
    QCOMPARE(prefix.isValid(), !expected.isEmpty());
    QCOMPARE(prefix.toString(), expected);
    if (!prefix.isValid())
        QCOMPARE(prefix, Prefix());
}

void TestAddress::prefixFirstLast_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::newRow("10/8") << u"10.0.0.0/8"_s << u"10.0.0.0"_s << u"10.255.255.255"_s;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"0.0.0.0"_s << u"255.255.255.255"_s;
    QTest::newRow("v4 /1 top") << u"128.0.0.0/1"_s << u"128.0.0.0"_s << u"255.255.255.255"_s;
    QTest::newRow("v4 /31") << u"10.0.0.2/31"_s << u"10.0.0.2"_s << u"10.0.0.3"_s;
    QTest::newRow("v4 /32") << u"1.2.3.4/32"_s << u"1.2.3.4"_s << u"1.2.3.4"_s;
    QTest::newRow("v4 max /32") << u"255.255.255.255/32"_s << u"255.255.255.255"_s
                                << u"255.255.255.255"_s;
    QTest::newRow("v6 /0") << u"::/0"_s << u"::"_s << kV6Max;
    QTest::newRow("v6 /1 top") << u"8000::/1"_s << u"8000::"_s << kV6Max;
    QTest::newRow("v6 /32") << u"2001:db8::/32"_s << u"2001:db8::"_s
                            << u"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"_s;
    QTest::newRow("v6 /64") << u"fe80::/64"_s << u"fe80::"_s << u"fe80::ffff:ffff:ffff:ffff"_s;
    QTest::newRow("v6 /65") << u"::/65"_s << u"::"_s << u"::7fff:ffff:ffff:ffff"_s;
    QTest::newRow("v6 /96") << u"::/96"_s << u"::"_s << u"::ffff:ffff"_s;
    QTest::newRow("v6 mapped /96")
        << u"::ffff:0:0/96"_s << u"::ffff:0.0.0.0"_s << u"::ffff:255.255.255.255"_s;
    QTest::newRow("v6 /128") << u"::1/128"_s << u"::1"_s << u"::1"_s;
    QTest::newRow("v6 max /128") << kV6Max + u"/128"_s << kV6Max << kV6Max;
}

void TestAddress::prefixFirstLast()
{
    QFETCH(QString, prefix);
    QFETCH(QString, first);
    QFETCH(QString, last);

    const Prefix p = net(prefix);
    QCOMPARE(p.first(), ip(first));
    QCOMPARE(p.last(), ip(last));
    QVERIFY(p.contains(p.first()));
    QVERIFY(p.contains(p.last()));
    if (!p.last().value().isMax() && !(p.last().isV4() && p.last().toV4() == 0xffffffffu))
        QVERIFY(!p.contains(IpAddress::fromValue(p.family(), p.last().value().next())));
    if (!p.first().value().isZero())
        QVERIFY(!p.contains(IpAddress::fromValue(p.family(), p.first().value().previous())));
}

void TestAddress::prefixContainsAddress_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    QTest::newRow("inside") << u"10.0.0.0/8"_s << u"10.1.2.3"_s << true;
    QTest::newRow("last") << u"10.0.0.0/8"_s << u"10.255.255.255"_s << true;
    QTest::newRow("after") << u"10.0.0.0/8"_s << u"11.0.0.0"_s << false;
    QTest::newRow("before") << u"10.0.0.0/8"_s << u"9.255.255.255"_s << false;
    QTest::newRow("v4 all") << u"0.0.0.0/0"_s << u"255.255.255.255"_s << true;
    QTest::newRow("v4 all vs v6") << u"0.0.0.0/0"_s << u"::"_s << false;
    QTest::newRow("v4 vs mapped") << u"10.0.0.0/8"_s << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("v6 all vs v4") << u"::/0"_s << u"10.0.0.1"_s << false;
    QTest::newRow("v6 all") << u"::/0"_s << kV6Max << true;
    QTest::newRow("host match") << u"10.0.0.1/32"_s << u"10.0.0.1"_s << true;
    QTest::newRow("host miss") << u"10.0.0.1/32"_s << u"10.0.0.2"_s << false;
    QTest::newRow("fe80::/10 in") << u"fe80::/10"_s << u"febf:ffff::1"_s << true;
    QTest::newRow("fe80::/10 out") << u"fe80::/10"_s << u"fec0::"_s << false;
    QTest::newRow("v6 /65 boundary") << u"::/65"_s << u"::8000:0:0:0"_s << false;
    QTest::newRow("invalid prefix") << QString() << u"10.0.0.1"_s << false;
    QTest::newRow("invalid address") << u"0.0.0.0/0"_s << QString() << false;
}

void TestAddress::prefixContainsAddress()
{
    QFETCH(QString, prefix);
    QFETCH(QString, address);
    QFETCH(bool, expected);

    QCOMPARE(net(prefix).contains(ip(address)), expected);
}

void TestAddress::prefixContainsPrefix_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("bContainsA");
    QTest::addColumn<bool>("overlaps");

    QTest::newRow("nested") << u"10.0.0.0/8"_s << u"10.1.0.0/16"_s << true << false << true;
    QTest::newRow("equal") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << true << true << true;
    QTest::newRow("disjoint") << u"10.0.0.0/8"_s << u"11.0.0.0/8"_s << false << false << false;
    QTest::newRow("siblings") << u"10.0.0.0/9"_s << u"10.128.0.0/9"_s << false << false << false;
    QTest::newRow("v4 all vs host max")
        << u"0.0.0.0/0"_s << u"255.255.255.255/32"_s << true << false << true;
    QTest::newRow("cross family all") << u"0.0.0.0/0"_s << u"::/0"_s << false << false << false;
    QTest::newRow("v6 all vs doc") << u"::/0"_s << u"2001:db8::/32"_s << true << false << true;
    QTest::newRow("v6 adjacent") << u"2001:db8::/33"_s << u"2001:db8:8000::/33"_s << false << false
                                 << false;
    QTest::newRow("v6 deep") << u"fe80::/10"_s << u"fe80::1/128"_s << true << false << true;
    QTest::newRow("invalid") << u"10.0.0.0/8"_s << QString() << false << false << false;
    QTest::newRow("both invalid") << QString() << QString() << false << false << false;
}

void TestAddress::prefixContainsPrefix()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, bContainsA);
    QFETCH(bool, overlaps);

    const Prefix left = net(a);
    const Prefix right = net(b);
    QCOMPARE(left.contains(right), aContainsB);
    QCOMPARE(right.contains(left), bContainsA);
    QCOMPARE(left.overlaps(right), overlaps);
    QCOMPARE(right.overlaps(left), overlaps);
}

void TestAddress::prefixAllAndHost()
{
    QCOMPARE(Prefix::all(IpFamily::V4).toString(), u"0.0.0.0/0"_s);
    QCOMPARE(Prefix::all(IpFamily::V6).toString(), u"::/0"_s);
    QCOMPARE(Prefix::host(ip(u"10.0.0.1"_s)).toString(), u"10.0.0.1/32"_s);
    QCOMPARE(Prefix::host(ip(u"fe80::1"_s)).toString(), u"fe80::1/128"_s);
    QVERIFY(!Prefix::host(IpAddress()).isValid());
    QVERIFY(!Prefix().isValid());
    QCOMPARE(Prefix().toString(), QString());
    QCOMPARE(Prefix().last(), IpAddress());
    QCOMPARE(int(Prefix::all(IpFamily::V6).family()), int(IpFamily::V6));
    // Ordering of prefixes: by network, then length.
    QVERIFY(net(u"10.0.0.0/8"_s) < net(u"10.0.0.0/16"_s));
    QVERIFY(net(u"10.0.0.0/16"_s) < net(u"11.0.0.0/8"_s));
    QVERIFY(net(u"255.0.0.0/8"_s) < net(u"::/0"_s));
}

// --- AddressRange ----------------------------------------------------------

void TestAddress::rangeValidity_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("valid");

    QTest::newRow("v4") << u"10.0.0.1"_s << u"10.0.0.6"_s << true;
    QTest::newRow("single") << u"10.0.0.1"_s << u"10.0.0.1"_s << true;
    QTest::newRow("v6 all") << u"::"_s << kV6Max << true;
    QTest::newRow("reversed") << u"10.0.0.6"_s << u"10.0.0.1"_s << false;
    QTest::newRow("mixed") << u"10.0.0.1"_s << u"::ffff:10.0.0.6"_s << false;
    QTest::newRow("mixed v6 first") << u"::"_s << u"10.0.0.1"_s << false;
    QTest::newRow("first invalid") << QString() << u"10.0.0.1"_s << false;
    QTest::newRow("last invalid") << u"10.0.0.1"_s << QString() << false;
    QTest::newRow("default") << QString() << QString() << false;
}

void TestAddress::rangeValidity()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, valid);

    const AddressRange range{ip(first), ip(last)};
    QCOMPARE(range.isValid(), valid);
    if (!valid) {
        QVERIFY(range.toPrefixes().isEmpty());
        QCOMPARE(range.toString(), QString());
        QVERIFY(!range.contains(ip(first)));
    }
}

void TestAddress::rangeContains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    const QString r = u"10.0.0.1-10.0.0.6"_s;
    QTest::newRow("before") << r << u"10.0.0.0"_s << false;
    QTest::newRow("first") << r << u"10.0.0.1"_s << true;
    QTest::newRow("middle") << r << u"10.0.0.3"_s << true;
    QTest::newRow("last") << r << u"10.0.0.6"_s << true;
    QTest::newRow("after") << r << u"10.0.0.7"_s << false;
    QTest::newRow("other family") << r << u"::ffff:10.0.0.3"_s << false;
    QTest::newRow("invalid address") << r << QString() << false;
    QTest::newRow("v6 all, max") << u"::-"_s + kV6Max << kV6Max << true;
    QTest::newRow("v6 all, v4") << u"::-"_s + kV6Max << u"0.0.0.0"_s << false;
    QTest::newRow("v4 all, max") << u"0.0.0.0-255.255.255.255"_s << u"255.255.255.255"_s << true;
}

void TestAddress::rangeContains()
{
    QFETCH(QString, range);
    QFETCH(QString, address);
    QFETCH(bool, expected);

    QString error;
    const auto parsed = AddressRange::parse(range, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->contains(ip(address)), expected);
}

void TestAddress::rangeToPrefixes_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &first, const QString &last,
                        const QStringList &expected) {
        QTest::newRow(name) << first << last << expected;
    };
    row("brief example", u"10.0.0.1"_s, u"10.0.0.6"_s,
        {u"10.0.0.1/32"_s, u"10.0.0.2/31"_s, u"10.0.0.4/31"_s, u"10.0.0.6/32"_s});
    row("v4 /24", u"10.0.0.0"_s, u"10.0.0.255"_s, {u"10.0.0.0/24"_s});
    row("v4 /16", u"192.168.0.0"_s, u"192.168.255.255"_s, {u"192.168.0.0/16"_s});
    row("v4 single", u"10.0.0.5"_s, u"10.0.0.5"_s, {u"10.0.0.5/32"_s});
    row("v4 all", u"0.0.0.0"_s, u"255.255.255.255"_s, {u"0.0.0.0/0"_s});
    row("v4 zero only", u"0.0.0.0"_s, u"0.0.0.0"_s, {u"0.0.0.0/32"_s});
    row("v4 max only", u"255.255.255.255"_s, u"255.255.255.255"_s, {u"255.255.255.255/32"_s});
    row("v4 top /24", u"255.255.255.0"_s, u"255.255.255.255"_s, {u"255.255.255.0/24"_s});
    row("v4 top /1", u"128.0.0.0"_s, u"255.255.255.255"_s, {u"128.0.0.0/1"_s});
    row("v4 top pair", u"255.255.255.254"_s, u"255.255.255.255"_s, {u"255.255.255.254/31"_s});
    row("v4 zero pair", u"0.0.0.0"_s, u"0.0.0.1"_s, {u"0.0.0.0/31"_s});
    row("v4 one past block", u"10.0.0.0"_s, u"10.0.1.0"_s, {u"10.0.0.0/24"_s, u"10.0.1.0/32"_s});
    row("v4 across block", u"10.0.0.255"_s, u"10.0.1.0"_s, {u"10.0.0.255/32"_s, u"10.0.1.0/32"_s});
    row("v4 two /8", u"1.0.0.0"_s, u"2.255.255.255"_s, {u"1.0.0.0/8"_s, u"2.0.0.0/8"_s});
    row("v4 middle", u"127.255.255.255"_s, u"128.0.0.0"_s,
        {u"127.255.255.255/32"_s, u"128.0.0.0/32"_s});
    row("v4 ragged", u"10.0.0.3"_s, u"10.0.0.17"_s,
        {u"10.0.0.3/32"_s, u"10.0.0.4/30"_s, u"10.0.0.8/29"_s, u"10.0.0.16/31"_s});

    // Everything but the top address: /1, /2, ... /32.
    QStringList allButMax;
    QStringList allButZero;
    for (int length = 1; length <= 32; ++length) {
        const std::uint32_t start = std::uint32_t(~0ull << (33 - length));
        allButMax.append(Prefix(IpAddress::fromV4(start), length).toString());
        allButZero.prepend(Prefix(IpAddress::fromV4(1u << (32 - length)), length).toString());
    }
    row("v4 all but max", u"0.0.0.0"_s, u"255.255.255.254"_s, allButMax);
    row("v4 all but zero", u"0.0.0.1"_s, u"255.255.255.255"_s, allButZero);
    QCOMPARE(allButMax.first(), u"0.0.0.0/1"_s);
    QCOMPARE(allButMax.last(), u"255.255.255.254/32"_s);
    QCOMPARE(allButZero.first(), u"0.0.0.1/32"_s);
    QCOMPARE(allButZero.last(), u"128.0.0.0/1"_s);

    // IPv6
    row("v6 all", u"::"_s, kV6Max, {u"::/0"_s});
    row("v6 zero only", u"::"_s, u"::"_s, {u"::/128"_s});
    row("v6 max only", kV6Max, kV6Max, {kV6Max + u"/128"_s});
    row("v6 top pair", u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s, kV6Max,
        {u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s});
    row("v6 top half", u"8000::"_s, kV6Max, {u"8000::/1"_s});
    row("v6 /64", u"2001:db8::"_s, u"2001:db8::ffff:ffff:ffff:ffff"_s, {u"2001:db8::/64"_s});
    row("v6 like brief", u"fe80::1"_s, u"fe80::6"_s,
        {u"fe80::1/128"_s, u"fe80::2/127"_s, u"fe80::4/127"_s, u"fe80::6/128"_s});
    row("v6 carry into high half", u"::ffff:ffff:ffff:ffff"_s, u"0:0:0:1::"_s,
        {u"::ffff:ffff:ffff:ffff/128"_s, u"0:0:0:1::/128"_s});
    row("v6 blocks around carry", u"::ffff:ffff:ffff:fff0"_s, u"0:0:0:1::f"_s,
        {u"::ffff:ffff:ffff:fff0/124"_s, u"0:0:0:1::/124"_s});
    row("v6 low half", u"::"_s, u"::ffff:ffff:ffff:ffff"_s, {u"::/64"_s});
    row("v6 mapped block", u"::ffff:10.0.0.0"_s, u"::ffff:10.255.255.255"_s,
        {u"::ffff:10.0.0.0/104"_s});

    QStringList v6AllButZero;
    QStringList v6AllButMax;
    for (int bit = 0; bit < 128; ++bit) {
        const Uint128 single = bit < 64 ? Uint128{0, 1ull << bit} : Uint128{1ull << (bit - 64), 0};
        v6AllButZero.append(
            Prefix(IpAddress::fromValue(IpFamily::V6, single), 128 - bit).toString());
        // start of the block of length bit+1: the top `bit` bits set
        const Uint128 start = Uint128::highMask(bit, 128);
        v6AllButMax.append(Prefix(IpAddress::fromValue(IpFamily::V6, start), bit + 1).toString());
    }
    row("v6 all but zero", u"::1"_s, kV6Max, v6AllButZero);
    row("v6 all but max", u"::"_s, u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s, v6AllButMax);
    QCOMPARE(v6AllButZero.first(), u"::1/128"_s);
    QCOMPARE(v6AllButZero.last(), u"8000::/1"_s);
    QCOMPARE(v6AllButMax.first(), u"::/1"_s);
    QCOMPARE(v6AllButMax.last(), u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128"_s);

    row("reversed", u"10.0.0.6"_s, u"10.0.0.1"_s, {});
    row("mixed", u"10.0.0.1"_s, u"::1"_s, {});
}

void TestAddress::rangeToPrefixes()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QStringList, expected);

    const AddressRange range{ip(first), ip(last)};
    const QList<Prefix> prefixes = range.toPrefixes();
    QCOMPARE(toStrings(prefixes), expected);
    if (prefixes.isEmpty())
        return;
    // The cover is exact and contiguous.
    QCOMPARE(prefixes.first().first(), range.first);
    QCOMPARE(prefixes.last().last(), range.last);
    for (qsizetype i = 1; i < prefixes.size(); ++i)
        QVERIFY(prefixes.at(i - 1).last().value().next() == prefixes.at(i).first().value());
}

void TestAddress::rangeToPrefixesOracle_data()
{
    QTest::addColumn<QString>("block"); // aligned block of 64 addresses

    QTest::newRow("v4 zero") << u"0.0.0.0/26"_s;
    QTest::newRow("v4 private") << u"10.0.0.0/26"_s;
    QTest::newRow("v4 top") << u"255.255.255.192/26"_s;
    QTest::newRow("v6 zero") << u"::/122"_s;
    QTest::newRow("v6 low half top") << u"::ffff:ffff:ffff:ffc0/122"_s;
    QTest::newRow("v6 top") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffc0/122"_s;
}

void TestAddress::rangeToPrefixesOracle()
{
    QFETCH(QString, block);

    const Prefix base = net(block);
    QVERIFY(base.isValid());
    const int width = base.network().bitWidth();
    const int blockBits = width - base.length();
    QVERIFY(blockBits <= 8); // the loop below is quadratic in the block size
    const quint64 size = quint64(1) << blockBits;
    const auto at = [&](quint64 offset) {
        Uint128 value = base.network().value();
        value.lo |= offset;
        return IpAddress::fromValue(base.family(), value);
    };
    // Every sub-range of the block against the recursive-halving oracle.
    for (quint64 first = 0; first < size; ++first) {
        for (quint64 last = first; last < size; ++last) {
            QList<std::pair<quint64, int>> oracle;
            coverOracle(first, last, 0, blockBits, oracle);
            QList<Prefix> expected;
            for (const auto &[offset, hostBits] : oracle)
                expected.append(Prefix(at(offset), width - hostBits));
            const QList<Prefix> actual = AddressRange{at(first), at(last)}.toPrefixes();
            if (actual != expected) {
                QFAIL(qPrintable(u"%1-%2: got %3, expected %4"_s.arg(
                    at(first).toString(), at(last).toString(), toStrings(actual).join(u' '),
                    toStrings(expected).join(u' '))));
            }
        }
    }
}

void TestAddress::rangeParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("text");

    const auto row = [](const QString &input, const QString &first, const QString &last,
                        const QString &text) {
        QTest::addRow("%s", tag(input)) << input << first << last << text;
    };
    row(u"10.0.0.1-10.0.0.6"_s, u"10.0.0.1"_s, u"10.0.0.6"_s, u"10.0.0.1-10.0.0.6"_s);
    row(u"10.0.0.1"_s, u"10.0.0.1"_s, u"10.0.0.1"_s, u"10.0.0.1"_s);
    row(u"10.0.0.1-10.0.0.1"_s, u"10.0.0.1"_s, u"10.0.0.1"_s, u"10.0.0.1"_s);
    row(u"0.0.0.0-255.255.255.255"_s, u"0.0.0.0"_s, u"255.255.255.255"_s,
        u"0.0.0.0-255.255.255.255"_s);
    row(u"::1-::ffff"_s, u"::1"_s, u"::ffff"_s, u"::1-::ffff"_s);
    row(u"FE80::1-fe80:0::0002"_s, u"fe80::1"_s, u"fe80::2"_s, u"fe80::1-fe80::2"_s);
    row(u"::-"_s + kV6Max, u"::"_s, kV6Max, u"::-"_s + kV6Max);
    row(u"::ffff:1.2.3.4-::ffff:1.2.3.9"_s, u"::ffff:1.2.3.4"_s, u"::ffff:1.2.3.9"_s,
        u"::ffff:1.2.3.4-::ffff:1.2.3.9"_s);
}

void TestAddress::rangeParse()
{
    QFETCH(QString, input);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, text);

    QString error;
    const auto range = AddressRange::parse(input, &error);
    QVERIFY2(range.has_value(), qPrintable(error));
    QVERIFY(range->isValid());
    QCOMPARE(range->first, ip(first));
    QCOMPARE(range->last, ip(last));
    QCOMPARE(range->toString(), text);
    const auto again = AddressRange::parse(text);
    QVERIFY(again.has_value());
    QVERIFY(*again == *range);
}

void TestAddress::rangeParseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("named"); // the part of the input the message names
    QTest::addColumn<QStringList>("keywords");

    const auto row = [](const QString &input, const QString &named, const QStringList &keywords) {
        QTest::addRow("%s", tag(input)) << input << named << keywords;
    };
    row(u"10.0.0.5-10.0.0.1"_s, u"10.0.0.5-10.0.0.1"_s, {u"reversed"_s});
    row(u"::2-::1"_s, u"::2-::1"_s, {u"reversed"_s});
    row(u"10.0.0.1-::1"_s, u"10.0.0.1-::1"_s, {u"mixes IPv4 and IPv6"_s});
    row(u"::ffff:10.0.0.1-10.0.0.2"_s, u"::ffff:10.0.0.1-10.0.0.2"_s, {u"mixes"_s});
    row(u"-10.0.0.1"_s, u"-10.0.0.1"_s, {u"missing first address"_s});
    row(u"10.0.0.1-"_s, u"10.0.0.1-"_s, {u"missing last address"_s});
    row(u"-"_s, u"-"_s, {u"missing"_s});
    row(u"1.1.1.1-2.2.2.2-3.3.3.3"_s, u"1.1.1.1-2.2.2.2-3.3.3.3"_s, {u"more than one '-'"_s});
    row(QString(), QString(), {u"empty"_s});
    row(u"10.0.0.1-10.0.0.256"_s, u"10.0.0.256"_s, {u"octet 256"_s});
    row(u"10.0.0.1 - 10.0.0.2"_s, u"10.0.0.1 "_s, {u"whitespace"_s});
    row(u"10.0.0.0/8"_s, u"10.0.0.0/8"_s, {u"unexpected character '/'"_s});
}

void TestAddress::rangeParseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, named);
    QFETCH(QStringList, keywords);

    QString error;
    const auto range = AddressRange::parse(input, &error);
    QVERIFY2(!range.has_value(), qPrintable(range ? range->toString() : QString()));
    checkError(error, named, keywords);
    QVERIFY(!AddressRange::parse(input).has_value());
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
