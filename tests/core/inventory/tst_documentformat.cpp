// Tests for core/inventory/documentformat: JSON or YAML by content and by file
// extension, and which format's syntax error the user gets.

#include "inventory/documentformat.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portolan::DocValue;
using portolan::FieldReader;

namespace {

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const portolan::Error &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestDocumentFormat : public QObject
{
    Q_OBJECT

private slots:
    void detects_data();
    void detects();
};

void TestDocumentFormat::detects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("json");     // parsed as JSON (values not `plain`)
    QTest::addColumn<QString>("error"); // or the start of the error

    const QByteArray json = "{\"a\": 1}";
    const QByteArray yaml = "a: 1\n";
    const QByteArray flow = "{a: 1}";
    const QByteArray broken = "{\"a\": 1,}";
    const QByteArray brokenBoth = "{\"a\": [}";

    QTest::newRow("json, .json") << u"f.json"_s << json << true << QString();
    QTest::newRow("json, .JSON") << u"f.JSON"_s << json << true << QString();
    QTest::newRow("json, .yaml") << u"f.yaml"_s << json << true << QString();
    QTest::newRow("json, no extension") << u"f"_s << json << true << QString();
    QTest::newRow("json after blank lines") << u"f"_s << "\r\n\t " + json << true << QString();
    QTest::newRow("yaml, .yaml") << u"f.yaml"_s << yaml << false << QString();
    QTest::newRow("yaml, .yml") << u"f.yml"_s << yaml << false << QString();
    QTest::newRow("yaml, no extension") << u"f"_s << yaml << false << QString();
    QTest::newRow("yaml flow, .yaml") << u"f.yaml"_s << flow << false << QString();
    QTest::newRow("yaml flow, no extension") << u"f"_s << flow << false << QString();
    QTest::newRow("yaml, .json") << u"f.json"_s << yaml << false
                                 << u"f.json:1:1: JSON syntax error"_s;
    QTest::newRow("yaml flow, .json")
        << u"f.json"_s << flow << false << u"f.json:1:2: JSON syntax error"_s;
    QTest::newRow("trailing comma, no extension: YAML reads it")
        << u"f"_s << broken << false << QString();
    QTest::newRow("broken both, no extension: JSON error")
        << u"f"_s << brokenBoth << false << u"f:1:8: JSON syntax error"_s;
    QTest::newRow("broken both, .txt: JSON error")
        << u"f.txt"_s << brokenBoth << false << u"f.txt:1:8: JSON syntax error"_s;
    QTest::newRow("broken both, .yaml: YAML error")
        << u"f.yaml"_s << brokenBoth << false << u"f.yaml:1:"_s;
}

void TestDocumentFormat::detects()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(bool, json);
    QFETCH(QString, error);

    DocValue root;
    const QString message =
        errorOf([&] { root = portolan::parseDocument(content, FieldReader(file)); });
    if (!error.isEmpty()) {
        QVERIFY2(message.startsWith(error), qPrintable(message));
        if (file.endsWith(u".yaml"_s))
            QVERIFY2(message.contains(u"YAML syntax error"_s), qPrintable(message));
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message));
    const DocValue *a = root.member(u"a");
    QVERIFY(a);
    QCOMPARE(a->integer, 1);
    QCOMPARE(a->plain, !json);
}

QTEST_GUILESS_MAIN(TestDocumentFormat)
#include "tst_documentformat.moc"
