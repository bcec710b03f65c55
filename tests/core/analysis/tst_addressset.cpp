// Tests for core/analysis/addressset: the IPv4/IPv6 interval set. Data-driven
// tables per operation (empty, all, adjacency, single addresses, the bottom and
// top of each space, mixed families) and a randomized cross-check of every
// operation against a bit-per-address model on small windows.

#include "analysis/addressset.h"
#include "util/error.h"

#include <QRandomGenerator>
#include <QTest>

#include <bitset>
#include <functional>

using namespace Qt::StringLiterals;

namespace portolan {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const AddressSet &set)
{
    return QTest::toString(set.toString());
}
} // namespace portolan

using portolan::AddressRange;
using portolan::AddressSet;
using portolan::Error;
using portolan::IpAddress;
using portolan::IpFamily;
using portolan::Prefix;
using portolan::Uint128;

Q_DECLARE_METATYPE(portolan::IpFamily)

namespace {

const QString kV6Max = u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s;
const QString kBoth = u"0.0.0.0/0, ::/0"_s;

// A fixture set in AddressSet::parse syntax; a fixture that does not parse
// fails the running test.
AddressSet set(const QString &text)
{
    try {
        return AddressSet::parse(text);
    } catch (const Error &e) {
        QTest::qFail(qPrintable(u"fixture set \"%1\" does not parse: %2"_s.arg(text, e.message())),
                     __FILE__, __LINE__);
        return {};
    }
}

IpAddress ip(const QString &text)
{
    const auto address = IpAddress::parse(text);
    if (!address)
        QTest::qFail(qPrintable(u"fixture address \"%1\" does not parse"_s.arg(text)), __FILE__,
                     __LINE__);
    return address.value_or(IpAddress());
}

Prefix net(const QString &text)
{
    const auto prefix = Prefix::parse(text);
    if (!prefix)
        QTest::qFail(qPrintable(u"fixture prefix \"%1\" does not parse"_s.arg(text)), __FILE__,
                     __LINE__);
    return prefix.value_or(Prefix());
}

QStringList rangeStrings(const AddressSet &s)
{
    QStringList out;
    for (const AddressRange &range : s.ranges())
        out.append(range.toString());
    return out;
}

// The invariant behind operator==: ranges per family sorted, disjoint and not adjacent.
bool isNormalized(const AddressSet &s, QString *why)
{
    const QList<AddressRange> ranges = s.ranges();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const AddressRange &range = ranges[i];
        if (!range.isValid()) {
            *why = u"invalid range at %1"_s.arg(i);
            return false;
        }
        if (i == 0)
            continue;
        const AddressRange &before = ranges[i - 1];
        if (before.first.family() != range.first.family()) {
            if (before.first.family() != IpFamily::V4) {
                *why = u"IPv6 before IPv4 at %1"_s.arg(i);
                return false;
            }
            continue;
        }
        if (before.last.value().isMax() || range.first.value() <= before.last.value().next()) {
            *why = u"ranges %1 and %2 overlap or touch"_s.arg(before.toString(), range.toString());
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------- brute-force model

// A window of 64 consecutive addresses starting at an aligned `base`; a set
// inside it is a 64-bit mask, bit i standing for base + i.
struct Window
{
    IpFamily family;
    Uint128 base;

    IpAddress at(int offset) const
    {
        return IpAddress::fromValue(family, Uint128{base.hi, base.lo + quint64(offset)});
    }
    AddressSet whole() const { return AddressSet::of(AddressRange{at(0), at(63)}); }
};

using Bits = std::bitset<64>;

// Builds the set from random pieces (single addresses, ranges, prefixes) that
// the model records bit by bit, so construction is checked as well.
AddressSet randomSet(const Window &window, QRandomGenerator &random, Bits *bits)
{
    AddressSet result;
    bits->reset();
    const int pieces = random.bounded(0, 5);
    for (int p = 0; p < pieces; ++p) {
        switch (random.bounded(3)) {
        case 0: { // single address
            const int offset = random.bounded(64);
            result = result.united(AddressSet::of(window.at(offset)));
            bits->set(std::size_t(offset));
            break;
        }
        case 1: { // range
            int a = random.bounded(64);
            int b = random.bounded(64);
            if (b < a)
                std::swap(a, b);
            result = result.united(AddressSet::of(AddressRange{window.at(a), window.at(b)}));
            for (int i = a; i <= b; ++i)
                bits->set(std::size_t(i));
            break;
        }
        default: { // prefix of 1..64 addresses
            const int hostBits = random.bounded(7);
            const int size = 1 << hostBits;
            const int offset = random.bounded(64 / size) * size;
            const int width = window.family == IpFamily::V4 ? 32 : 128;
            result = result.united(AddressSet::of(Prefix(window.at(offset), width - hostBits)));
            for (int i = offset; i < offset + size; ++i)
                bits->set(std::size_t(i));
            break;
        }
        }
    }
    return result;
}

// Compares `actual` with the model inside the window; `outside` says whether
// `actual` must hold everything outside the window (complements) or nothing.
void compareWithModel(const AddressSet &actual, const Bits &expected, const Window &window,
                      bool outside, const QByteArray &context)
{
    // Messages are built only on failure: they print whole sets.
    const auto fail = [&](const QString &cause) {
        QFAIL(qPrintable(QString::fromLatin1(context) + u": "_s + cause));
    };
    for (int i = 0; i < 64; ++i) {
        const bool inModel = expected.test(std::size_t(i));
        if (actual.contains(window.at(i)) != inModel) {
            return fail(u"%1 at %2 (set: %3)"_s.arg(inModel ? u"missing"_s : u"unexpected"_s,
                                                    window.at(i).toString(), actual.toString()));
        }
    }
    const AddressSet rest = actual.subtracted(window.whole());
    const AddressSet everythingElse = AddressSet::allOf(window.family).subtracted(window.whole());
    if (outside ? rest != everythingElse : !rest.isEmpty())
        return fail(u"wrong outside the window: %1"_s.arg(rest.toString()));
    QString why;
    if (!isNormalized(actual, &why))
        return fail(u"not normalized: "_s + why);
    // Output round trips: the minimal CIDRs and the text rebuild the same set.
    if (AddressSet::of(actual.toPrefixes()) != actual)
        return fail(u"toPrefixes() does not rebuild %1"_s.arg(actual.toString()));
    if (AddressSet::parse(actual.toString()) != actual)
        return fail(u"toString() does not parse back: %1"_s.arg(actual.toString()));
}

// The minimal cover of a bit mask, by recursive halving of aligned blocks.
int minimalPrefixCount(const Bits &bits, int start, int size)
{
    bool all = true;
    bool none = true;
    for (int i = start; i < start + size; ++i) {
        all = all && bits.test(std::size_t(i));
        none = none && !bits.test(std::size_t(i));
    }
    if (none)
        return 0;
    if (all)
        return 1;
    return minimalPrefixCount(bits, start, size / 2) +
           minimalPrefixCount(bits, start + size / 2, size / 2);
}

} // namespace

class TestAddressSet : public QObject
{
    Q_OBJECT

private slots:
    void construction();
    void invalidInputsAddNothing();
    void equalityIsSemantic();

    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();

    void toString_data();
    void toString();
    void ranges_data();
    void ranges();

    void united_data();
    void united();
    void intersected_data();
    void intersected();
    void subtracted_data();
    void subtracted();
    void complement_data();
    void complement();
    void complementIn_data();
    void complementIn();
    void onlyFamily();

    void containsAddress_data();
    void containsAddress();
    void containsSet_data();
    void containsSet();
    void intersects_data();
    void intersects();

    void randomAgainstModel_data();
    void randomAgainstModel();
};

void TestAddressSet::construction()
{
    QVERIFY(AddressSet().isEmpty());
    QCOMPARE(AddressSet().toString(), u"(none)"_s);
    QCOMPARE(AddressSet::allOf(IpFamily::V4).toString(), u"0.0.0.0/0"_s);
    QCOMPARE(AddressSet::allOf(IpFamily::V6).toString(), u"::/0"_s);
    QCOMPARE(AddressSet::all().toString(), kBoth);
    QCOMPARE(AddressSet::of(net(u"10.0.0.0/8"_s)).toString(), u"10.0.0.0/8"_s);
    QCOMPARE(AddressSet::of(ip(u"10.0.0.1"_s)).toString(), u"10.0.0.1/32"_s);
    QCOMPARE(AddressSet::of(ip(u"::1"_s)).toString(), u"::1/128"_s);
    QCOMPARE(AddressSet::of(AddressRange{ip(u"10.0.0.0"_s), ip(u"10.0.0.2"_s)}).toString(),
             u"10.0.0.0/31, 10.0.0.2/32"_s);
    // A list of prefixes: overlapping, adjacent, unordered, mixed families.
    const QList<Prefix> prefixes{net(u"fd00::/8"_s),       net(u"10.0.1.0/24"_s),
                                 net(u"10.0.0.0/24"_s),    net(u"10.0.0.128/25"_s),
                                 net(u"192.168.0.0/16"_s), net(u"fc00::/8"_s)};
    QCOMPARE(AddressSet::of(prefixes).toString(), u"10.0.0.0/23, 192.168.0.0/16, fc00::/7"_s);
    QCOMPARE(AddressSet::of(QList<Prefix>{}), AddressSet());
}

void TestAddressSet::invalidInputsAddNothing()
{
    QVERIFY(AddressSet::of(Prefix()).isEmpty());
    QVERIFY(AddressSet::of(IpAddress()).isEmpty());
    QVERIFY(AddressSet::of(AddressRange{}).isEmpty());
    QVERIFY(AddressSet::of(AddressRange{ip(u"10.0.0.9"_s), ip(u"10.0.0.1"_s)}).isEmpty());
    QVERIFY(AddressSet::of(AddressRange{ip(u"10.0.0.1"_s), ip(u"::1"_s)}).isEmpty());
    QVERIFY(AddressSet::of(QList<Prefix>{Prefix(), net(u"::1"_s)}) == set(u"::1"_s));
    QVERIFY(!AddressSet::all().contains(IpAddress()));
}

void TestAddressSet::equalityIsSemantic()
{
    // Built in different ways, the same addresses compare equal.
    const AddressSet pieces = AddressSet::of(ip(u"10.0.0.0"_s))
                                  .united(AddressSet::of(ip(u"10.0.0.2"_s)))
                                  .united(AddressSet::of(ip(u"10.0.0.1"_s)))
                                  .united(AddressSet::of(ip(u"10.0.0.3"_s)));
    QCOMPARE(pieces, AddressSet::of(net(u"10.0.0.0/30"_s)));
    QCOMPARE(set(u"0.0.0.0/1 128.0.0.0/1"_s), AddressSet::allOf(IpFamily::V4));
    QCOMPARE(set(u"::/1, 8000::/1, 0.0.0.0-255.255.255.255"_s), AddressSet::all());
    QCOMPARE(AddressSet::all().subtracted(AddressSet::all()), AddressSet());
    QVERIFY(set(u"10.0.0.0/8"_s) != set(u"10.0.0.0/9"_s));
    // Same value, different family: not equal (::a00:0/104 is not 10.0.0.0/8).
    QVERIFY(set(u"10.0.0.0/8"_s) != set(u"::a00:0/104"_s));
    QCOMPARE(set(u"::ffff:10.0.0.0/104"_s).onlyFamily(IpFamily::V4), AddressSet());
}

// ---------------------------------------------------------------- parse

void TestAddressSet::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // toString()

    QTest::newRow("empty") << u""_s << u"(none)"_s;
    QTest::newRow("blank") << u" \t\n "_s << u"(none)"_s;
    QTest::newRow("only commas") << u", ,,"_s << u"(none)"_s;
    QTest::newRow("(none) round trip") << u"(none)"_s << u"(none)"_s;
    QTest::newRow("(none) padded") << u"  (none) "_s << u"(none)"_s;
    QTest::newRow("prefix") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s;
    QTest::newRow("bare v4 address") << u"10.0.0.1"_s << u"10.0.0.1/32"_s;
    QTest::newRow("bare v6 address") << u"fe80::1"_s << u"fe80::1/128"_s;
    QTest::newRow("v4 range") << u"10.0.0.1-10.0.0.6"_s
                              << u"10.0.0.1/32, 10.0.0.2/31, 10.0.0.4/31, 10.0.0.6/32"_s;
    QTest::newRow("v6 range") << u"::-::3"_s << u"::/126"_s;
    QTest::newRow("single-address range") << u"10.0.0.7-10.0.0.7"_s << u"10.0.0.7/32"_s;
    QTest::newRow("comma separated")
        << u"10.0.0.0/8,192.168.0.0/16"_s << u"10.0.0.0/8, 192.168.0.0/16"_s;
    QTest::newRow("space separated")
        << u"10.0.0.0/8 192.168.0.0/16"_s << u"10.0.0.0/8, 192.168.0.0/16"_s;
    QTest::newRow("mixed separators")
        << u" 10.0.0.0/8 ,\t192.168.0.0/16,\n::1 "_s << u"10.0.0.0/8, 192.168.0.0/16, ::1/128"_s;
    QTest::newRow("v6 listed first")
        << u"fd00::/8, 172.16.0.0/12"_s << u"172.16.0.0/12, fd00::/8"_s;
    QTest::newRow("overlap") << u"10.0.0.0/8, 10.1.0.0/16"_s << u"10.0.0.0/8"_s;
    QTest::newRow("adjacent merge") << u"10.0.0.0/25, 10.0.0.128/25"_s << u"10.0.0.0/24"_s;
    QTest::newRow("duplicates") << u"::1, ::1, ::1"_s << u"::1/128"_s;
    QTest::newRow("whole v4") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s;
    QTest::newRow("both families") << u"::/0 0.0.0.0/0"_s << kBoth;
    QTest::newRow("v4 top") << u"255.255.255.255"_s << u"255.255.255.255/32"_s;
    QTest::newRow("v6 top") << kV6Max << kV6Max + u"/128"_s;
    QTest::newRow("top range") << u"255.255.255.254-255.255.255.255"_s << u"255.255.255.254/31"_s;
}

void TestAddressSet::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const AddressSet parsed = AddressSet::parse(text);
    QCOMPARE(parsed.toString(), expected);
    QCOMPARE(AddressSet::parse(parsed.toString()), parsed);
}

