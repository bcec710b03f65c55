// Tests for core/inventory/document: member lookup in the format-neutral tree
// and the kind names that messages use.

#include "inventory/document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portolan::DocValue;

namespace {

DocValue member(const QString &key, const QString &text, int line)
{
    DocValue value;
    value.kind = DocValue::Kind::String;
    value.text = text;
    value.key = key;
    value.keyLine = line;
    value.line = line;
    return value;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void memberFindsTheFirstMatch();
    void memberOfANonMapIsNull();
    void kindPredicates();
    void describeKind_data();
    void describeKind();
};

void TestDocument::memberFindsTheFirstMatch()
{
    DocValue map;
    map.kind = DocValue::Kind::Map;
    map.children.push_back(member(u"host"_s, u"a"_s, 2));
    map.children.push_back(member(u"port"_s, u"22"_s, 3));
    map.children.push_back(member(u"host"_s, u"b"_s, 4));

    const DocValue *host = map.member(u"host");
    QVERIFY(host);
    QCOMPARE(host->text, u"a"_s);
    QCOMPARE(host->keyLine, 2);
    QVERIFY(map.member(u"port"));
    QVERIFY(!map.member(u"Host"));
    QVERIFY(!map.member(u"user"));
}

void TestDocument::memberOfANonMapIsNull()
{
    DocValue list;
    list.kind = DocValue::Kind::List;
    DocValue item = member(u"host"_s, u"a"_s, 1); // a key on a list item is ignored
    list.children.push_back(item);
    QVERIFY(!list.member(u"host"));

    const DocValue null;
    QVERIFY(null.isNull());
    QVERIFY(!null.member(u"host"));
}

void TestDocument::kindPredicates()
{
    DocValue value;
    QVERIFY(value.isNull() && value.isScalar());
    value.kind = DocValue::Kind::Map;
    QVERIFY(value.isMap() && !value.isScalar() && !value.isList());
    value.kind = DocValue::Kind::List;
    QVERIFY(value.isList() && !value.isScalar() && !value.isMap());
    value.kind = DocValue::Kind::Integer;
    QVERIFY(value.isScalar() && !value.isNull());
}

void TestDocument::describeKind_data()
{
    QTest::addColumn<DocValue::Kind>("kind");
    QTest::addColumn<QString>("text");

    QTest::newRow("null") << DocValue::Kind::Null << u"empty (null)"_s;
    QTest::newRow("bool") << DocValue::Kind::Bool << u"a boolean"_s;
    QTest::newRow("integer") << DocValue::Kind::Integer << u"a number"_s;
    QTest::newRow("float") << DocValue::Kind::Float << u"a number"_s;
    QTest::newRow("string") << DocValue::Kind::String << u"a string"_s;
    QTest::newRow("list") << DocValue::Kind::List << u"a list"_s;
    QTest::newRow("map") << DocValue::Kind::Map << u"a map"_s;
}

void TestDocument::describeKind()
{
    QFETCH(DocValue::Kind, kind);
    QFETCH(QString, text);
    QCOMPARE(portolan::describeKind(kind), text);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
