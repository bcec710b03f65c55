// Tests for core/inventory/fieldreader: the "FILE:LINE: FIELD: cause" shape of
// every inventory error, typed reads, key checks and "did you mean" hints.

#include "inventory/fieldreader.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portolan::DocValue;
using portolan::Error;
using portolan::FieldReader;

namespace {

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

DocValue scalar(DocValue::Kind kind, const QString &text, int line = 7, bool plain = false)
{
    DocValue value;
    value.kind = kind;
    value.text = text;
    value.line = line;
    value.plain = plain;
    value.integer = text.toLongLong();
    value.boolean = text == u"true";
    return value;
}

DocValue mapWithKeys(const QStringList &keys)
{
    DocValue map;
    map.kind = DocValue::Kind::Map;
    map.line = 1;
    int line = 2;
    for (const QString &key : keys) {
        DocValue member = scalar(DocValue::Kind::String, u"x"_s, line);
        member.key = key;
        member.keyLine = line++;
        map.children.push_back(member);
    }
    return map;
}

} // namespace

class TestFieldReader : public QObject
{
    Q_OBJECT

private slots:
    void failFormats();
    void text_data();
    void text();
    void boolean();
    void port_data();
    void port();
    void requireMapAndList();
    void checkKeysAcceptsKnownKeys();
    void checkKeysRejectsDuplicates();
    void checkKeysRejectsUnknownKeys();
    void checkUniqueKeysIgnoresUnknownKeys();
    void closestKey_data();
    void closestKey();

private:
    const FieldReader m_reader{u"inv.yaml"_s};
};

void TestFieldReader::failFormats()
{
    QCOMPARE(m_reader.file(), u"inv.yaml"_s);
    QCOMPARE(errorOf([&] { m_reader.fail(3, u"nodes[0].host"_s, u"bad"_s); }),
             u"inv.yaml:3: nodes[0].host: bad"_s);
    QCOMPARE(errorOf([&] { m_reader.fail(3, {}, u"bad"_s); }), u"inv.yaml:3: bad"_s);
    QCOMPARE(errorOf([&] { m_reader.fail(0, {}, u"bad"_s); }), u"inv.yaml: bad"_s);
    QCOMPARE(errorOf([&] { m_reader.failAt(4, 9, u"bad"_s); }), u"inv.yaml:4:9: bad"_s);
    QCOMPARE(errorOf([&] { m_reader.failAt(4, 0, u"bad"_s); }), u"inv.yaml:4: bad"_s);
    QCOMPARE(errorOf([&] { m_reader.failAt(0, 0, u"bad"_s); }), u"inv.yaml: bad"_s);
}

void TestFieldReader::text_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QString>("error"); // empty: accepted as `text`

    const auto k = [](DocValue::Kind kind) { return int(kind); };
    QTest::newRow("string") << k(DocValue::Kind::String) << u"head"_s << false << QString();
    QTest::newRow("YAML plain number") << k(DocValue::Kind::Integer) << u"1"_s << true << QString();
    QTest::newRow("YAML plain boolean") << k(DocValue::Kind::Bool) << u"yes"_s << true << QString();
    QTest::newRow("JSON number") << k(DocValue::Kind::Integer) << u"1"_s << false
                                 << u"must be a string, not a number"_s;
    QTest::newRow("JSON boolean") << k(DocValue::Kind::Bool) << u"true"_s << false
                                  << u"must be a string, not a boolean"_s;
    QTest::newRow("YAML null") << k(DocValue::Kind::Null) << QString() << true
                               << u"must be a string, not empty (null)"_s;
    QTest::newRow("empty") << k(DocValue::Kind::String) << QString() << false
                           << u"must not be empty"_s;
    QTest::newRow("blank") << k(DocValue::Kind::String) << u"  "_s << false
                           << u"must not be empty"_s;
    QTest::newRow("line break") << k(DocValue::Kind::String) << u"a\nb"_s << false
                                << u"must not contain control characters or line breaks"_s;
    QTest::newRow("escape character") << k(DocValue::Kind::String) << u"a\x1b[31m"_s << false
                                      << u"must not contain control characters or line breaks"_s;
    QTest::newRow("unicode line separator")
        << k(DocValue::Kind::String) << u"a\u2028b"_s << false
        << u"must not contain control characters or line breaks"_s;
}

void TestFieldReader::text()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(bool, plain);
    QFETCH(QString, error);

    const DocValue value = scalar(DocValue::Kind(kind), text, 7, plain);
    QString result;
    const QString message = errorOf([&] { result = m_reader.text(value, u"f"_s); });
    if (error.isEmpty()) {
        QCOMPARE(message, QString());
        QCOMPARE(result, text);
    } else {
        QCOMPARE(message, u"inv.yaml:7: f: "_s + error);
    }
}

void TestFieldReader::boolean()
{
    QCOMPARE(m_reader.boolean(scalar(DocValue::Kind::Bool, u"true"_s), u"sudo"_s), true);
    QCOMPARE(m_reader.boolean(scalar(DocValue::Kind::Bool, u"false"_s), u"sudo"_s), false);
    QCOMPARE(
        errorOf([&] { m_reader.boolean(scalar(DocValue::Kind::String, u"yes"_s), u"sudo"_s); }),
        u"inv.yaml:7: sudo: \"yes\" is not a boolean (true or false)"_s);
    DocValue list;
    list.kind = DocValue::Kind::List;
    list.line = 2;
    QCOMPARE(errorOf([&] { m_reader.boolean(list, u"sudo"_s); }),
             u"inv.yaml:2: sudo: a list is not a boolean (true or false)"_s);
}