void TestAddressSet::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("item");  // the bad item, which the message must name
    QTest::addColumn<QString>("cause"); // a word of the cause

    QTest::newRow("garbage") << u"10.0.0.0/8, banana"_s << u"banana"_s << u"banana"_s;
    QTest::newRow("length too long") << u"10.0.0.0/33"_s << u"10.0.0.0/33"_s << u"range"_s;
    QTest::newRow("v6 length too long") << u"::/129"_s << u"::/129"_s << u"range"_s;
    QTest::newRow("host bits") << u"::1, 10.0.0.1/8"_s << u"10.0.0.1/8"_s << u"host bits"_s;
    QTest::newRow("reversed range")
        << u"10.0.0.9-10.0.0.1"_s << u"10.0.0.9-10.0.0.1"_s << u"reversed"_s;
    QTest::newRow("mixed range") << u"10.0.0.1-::1"_s << u"10.0.0.1-::1"_s << u"IPv6"_s;
    QTest::newRow("half range") << u"10.0.0.1-"_s << u"10.0.0.1-"_s << u"missing"_s;
    QTest::newRow("leading zero") << u"010.0.0.1"_s << u"010.0.0.1"_s << u"leading zero"_s;
    QTest::newRow("semicolon") << u"10.0.0.0/8;10.1.0.0/16"_s << u"10.0.0.0/8;10.1.0.0/16"_s
                               << u"'/'"_s;
    QTest::newRow("(none) among items") << u"(none), 10.0.0.0/8"_s << u"(none)"_s << u"("_s;
    QTest::newRow("third item") << u"10.0.0.0/8 10.0.0.0/8 10.0.0.0/x"_s << u"10.0.0.0/x"_s
                                << u"item 3 of 3"_s;
}

