// Tests for core/inventory/yamldocument: YAML text -> DocValue with lines,
// YAML 1.1 typing of plain scalars (as PyYAML reads Ray's files), quoted text
// staying text, syntax errors with line and column, and the size/depth caps.

#include "inventory/yamldocument.h"
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

DocValue parse(const QByteArray &content)
{
    return portolan::parseYamlDocument(content, FieldReader(u"t.yaml"_s));
}

} // namespace

class TestYamlDocument : public QObject
{
    Q_OBJECT

private slots:
    void linesOfValuesAndKeys();
    void emptyValueTakesTheKeyLine();
    void resolvePlainScalar_data();
    void resolvePlainScalar();
    void quotedAndBlockScalarsAreText();
    void duplicateKeysAreKept();
    void complexKeyIsAnError();
    void syntaxErrors_data();
    void syntaxErrors();
    void emptyDocumentIsNull();
    void nestingLimit();
    void aliasExpansionLimit();
};

void TestYamlDocument::linesOfValuesAndKeys()
{
    const DocValue root = parse(R"(# comment
cluster: c
nodes:
  - host: a

  - name: b
    host:
      b.example
    jump: {host: j, port: 2200}
)");
    QCOMPARE(root.kind, DocValue::Kind::Map);
    QCOMPARE(root.line, 2);
    const DocValue *nodes = root.member(u"nodes");
    QVERIFY(nodes);
    QCOMPARE(nodes->keyLine, 3);
    QCOMPARE(nodes->children.size(), std::size_t(2));
    QCOMPARE(nodes->children[0].line, 4);
    QCOMPARE(nodes->children[1].line, 6);
    const DocValue *host = nodes->children[1].member(u"host");
    QCOMPARE(host->keyLine, 7);
    QCOMPARE(host->line, 8);
    QCOMPARE(host->text, u"b.example"_s);
    const DocValue *jump = nodes->children[1].member(u"jump");
    QCOMPARE(jump->kind, DocValue::Kind::Map);
    QCOMPARE(jump->member(u"port")->integer, 2200);
    QCOMPARE(jump->member(u"port")->line, 9);
}

void TestYamlDocument::emptyValueTakesTheKeyLine()
{
    const DocValue root = parse("a: 1\nhost:\nb: 2\n");
    const DocValue *host = root.member(u"host");
    QVERIFY(host);
    QCOMPARE(host->kind, DocValue::Kind::Null);
    QCOMPARE(host->keyLine, 2);
    QVERIFY(host->line >= 2 && host->line <= 3);
}

void TestYamlDocument::resolvePlainScalar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<bool>("boolean");

    const int null = int(DocValue::Kind::Null);
    const int boolean = int(DocValue::Kind::Bool);
    const int integer = int(DocValue::Kind::Integer);
    const int real = int(DocValue::Kind::Float);
    const int string = int(DocValue::Kind::String);

    QTest::newRow("empty") << QString() << null << 0ll << false;
    QTest::newRow("~") << u"~"_s << null << 0ll << false;
    QTest::newRow("null") << u"null"_s << null << 0ll << false;
    QTest::newRow("NULL") << u"NULL"_s << null << 0ll << false;
    QTest::newRow("true") << u"true"_s << boolean << 0ll << true;
    QTest::newRow("True") << u"True"_s << boolean << 0ll << true;
    QTest::newRow("yes") << u"yes"_s << boolean << 0ll << true;
    QTest::newRow("ON") << u"ON"_s << boolean << 0ll << true;
    QTest::newRow("false") << u"false"_s << boolean << 0ll << false;
    QTest::newRow("No") << u"No"_s << boolean << 0ll << false;
    QTest::newRow("off") << u"off"_s << boolean << 0ll << false;
    QTest::newRow("tRUE is text") << u"tRUE"_s << string << 0ll << false;
    QTest::newRow("y is text") << u"y"_s << string << 0ll << false;
    QTest::newRow("22") << u"22"_s << integer << 22ll << false;
    QTest::newRow("+22") << u"+22"_s << integer << 22ll << false;
    QTest::newRow("-1") << u"-1"_s << integer << -1ll << false;
    QTest::newRow("0") << u"0"_s << integer << 0ll << false;
    QTest::newRow("huge integer") << u"99999999999999999999"_s << real << 0ll << false;
    QTest::newRow("1.5") << u"1.5"_s << real << 0ll << false;
    QTest::newRow("1e3") << u"1e3"_s << real << 0ll << false;
    QTest::newRow(".inf") << u".inf"_s << real << 0ll << false;
    QTest::newRow("IPv4 is text") << u"10.0.0.1"_s << string << 0ll << false;
    QTest::newRow("IPv6 is text") << u"fd00::1"_s << string << 0ll << false;
    QTest::newRow("hostname") << u"head.example"_s << string << 0ll << false;
    QTest::newRow("hex is text") << u"0x16"_s << string << 0ll << false;
}

