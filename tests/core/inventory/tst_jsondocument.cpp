// Tests for core/inventory/jsondocument: JSON text -> DocValue with the line of
// every value and key (including a number read up to a newline), value kinds,
// syntax errors with line and column, and the nesting limit.

#include "inventory/jsondocument.h"
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
    return portolan::parseJsonDocument(content, FieldReader(u"t.json"_s));
}

// "key@keyLine=kind:text@line" for each member of a map, in order.
QStringList outline(const DocValue &value)
{
    QStringList lines;
    for (const DocValue &child : value.children) {
        lines.append(u"%1@%2=%3:%4@%5"_s.arg(child.key)
                         .arg(child.keyLine)
                         .arg(int(child.kind))
                         .arg(child.text)
                         .arg(child.line));
    }
    return lines;
}

} // namespace

class TestJsonDocument : public QObject
{
    Q_OBJECT

private slots:
    void linesOfValuesAndKeys();
    void numberBeforeANewlineKeepsItsLine_data();
    void numberBeforeANewlineKeepsItsLine();
    void kinds();
    void stringsAreUnescaped();
    void duplicateKeysAreKept();
    void syntaxErrors_data();
    void syntaxErrors();
    void nestingLimit();
};

void TestJsonDocument::linesOfValuesAndKeys()
{
    const DocValue root = parse(R"({
  "cluster": "c",
  "nodes": [
    {"host": "a"},

    {
      "host":
        "b",
      "port": 22
    }
  ],
  "empty": {}
})");
    QCOMPARE(root.kind, DocValue::Kind::Map);
    QCOMPARE(root.line, 1);
    QVERIFY(root.key.isEmpty());
    const DocValue *nodes = root.member(u"nodes");
    QVERIFY(nodes);
    QCOMPARE(nodes->keyLine, 3);
    QCOMPARE(nodes->line, 3);
    QCOMPARE(nodes->children.size(), std::size_t(2));
    QCOMPARE(nodes->children[0].line, 4);
    QCOMPARE(nodes->children[1].line, 6);
    QVERIFY(nodes->children[1].key.isEmpty()); // list items have no key
    const DocValue *host = nodes->children[1].member(u"host");
    QVERIFY(host);
    QCOMPARE(host->keyLine, 7);
    QCOMPARE(host->line, 8); // the value's own line
    QCOMPARE(nodes->children[1].member(u"port")->line, 9);
    QCOMPARE(root.member(u"empty")->line, 12);
    QCOMPARE(root.member(u"empty")->kind, DocValue::Kind::Map);
}

void TestJsonDocument::numberBeforeANewlineKeepsItsLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");

    QTest::newRow("newline") << QByteArray("{\n\"port\": 70000\n}") << 2;
    QTest::newRow("CRLF") << QByteArray("{\r\n\"port\": 70000\r\n}") << 2;
    QTest::newRow("blanks then newline") << QByteArray("{\n\"port\": 70000 \t\n\n}") << 2;
    QTest::newRow("brace") << QByteArray("{\n\"port\": 70000}") << 2;
    QTest::newRow("comma") << QByteArray("{\n\"port\": 70000,\n\"x\": 1}") << 2;
    QTest::newRow("float and exponent") << QByteArray("{\n\"port\": 7e4\n}") << 2;
    QTest::newRow("literal") << QByteArray("{\n\"port\": true\n}") << 2;
    QTest::newRow("null") << QByteArray("{\n\"port\":\nnull\n}") << 3;
}

void TestJsonDocument::numberBeforeANewlineKeepsItsLine()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    const DocValue root = parse(content);
    QCOMPARE(root.member(u"port")->line, line);
    QCOMPARE(root.member(u"port")->keyLine, 2);
}

void TestJsonDocument::kinds()
{
    const DocValue root = parse(R"({"n": null, "t": true, "f": false, "i": -42,)"
                                R"( "u": 18446744073709551615, "d": 22.50, "s": "x", "l": [1]})");
    QCOMPARE(outline(root), (QStringList{u"n@1=0:null@1"_s, u"t@1=1:true@1"_s, u"f@1=1:false@1"_s,
                                         u"i@1=2:-42@1"_s, u"u@1=3:18446744073709551615@1"_s,
                                         u"d@1=3:22.50@1"_s, u"s@1=4:x@1"_s, u"l@1=5:@1"_s}));
    QCOMPARE(root.member(u"t")->boolean, true);
    QCOMPARE(root.member(u"f")->boolean, false);
    QCOMPARE(root.member(u"i")->integer, -42);
    for (const DocValue &child : root.children)
        QVERIFY(!child.plain); // JSON values are typed
}

void TestJsonDocument::stringsAreUnescaped()
{
    const DocValue root = parse(R"({"s": "a\"b\\c\u00e9\ud83d\ude00", "k\u0065y": 1})");
    QCOMPARE(root.member(u"s")->text, u"a\"b\\cé😀"_s);
    QVERIFY(root.member(u"key"));
}

void TestJsonDocument::duplicateKeysAreKept()
{
    const DocValue root = parse("{\"a\": 1,\n\"a\": 2}");
    QCOMPARE(outline(root), (QStringList{u"a@1=2:1@1"_s, u"a@2=2:2@2"_s}));
}

void TestJsonDocument::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("trailing comma")
        << QByteArray("{\"a\": 1,}") << u"t.json:1:9: JSON syntax error: "_s;
    QTest::newRow("second line") << QByteArray("{\"a\": 1,\n  \"b\" 2}")
                                 << u"t.json:2:7: JSON syntax error: "_s;
    QTest::newRow("column counts characters")
        << QByteArray("{\"n\": \"Prüf\" x}") << u"t.json:1:14: JSON syntax error: "_s;
    QTest::newRow("end of input after newline")
        << QByteArray("{\"a\": [\n") << u"t.json:2:1: JSON syntax error: "_s;
    QTest::newRow("end of input on the line")
        << QByteArray("{\"a\": [") << u"t.json:1:8: JSON syntax error: "_s;
    QTest::newRow("raw newline in a string")
        << QByteArray("{\"a\": \"x\ny\"}") << u"t.json:1:9: JSON syntax error: "_s;
    QTest::newRow("comment") << QByteArray("{\n// c\n}") << u"t.json:2:1: JSON syntax error: "_s;
    QTest::newRow("text after the object")
        << QByteArray("{}\n{}") << u"t.json:2:1: JSON syntax error: "_s;
    QTest::newRow("invalid UTF-8 in a string")
        << QByteArray("{\"a\": \"\xff\"}") << u"t.json:1:8: JSON syntax error: "_s;
    QTest::newRow("empty") << QByteArray() << u"t.json:1:1: JSON syntax error: "_s;
}

void TestJsonDocument::syntaxErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, prefix);
    const QString error = errorOf([&] { parse(content); });
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(!error.contains(u"json.exception"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"parse error at line"_s), qPrintable(error));
}

void TestJsonDocument::nestingLimit()
{
    const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
    QCOMPARE(errorOf([&] { parse(ok); }), QString());
    const QByteArray deep = "\n" + QByteArray(65, '[') + QByteArray(65, ']');
    QCOMPARE(errorOf([&] { parse(deep); }), u"t.json:2:65: nested more than 64 levels deep"_s);
    // Far deeper input fails just as cleanly (no recursion, no stack overflow).
    const QByteArray huge = QByteArray(1000000, '[');
    QVERIFY(errorOf([&] { parse(huge); }).contains(u"nested more than 64 levels deep"_s));
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