void TestAddressSet::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, item);
    QFETCH(QString, cause);
    try {
        const AddressSet parsed = AddressSet::parse(text);
        QFAIL(qPrintable(u"parsed as %1"_s.arg(parsed.toString())));
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(item), qPrintable(e.message()));
        QVERIFY2(e.message().contains(cause, Qt::CaseInsensitive), qPrintable(e.message()));
    }
}

// ---------------------------------------------------------------- output

void TestAddressSet::toString_data()
{
    QTest::addColumn<AddressSet>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << AddressSet() << u"(none)"_s;
    QTest::newRow("upper v4 half split")
        << set(u"0.0.0.0-191.255.255.255"_s) << u"0.0.0.0/1, 128.0.0.0/2"_s;
    QTest::newRow("all but zero") << set(u"0.0.0.1-255.255.255.255"_s)
                                  << u"0.0.0.1/32, 0.0.0.2/31, 0.0.0.4/30, 0.0.0.8/29, "
                                     "0.0.0.16/28, 0.0.0.32/27, 0.0.0.64/26, 0.0.0.128/25, "
                                     "0.0.1.0/24, 0.0.2.0/23, 0.0.4.0/22, 0.0.8.0/21, "
                                     "0.0.16.0/20, 0.0.32.0/19, 0.0.64.0/18, 0.0.128.0/17, "
                                     "0.1.0.0/16, 0.2.0.0/15, 0.4.0.0/14, 0.8.0.0/13, "
                                     "0.16.0.0/12, 0.32.0.0/11, 0.64.0.0/10, 0.128.0.0/9, "
                                     "1.0.0.0/8, 2.0.0.0/7, 4.0.0.0/6, 8.0.0.0/5, 16.0.0.0/4, "
                                     "32.0.0.0/3, 64.0.0.0/2, 128.0.0.0/1"_s;
    QTest::newRow("v6 top half") << set(u"8000::-"_s + kV6Max) << u"8000::/1"_s;
    QTest::newRow("v6 last two") << set(u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe-"_s + kV6Max)
                                 << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s;
    QTest::newRow("mixed families, v4 first") << set(u"2001:db8::/32, 203.0.113.0/24, ::1"_s)
                                              << u"203.0.113.0/24, ::1/128, 2001:db8::/32"_s;
}

void TestAddressSet::toString()
{
    QFETCH(AddressSet, input);
    QFETCH(QString, expected);
    QCOMPARE(input.toString(), expected);
    QStringList prefixes;
    for (const Prefix &prefix : input.toPrefixes())
        prefixes.append(prefix.toString());
    QCOMPARE(prefixes.isEmpty() ? u"(none)"_s : prefixes.join(u", "), expected);
}

void TestAddressSet::ranges_data()
{
    QTest::addColumn<AddressSet>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << AddressSet() << QStringList();
    QTest::newRow("all") << AddressSet::all()
                         << QStringList{u"0.0.0.0-255.255.255.255"_s, u"::-"_s + kV6Max};
    QTest::newRow("merged prefixes")
        << set(u"10.0.0.0/31, 10.0.0.2, 10.0.0.3, 10.0.0.4/30, 10.0.0.9"_s)
        << QStringList{u"10.0.0.0-10.0.0.7"_s, u"10.0.0.9"_s};
    QTest::newRow("v4 then v6") << set(u"::5-::9, 10.0.0.1"_s)
                                << QStringList{u"10.0.0.1"_s, u"::5-::9"_s};
}

void TestAddressSet::ranges()
{
    QFETCH(AddressSet, input);
    QFETCH(QStringList, expected);
    QCOMPARE(rangeStrings(input), expected);
}

// ---------------------------------------------------------------- set algebra

namespace {
void addBinaryColumns()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
}
} // namespace