void TestFieldReader::port_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("1") << int(DocValue::Kind::Integer) << u"1"_s << true;
    QTest::newRow("22") << int(DocValue::Kind::Integer) << u"22"_s << true;
    QTest::newRow("65535") << int(DocValue::Kind::Integer) << u"65535"_s << true;
    QTest::newRow("0") << int(DocValue::Kind::Integer) << u"0"_s << false;
    QTest::newRow("65536") << int(DocValue::Kind::Integer) << u"65536"_s << false;
    QTest::newRow("-22") << int(DocValue::Kind::Integer) << u"-22"_s << false;
    QTest::newRow("huge") << int(DocValue::Kind::Integer) << u"4294967318"_s << false;
    QTest::newRow("float") << int(DocValue::Kind::Float) << u"22.0"_s << false;
    QTest::newRow("string") << int(DocValue::Kind::String) << u"22"_s << false;
}

void TestFieldReader::port()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(bool, valid);

    const DocValue value = scalar(DocValue::Kind(kind), text);
    int port = 0;
    const QString error = errorOf([&] { port = m_reader.port(value, u"port"_s); });
    if (valid) {
        QCOMPARE(error, QString());
        QCOMPARE(port, text.toInt());
    } else {
        const QString shown = kind == int(DocValue::Kind::String) ? u'"' + text + u'"' : text;
        QCOMPARE(error, u"inv.yaml:7: port: %1 is not a port (1-65535)"_s.arg(shown));
    }
}

void TestFieldReader::requireMapAndList()
{
    DocValue map;
    map.kind = DocValue::Kind::Map;
    DocValue list;
    list.kind = DocValue::Kind::List;
    list.line = 5;
    m_reader.requireMap(map, u"m"_s);
    m_reader.requireList(list, u"l"_s);
    QCOMPARE(errorOf([&] { m_reader.requireMap(list, u"defaults"_s); }),
             u"inv.yaml:5: defaults: must be a map of keys and values, not a list"_s);
    QCOMPARE(
        errorOf([&] { m_reader.requireList(scalar(DocValue::Kind::String, u"a"_s), u"nodes"_s); }),
        u"inv.yaml:7: nodes: must be a list, not a string"_s);
}

void TestFieldReader::checkKeysAcceptsKnownKeys()
{
    m_reader.checkKeys(mapWithKeys({u"host"_s, u"port"_s}), {u"host"_s, u"port"_s, u"user"_s},
                       u"nodes[0]"_s);
    m_reader.checkKeys(mapWithKeys({}), {u"host"_s}, {});
}

void TestFieldReader::checkKeysRejectsDuplicates()
{
    const DocValue map = mapWithKeys({u"host"_s, u"port"_s, u"host"_s});
    QCOMPARE(errorOf([&] {
                 m_reader.checkKeys(map, {u"host"_s, u"port"_s}, u"nodes[1]"_s);
             }),
             u"inv.yaml:4: duplicate key \"host\" in nodes[1] (first at line 2)"_s);
    QCOMPARE(errorOf([&] {
                 m_reader.checkKeys(map, {u"host"_s, u"port"_s}, {});
             }),
             u"inv.yaml:4: duplicate key \"host\" (first at line 2)"_s);
}

void TestFieldReader::checkKeysRejectsUnknownKeys()
{
    const QStringList known{u"cluster"_s, u"defaults"_s, u"nodes"_s};
    QCOMPARE(errorOf([&] {
                 m_reader.checkKeys(mapWithKeys({u"cluster"_s, u"nodse"_s}), known, {});
             }),
             u"inv.yaml:3: unknown key \"nodse\" at the top level (did you mean \"nodes\"?)"_s);
    QCOMPARE(
        errorOf([&] { m_reader.checkKeys(mapWithKeys({u"colour"_s}), known, u"x"_s); }),
        u"inv.yaml:2: unknown key \"colour\" in x (expected one of: cluster, defaults, nodes)"_s);
}

void TestFieldReader::checkUniqueKeysIgnoresUnknownKeys()
{
    m_reader.checkUniqueKeys(mapWithKeys({u"anything"_s, u"else"_s}), u"provider"_s);
    QCOMPARE(errorOf([&] {
                 m_reader.checkUniqueKeys(mapWithKeys({u"a"_s, u"b"_s, u"a"_s}), u"provider"_s);
             }),
             u"inv.yaml:4: duplicate key \"a\" in provider (first at line 2)"_s);
}

void TestFieldReader::closestKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("transposition") << u"hots"_s << u"host"_s;
    QTest::newRow("missing letter") << u"usr"_s << u"user"_s;
    QTest::newRow("missing underscore") << u"identityfile"_s << u"identity_file"_s;
    QTest::newRow("plural") << u"identity_filess"_s << u"identity_files"_s;
    QTest::newRow("case") << u"Host"_s << u"host"_s;
    QTest::newRow("hyphen for underscore") << u"identity-file"_s << u"identity_file"_s;
    QTest::newRow("unrelated") << u"colour"_s << QString();
    QTest::newRow("too short to guess") << u"x"_s << QString();
    QTest::newRow("two letters") << u"po"_s << QString();
}

void TestFieldReader::closestKey()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QStringList known{u"name"_s,           u"host"_s, u"port"_s,
                            u"user"_s,           u"role"_s, u"identity_file"_s,
                            u"identity_files"_s, u"sudo"_s, u"jump"_s};
    QCOMPARE(portolan::closestKey(key, known), expected);
}

QTEST_GUILESS_MAIN(TestFieldReader)
#include "tst_fieldreader.moc"
