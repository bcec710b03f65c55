#include "nodeindex.h"

#include "addresssyntax.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

QString hostPort(const QString &host, int port)
{
    if (host.contains(u':'))
        return u"[%1]:%2"_s.arg(host).arg(port);
    return u"%1:%2"_s.arg(host).arg(port);
}

QString addressKey(const InventoryNode &node)
{
    QString key = hostPort(hostIdentity(node.host), node.port);
    if (node.jump)
        key += u" via "_s + hostPort(hostIdentity(node.jump->host), node.jump->port);
    return key;
}

} // namespace

NodeIndex::NodeIndex(const FieldReader &reader)
    : m_reader(reader)
{}

void NodeIndex::add(const InventoryNode &node, int nameLine, const QString &nameField, int hostLine,
                    const QString &hostField)
{
    if (const auto first = m_nameLines.constFind(node.name); first != m_nameLines.cend()) {
        m_reader.fail(
            nameLine, nameField,
            Tr::tr("duplicate node name \"%1\" (first at line %2)").arg(node.name).arg(*first));
    }
    const QString key = addressKey(node);
    if (const auto first = m_addresses.constFind(key); first != m_addresses.cend()) {
        const QString address = node.port == 22 ? node.host : hostPort(node.host, node.port);
        m_reader.fail(hostLine, hostField,
                      Tr::tr("\"%1\" is already the address of node \"%2\" (line %3)")
                          .arg(address, first->name)
                          .arg(first->line));
    }
    m_nameLines.insert(node.name, nameLine);
    m_addresses.insert(key, Entry{node.name, hostLine});
}

} // namespace portolan