void TestAddressSet::united_data()
{
    addBinaryColumns();
    QTest::newRow("empty + empty") << u""_s << u""_s << u"(none)"_s;
    QTest::newRow("empty + x") << u""_s << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s;
    QTest::newRow("x + all") << u"10.0.0.0/8"_s << kBoth << kBoth;
    QTest::newRow("disjoint") << u"10.0.0.0/8"_s << u"192.168.0.0/16"_s
                              << u"10.0.0.0/8, 192.168.0.0/16"_s;
    QTest::newRow("adjacent merge") << u"10.0.0.0/25"_s << u"10.0.0.128/25"_s << u"10.0.0.0/24"_s;
    QTest::newRow("adjacent singles") << u"10.0.0.4"_s << u"10.0.0.5"_s << u"10.0.0.4/31"_s;
    QTest::newRow("gap of one stays")
        << u"10.0.0.4"_s << u"10.0.0.6"_s << u"10.0.0.4/32, 10.0.0.6/32"_s;
    QTest::newRow("bridging") << u"10.0.0.0/26, 10.0.0.128/26"_s << u"10.0.0.64/26"_s
                              << u"10.0.0.0/25, 10.0.0.128/26"_s;
    QTest::newRow("subset") << u"10.0.0.0/8"_s << u"10.20.0.0/16"_s << u"10.0.0.0/8"_s;
    QTest::newRow("zero and top v4")
        << u"0.0.0.0"_s << u"255.255.255.255"_s << u"0.0.0.0/32, 255.255.255.255/32"_s;
    QTest::newRow("v4 top joins") << u"255.255.255.254"_s << u"255.255.255.255"_s
                                  << u"255.255.255.254/31"_s;
    QTest::newRow("v6 top joins") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s << kV6Max
                                  << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s;
    QTest::newRow("v6 top after overlap")
        << u"8000::/1"_s << kV6Max + u", c000::/2"_s << u"8000::/1"_s;
    QTest::newRow("halves") << u"::/1"_s << u"8000::/1"_s << u"::/0"_s;
    // 255.255.255.255 and ::1:0:0:0 have neighbouring values in the 128-bit
    // space, but they are different families: no merge.
    QTest::newRow("families never merge")
        << u"255.255.255.255"_s << u"::1:0:0"_s << u"255.255.255.255/32, ::1:0:0/128"_s;
    QTest::newRow("mixed families")
        << u"10.0.0.0/8, fd00::/8"_s << u"fc00::/8, 10.0.0.0/9"_s << u"10.0.0.0/8, fc00::/7"_s;
}

