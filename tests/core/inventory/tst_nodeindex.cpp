// Tests for core/inventory/nodeindex: duplicate node names and duplicate
// addresses (host, port and jump host), with both lines in the message.

#include "inventory/nodeindex.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portolan::FieldReader;
using portolan::InventoryNode;
using portolan::JumpHost;
using portolan::NodeIndex;

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

InventoryNode node(const QString &name, const QString &host, int port = 22,
                   std::optional<JumpHost> jump = std::nullopt)
{
    InventoryNode n;
    n.name = name;
    n.host = host;
    n.port = port;
    n.jump = std::move(jump);
    return n;
}

} // namespace

class TestNodeIndex : public QObject
{
    Q_OBJECT

private slots:
    void distinctNodesPass();
    void duplicateName();
    void duplicateAddress_data();
    void duplicateAddress();

private:
    const FieldReader m_reader{u"i.yaml"_s};
};

void TestNodeIndex::distinctNodesPass()
{
    NodeIndex index(m_reader);
    index.add(node(u"a"_s, u"h.example"_s), 1, u"nodes[0].name"_s, 2, u"nodes[0].host"_s);
    index.add(node(u"b"_s, u"h.example"_s, 2222), 3, u"nodes[1].name"_s, 4, u"nodes[1].host"_s);
    index.add(node(u"c"_s, u"h.example"_s, 22, JumpHost{u"g1"_s, 22, true, {}}), 5, u"n"_s, 6,
              u"h"_s);
    index.add(node(u"d"_s, u"h.example"_s, 22, JumpHost{u"g2"_s, 22, true, {}}), 7, u"n"_s, 8,
              u"h"_s);
    index.add(node(u"e"_s, u"h.example"_s, 22, JumpHost{u"g1"_s, 2200, true, {}}), 9, u"n"_s, 10,
              u"h"_s);
}

void TestNodeIndex::duplicateName()
{
    NodeIndex index(m_reader);
    index.add(node(u"head"_s, u"a"_s), 5, u"nodes[0].name"_s, 6, u"nodes[0].host"_s);
    QCOMPARE(errorOf([&] {
                 index.add(node(u"head"_s, u"b"_s), 9, u"nodes[1].name"_s, 10, u"nodes[1].host"_s);
             }),
             u"i.yaml:9: nodes[1].name: duplicate node name \"head\" (first at line 5)"_s);
}

void TestNodeIndex::duplicateAddress_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("same host") << u"10.0.0.1"_s << u"10.0.0.1"_s << 22 << u"10.0.0.1"_s;
    QTest::newRow("case and root dot")
        << u"H.Example"_s << u"h.example."_s << 22 << u"h.example."_s;
    QTest::newRow("other port") << u"h"_s << u"h"_s << 2222 << u"h:2222"_s;
    QTest::newRow("IPv6 with port") << u"fd00::1"_s << u"fd00::1"_s << 2222 << u"[fd00::1]:2222"_s;
}

void TestNodeIndex::duplicateAddress()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, port);
    QFETCH(QString, shown);

    NodeIndex index(m_reader);
    index.add(node(u"a"_s, first, port), 2, u"nodes[0].name"_s, 3, u"nodes[0].host"_s);
    QCOMPARE(errorOf([&] {
                 index.add(node(u"b"_s, second, port), 5, u"nodes[1].name"_s, 6,
                           u"nodes[1].host"_s);
             }),
             u"i.yaml:6: nodes[1].host: \"%1\" is already the address of node \"a\" (line 3)"_s.arg(
                 shown));
}

QTEST_GUILESS_MAIN(TestNodeIndex)
#include "tst_nodeindex.moc"
