// Tests for core/parse/jsoninput: syntax errors with line and column, the
// nesting limit, NUL bytes, and JsonObjectReader's typed fields and paths.

#include "parse/jsoninput.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestJsonInput : public QObject
{
    Q_OBJECT

private slots:
    void syntaxErrors_data();
    void syntaxErrors();
    void depthLimit();
    void compact();
    void reader();
    void readerErrors_data();
    void readerErrors();
};

void TestJsonInput::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("column") << QByteArray("[1,\n 2,\n  x]") << 3 << u"malformed JSON at column 3"_s;
    QTest::newRow("truncated") << QByteArray("[1,\n2") << 2 << u"ends too early"_s;
    QTest::newRow("empty") << QByteArray() << 1 << u"ends too early"_s;
    QTest::newRow("nul") << QByteArray("[\n\0]", 4) << 2 << u"NUL"_s;
    QTest::newRow("trailing garbage") << QByteArray("[] []") << 1 << u"malformed JSON"_s;
}

void TestJsonInput::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseJsonOutput(text, u"nft-json"_s); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

void TestJsonInput::depthLimit()
{
    const QByteArray ok = QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']');
    QVERIFY(parseJsonOutput(ok, u"x"_s).is_array());
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto error = parseErrorOf([&] { parseJsonOutput(deep, u"x"_s); });
    QVERIFY(error);
    QVERIFY(error->message().contains(u"nested deeper than 128"_s));
    // Brackets inside strings do not count.
    const QByteArray inString = "[\"" + QByteArray(1000, '[') + "\\\"\"]";
    QVERIFY(parseJsonOutput(inString, u"x"_s).is_array());
}

void TestJsonInput::compact()
{
    QCOMPARE(compactJson(nlohmann::json::parse(R"({ "a" : [1, "x"] })")), uR"({"a":[1,"x"]})"_s);
}

void TestJsonInput::reader()
{
    const auto json = nlohmann::json::parse(
        R"({"s": "x", "i": 5, "big": 4294967295, "b": true, "one": "a", "many": ["a", "b"], "n": null, "arr": [1]})");
    const JsonObjectReader reader(json, u"[3]"_s, u"src"_s);
    QCOMPARE(reader.string("s"), u"x"_s);
    QCOMPARE(reader.integer("i"), 5);
    QCOMPARE(reader.integer("big"), qint64(4294967295));
    QCOMPARE(reader.optionalInteger("missing", 7), 7);
    QCOMPARE(reader.optionalInteger("n", 9), 9);
    QVERIFY(reader.optionalBool("b"));
    QCOMPARE(reader.optionalStringList("one"), QStringList{u"a"_s});
    QCOMPARE(reader.optionalStringList("many"), QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(reader.optionalString("n", u"d"_s), u"d"_s);
    QVERIFY(reader.optionalArray("missing").empty());
    QCOMPARE(reader.optionalArray("arr").size(), std::size_t(1));
    QCOMPARE(reader.fieldPath("s"), u"[3].s"_s);
    QVERIFY(!reader.has("n"));
}

void TestJsonInput::readerErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not object") << QByteArray("[1]") << u"src: [3]: expected a JSON object"_s;
    QTest::newRow("missing") << QByteArray("{}") << u"src: [3].s: missing"_s;
    QTest::newRow("wrong type") << QByteArray(R"({"s": 1})") << u"src: [3].s: expected a string"_s;
}

void TestJsonInput::readerErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto parsed = nlohmann::json::parse(json.toStdString());
    const auto error = parseErrorOf([&] {
        const JsonObjectReader reader(parsed, u"[3]"_s, u"src"_s);
        reader.string("s");
    });
    QVERIFY(error);
    QCOMPARE(error->message(), message);
    QCOMPARE(error->line(), 0);
}

QTEST_GUILESS_MAIN(TestJsonInput)
#include "tst_jsoninput.moc"