void TestAddressSet::united()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(set(a).united(set(b)).toString(), expected);
    QCOMPARE(set(b).united(set(a)).toString(), expected);
}

void TestAddressSet::intersected_data()
{
    addBinaryColumns();
    QTest::newRow("empty") << u""_s << u"10.0.0.0/8"_s << u"(none)"_s;
    QTest::newRow("all") << kBoth << u"10.0.0.0/8, ::1"_s << u"10.0.0.0/8, ::1/128"_s;
    QTest::newRow("disjoint") << u"10.0.0.0/8"_s << u"11.0.0.0/8"_s << u"(none)"_s;
    QTest::newRow("adjacent is disjoint") << u"10.0.0.0/25"_s << u"10.0.0.128/25"_s << u"(none)"_s;
    QTest::newRow("one shared address")
        << u"10.0.0.0-10.0.0.10"_s << u"10.0.0.10-10.0.0.20"_s << u"10.0.0.10/32"_s;
    QTest::newRow("subset") << u"10.0.0.0/8"_s << u"10.1.0.0/16"_s << u"10.1.0.0/16"_s;
    QTest::newRow("several pieces")
        << u"10.0.0.0/24"_s << u"10.0.0.0/30, 10.0.0.128/25, 10.0.1.0/24"_s
        << u"10.0.0.0/30, 10.0.0.128/25"_s;
    QTest::newRow("other family") << u"0.0.0.0/0"_s << u"::/0"_s << u"(none)"_s;
    QTest::newRow("mixed") << u"10.0.0.0/8, fc00::/7"_s << u"10.1.0.0/16, fd00::/8, ::1"_s
                           << u"10.1.0.0/16, fd00::/8"_s;
    QTest::newRow("zero") << u"0.0.0.0/8"_s << u"0.0.0.0"_s << u"0.0.0.0/32"_s;
    QTest::newRow("v6 top") << u"ff00::/8"_s << kV6Max << kV6Max + u"/128"_s;
}