void TestYamlDocument::resolvePlainScalar()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(qint64, integer);
    QFETCH(bool, boolean);

    DocValue value;
    value.text = text;
    portolan::resolvePlainScalar(value);
    QCOMPARE(int(value.kind), kind);
    QCOMPARE(value.integer, integer);
    QCOMPARE(value.boolean, boolean);

    // Through the parser, the same text is typed the same and marked plain.
    if (!text.isEmpty()) {
        const DocValue root = parse("v: " + text.toUtf8() + "\n");
        QCOMPARE(int(root.member(u"v")->kind), kind);
        QVERIFY(root.member(u"v")->plain);
    }
}

void TestYamlDocument::quotedAndBlockScalarsAreText()
{
    const DocValue root = parse("a: \"22\"\nb: 'true'\nc: |\n  line\nd: \"\"\ne: !!str 5\n");
    for (const char *key : {"a", "b", "c", "d"}) {
        const DocValue *value = root.member(QString::fromLatin1(key));
        QVERIFY(value);
        QCOMPARE(value->kind, DocValue::Kind::String);
        QVERIFY(!value->plain);
    }
    QCOMPARE(root.member(u"a")->text, u"22"_s);
    QCOMPARE(root.member(u"c")->text, u"line\n"_s);
    QCOMPARE(root.member(u"d")->text, QString());
}

void TestYamlDocument::duplicateKeysAreKept()
{
    const DocValue root = parse("a: 1\na: 2\n");
    QCOMPARE(root.children.size(), std::size_t(2));
    QCOMPARE(root.children[0].keyLine, 1);
    QCOMPARE(root.children[1].keyLine, 2);
    QCOMPARE(root.children[1].integer, 2);
}

void TestYamlDocument::complexKeyIsAnError()
{
    QCOMPARE(errorOf([] { parse("? [a, b]\n: 1\n"); }),
             u"t.yaml:1: a key must be plain text, not a list"_s);
}

void TestYamlDocument::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("bad indentation")
        << QByteArray("a:\n  - b: 1\n   c: 2\n") << u"t.yaml:3:4: YAML syntax error: "_s;
    QTest::newRow("map value in a plain scalar") << QByteArray("a: b: c\n") << u"t.yaml:1:"_s;
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << u"t.yaml:2:"_s;
    QTest::newRow("unknown alias") << QByteArray("a: *nope\n") << u"t.yaml:1:"_s;
}

void TestYamlDocument::syntaxErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, prefix);
    const QString error = errorOf([&] { parse(content); });
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(error.contains(u"YAML syntax error: "_s), qPrintable(error));
    QVERIFY2(!error.contains(u"yaml-cpp"_s), qPrintable(error));
}

void TestYamlDocument::emptyDocumentIsNull()
{
    QVERIFY(parse("").isNull());
    QVERIFY(parse("# only a comment\n").isNull());
    QVERIFY(parse("---\n...\n").isNull());
}

void TestYamlDocument::nestingLimit()
{
    const QByteArray ok = "a: " + QByteArray(63, '[') + QByteArray(63, ']') + "\n";
    QCOMPARE(errorOf([&] { parse(ok); }), QString());
    const QByteArray deep = "a: " + QByteArray(64, '[') + QByteArray(64, ']') + "\n";
    QCOMPARE(errorOf([&] { parse(deep); }), u"t.yaml:1: nested more than 64 levels deep"_s);
}

void TestYamlDocument::aliasExpansionLimit()
{
    // Each level refers to the previous one ten times: 10^9 values when expanded.
    QByteArray bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        bomb += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + prev;
        for (int k = 1; k < 10; ++k)
            bomb += ", " + prev;
        bomb += "]\n";
    }
    const QString error = errorOf([&] { parse(bomb); });
    QVERIFY2(error.contains(u"the document expands to more than 250000 values"_s),
             qPrintable(error));

    // Aliases themselves are fine.
    const DocValue root = parse("a: &x {host: h}\nb: *x\n");
    QCOMPARE(root.member(u"b")->member(u"host")->text, u"h"_s);
}

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