void TestAddressSet::intersected()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(set(a).intersected(set(b)).toString(), expected);
    QCOMPARE(set(b).intersected(set(a)).toString(), expected);
}

void TestAddressSet::subtracted_data()
{
    addBinaryColumns();
    QTest::newRow("from empty") << u""_s << u"10.0.0.0/8"_s << u"(none)"_s;
    QTest::newRow("nothing") << u"10.0.0.0/8"_s << u""_s << u"10.0.0.0/8"_s;
    QTest::newRow("everything") << u"10.0.0.0/8, ::1"_s << kBoth << u"(none)"_s;
    QTest::newRow("itself") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << u"(none)"_s;
    QTest::newRow("except 10/8") << u"0.0.0.0/0"_s << u"10.0.0.0/8"_s
                                 << u"0.0.0.0/5, 8.0.0.0/7, 11.0.0.0/8, 12.0.0.0/6, "
                                    "16.0.0.0/4, 32.0.0.0/3, 64.0.0.0/2, 128.0.0.0/1"_s;
    QTest::newRow("hole in middle")
        << u"10.0.0.0/29"_s << u"10.0.0.3"_s << u"10.0.0.0/31, 10.0.0.2/32, 10.0.0.4/30"_s;
    QTest::newRow("remove zero") << u"0.0.0.0/30"_s << u"0.0.0.0"_s << u"0.0.0.1/32, 0.0.0.2/31"_s;
    QTest::newRow("remove v4 top") << u"255.255.255.252/30"_s << u"255.255.255.255"_s
                                   << u"255.255.255.252/31, 255.255.255.254/32"_s;
    QTest::newRow("remove v6 top") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126"_s << kV6Max
                                   << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/127, "
                                      "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128"_s;
    QTest::newRow("other family untouched")
        << u"10.0.0.0/8, fd00::/8"_s << u"::/0"_s << u"10.0.0.0/8"_s;
    QTest::newRow("disjoint") << u"10.0.0.0/8"_s << u"192.168.0.0/16"_s << u"10.0.0.0/8"_s;
    QTest::newRow("overlap edges")
        << u"10.0.0.0-10.0.0.20"_s << u"9.255.255.250-10.0.0.3, 10.0.0.16-10.0.1.0"_s
        << u"10.0.0.4/30, 10.0.0.8/29"_s;
}

void TestAddressSet::subtracted()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const AddressSet result = set(a).subtracted(set(b));
    QCOMPARE(result.toString(), expected);
    QVERIFY(!result.intersects(set(b)));
    QCOMPARE(result.united(set(a).intersected(set(b))), set(a));
}

void TestAddressSet::complement_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << u""_s << kBoth;
    QTest::newRow("all") << kBoth << u"(none)"_s;
    QTest::newRow("all v4") << u"0.0.0.0/0"_s << u"::/0"_s;
    QTest::newRow("all v6") << u"::/0"_s << u"0.0.0.0/0"_s;
    QTest::newRow("v4 lower half") << u"0.0.0.0/1"_s << u"128.0.0.0/1, ::/0"_s;
    QTest::newRow("v4 zero") << u"0.0.0.1-255.255.255.255, ::/0"_s << u"0.0.0.0/32"_s;
    QTest::newRow("v4 top") << u"0.0.0.0-255.255.255.254, ::/0"_s << u"255.255.255.255/32"_s;
    QTest::newRow("v4 zero and top")
        << u"0.0.0.0, 255.255.255.255, ::/0"_s << u"0.0.0.1-255.255.255.254"_s;
    QTest::newRow("v6 top") << u"0.0.0.0/0, ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s << kV6Max;
    QTest::newRow("v6 zero and top")
        << u"0.0.0.0/0, ::, "_s + kV6Max << u"::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s;
    QTest::newRow("inner pieces") << u"0.0.0.0/0, ::1, fe80::/10"_s
                                  << u"::, ::2-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff, "
                                     "fec0::-"_s +
                                         kV6Max;
}

void TestAddressSet::complement()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const AddressSet result = set(input).complement();
    QCOMPARE(result, set(expected));
    QCOMPARE(result.complement(), set(input));
    QVERIFY(!result.intersects(set(input)));
    QCOMPARE(result.united(set(input)), AddressSet::all());
}

void TestAddressSet::complementIn_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IpFamily>("family");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty v4") << u""_s << IpFamily::V4 << u"0.0.0.0/0"_s;
    QTest::newRow("empty v6") << u""_s << IpFamily::V6 << u"::/0"_s;
    QTest::newRow("drops the other family")
        << u"10.0.0.0/8, ::1"_s << IpFamily::V4
        << set(u"0.0.0.0/0"_s).subtracted(set(u"10.0.0.0/8"_s)).toString();
    QTest::newRow("v6 of v4-only set") << u"10.0.0.0/8"_s << IpFamily::V6 << u"::/0"_s;
    QTest::newRow("all v6") << u"::/0, 10.0.0.0/8"_s << IpFamily::V6 << u"(none)"_s;
    QTest::newRow("v4 top") << u"0.0.0.0-255.255.255.254"_s << IpFamily::V4
                            << u"255.255.255.255/32"_s;
    QTest::newRow("v6 except top")
        << kV6Max << IpFamily::V6 << u"::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s;
}

void TestAddressSet::complementIn()
{
    QFETCH(QString, input);
    QFETCH(IpFamily, family);
    QFETCH(QString, expected);
    QCOMPARE(set(input).complementIn(family), set(expected));
}

void TestAddressSet::onlyFamily()
{
    const AddressSet mixed = set(u"10.0.0.0/8, ::1, fd00::/8"_s);
    QCOMPARE(mixed.onlyFamily(IpFamily::V4).toString(), u"10.0.0.0/8"_s);
    QCOMPARE(mixed.onlyFamily(IpFamily::V6).toString(), u"::1/128, fd00::/8"_s);
    QCOMPARE(AddressSet().onlyFamily(IpFamily::V4), AddressSet());
    QCOMPARE(AddressSet::all().onlyFamily(IpFamily::V6), AddressSet::allOf(IpFamily::V6));
}

// ---------------------------------------------------------------- predicates

void TestAddressSet::containsAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << u""_s << u"10.0.0.1"_s << false;
    QTest::newRow("all v4") << kBoth << u"0.0.0.0"_s << true;
    QTest::newRow("all v6 top") << kBoth << kV6Max << true;
    QTest::newRow("first of range") << u"10.0.0.5-10.0.0.9"_s << u"10.0.0.5"_s << true;
    QTest::newRow("last of range") << u"10.0.0.5-10.0.0.9"_s << u"10.0.0.9"_s << true;
    QTest::newRow("before range") << u"10.0.0.5-10.0.0.9"_s << u"10.0.0.4"_s << false;
    QTest::newRow("after range") << u"10.0.0.5-10.0.0.9"_s << u"10.0.0.10"_s << false;
    QTest::newRow("between ranges") << u"10.0.0.1, 10.0.0.3"_s << u"10.0.0.2"_s << false;
    QTest::newRow("second range") << u"10.0.0.1, 10.0.0.3, 10.0.0.5"_s << u"10.0.0.3"_s << true;
    QTest::newRow("v4 zero") << u"0.0.0.0"_s << u"0.0.0.0"_s << true;
    QTest::newRow("v4 top") << u"255.255.255.255"_s << u"255.255.255.255"_s << true;
    QTest::newRow("v6 top") << u"ff00::/8"_s << kV6Max << true;
    QTest::newRow("v6 zero") << u"::/128"_s << u"::"_s << true;
    QTest::newRow("other family same value") << u"0.0.0.0/0"_s << u"::1"_s << false;
    QTest::newRow("v4-mapped is v6") << u"10.0.0.0/8"_s << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("v4-mapped in v6 set") << u"::ffff:0:0/96"_s << u"::ffff:10.0.0.1"_s << true;
}

void TestAddressSet::containsAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, address);
    QFETCH(bool, expected);
    QCOMPARE(set(input).contains(ip(address)), expected);
}

void TestAddressSet::containsSet_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty in empty") << u""_s << u""_s << true;
    QTest::newRow("empty in x") << u"10.0.0.0/8"_s << u""_s << true;
    QTest::newRow("x in empty") << u""_s << u"10.0.0.1"_s << false;
    QTest::newRow("itself") << u"10.0.0.0/8, ::1"_s << u"10.0.0.0/8, ::1"_s << true;
    QTest::newRow("anything in all") << kBoth << u"10.0.0.0/8, ::1, "_s + kV6Max << true;
    QTest::newRow("all in v4") << u"0.0.0.0/0"_s << kBoth << false;
    QTest::newRow("sub-prefix") << u"10.0.0.0/8"_s << u"10.1.0.0/16"_s << true;
    QTest::newRow("sticks out") << u"10.0.0.0/24"_s << u"10.0.0.128-10.0.1.0"_s << false;
    QTest::newRow("spans a gap") << u"10.0.0.0-10.0.0.4, 10.0.0.6-10.0.0.9"_s
                                 << u"10.0.0.3-10.0.0.7"_s << false;
    QTest::newRow("pieces in pieces")
        << u"10.0.0.0/24, 10.0.2.0/24"_s << u"10.0.0.1, 10.0.0.200, 10.0.2.0/25"_s << true;
    QTest::newRow("other family") << u"10.0.0.0/8"_s << u"::a00:1"_s << false;
    QTest::newRow("v6 top") << u"ffff::/16"_s << kV6Max << true;
}

void TestAddressSet::containsSet()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, expected);
    QCOMPARE(set(outer).contains(set(inner)), expected);
    QCOMPARE(set(inner).subtracted(set(outer)).isEmpty(), expected);
}

void TestAddressSet::intersects_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << u""_s << u""_s << false;
    QTest::newRow("empty and all") << u""_s << kBoth << false;
    QTest::newRow("x and all") << u"::1"_s << kBoth << true;
    QTest::newRow("adjacent") << u"10.0.0.0/25"_s << u"10.0.0.128/25"_s << false;
    QTest::newRow("one address") << u"10.0.0.0-10.0.0.10"_s << u"10.0.0.10-10.0.0.20"_s << true;
    QTest::newRow("interleaved") << u"10.0.0.1, 10.0.0.3, 10.0.0.5"_s
                                 << u"10.0.0.2, 10.0.0.4, 10.0.0.6"_s << false;
    QTest::newRow("late hit") << u"10.0.0.1, 10.0.0.3, 10.0.0.5"_s
                              << u"10.0.0.2, 10.0.0.4, 10.0.0.5"_s << true;
    QTest::newRow("families apart") << u"0.0.0.0/0"_s << u"::/0"_s << false;
    QTest::newRow("v6 only match") << u"10.0.0.0/8, ::1"_s << u"11.0.0.0/8, ::/120"_s << true;
    QTest::newRow("v4 top") << u"255.255.255.0/24"_s << u"255.255.255.255"_s << true;
}

void TestAddressSet::intersects()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(set(a).intersects(set(b)), expected);
    QCOMPARE(set(b).intersects(set(a)), expected);
}

// ---------------------------------------------------------------- randomized

void TestAddressSet::randomAgainstModel_data()
{
    QTest::addColumn<IpFamily>("family");
    QTest::addColumn<QString>("base");
    QTest::addColumn<quint32>("seed"); // fixed: a failure is reproducible

    QTest::newRow("10.0.0.0/26") << IpFamily::V4 << u"10.0.0.0"_s << 1u;
    QTest::newRow("v4 bottom") << IpFamily::V4 << u"0.0.0.0"_s << 2u;
    QTest::newRow("v4 top") << IpFamily::V4 << u"255.255.255.192"_s << 3u;
    QTest::newRow("fd00::/122") << IpFamily::V6 << u"fd00::"_s << 4u;
    QTest::newRow("v6 bottom") << IpFamily::V6 << u"::"_s << 5u;
    QTest::newRow("v6 top") << IpFamily::V6 << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffc0"_s << 6u;
}

void TestAddressSet::randomAgainstModel()
{
    QFETCH(IpFamily, family);
    QFETCH(QString, base);
    QFETCH(quint32, seed);
    const Window window{family, ip(base).value()};
    QVERIFY(ip(base).family() == family);

    QRandomGenerator random(seed);
    const QByteArray context = "seed " + QByteArray::number(seed);
    for (int round = 0; round < 400; ++round) {
        Bits aBits;
        Bits bBits;
        const AddressSet a = randomSet(window, random, &aBits);
        const AddressSet b = randomSet(window, random, &bBits);
        const QByteArray where = context + ", round " + QByteArray::number(round);

        compareWithModel(a, aBits, window, false, where + " a");
        compareWithModel(a.united(b), aBits | bBits, window, false, where + " a | b");
        compareWithModel(a.intersected(b), aBits & bBits, window, false, where + " a & b");
        compareWithModel(a.subtracted(b), aBits & ~bBits, window, false, where + " a - b");
        compareWithModel(a.complementIn(family), ~aBits, window, true, where + " ~a (family)");
        compareWithModel(a.complement().onlyFamily(family), ~aBits, window, true, where + " ~a");
        compareWithModel(window.whole().subtracted(a), ~aBits, window, false,
                         where + " window - a");
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(a.isEmpty(), aBits.none());
        QCOMPARE(a == b, aBits == bBits);
        QCOMPARE(a.intersects(b), (aBits & bBits).any());
        QCOMPARE(a.contains(b), (bBits & ~aBits).none());
        QCOMPARE(int(a.toPrefixes().size()), minimalPrefixCount(aBits, 0, 64));
        // The other family is never touched.
        QVERIFY(a.complement().contains(
            AddressSet::allOf(family == IpFamily::V4 ? IpFamily::V6 : IpFamily::V4)));
        if (QTest::currentTestFailed()) {
            qWarning("%s: a = %s, b = %s", where.constData(), qPrintable(a.toString()),
                     qPrintable(b.toString()));
            return;
        }
    }
}

QTEST_APPLESS_MAIN(TestAddressSet)
#include "tst_addressset.moc"
