#include "portolanformat.h"

#include "addresssyntax.h"
#include "nodeindex.h"
#include "nodesettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

NodeRole readRole(const DocValue &value, const QString &name, const FieldReader &reader)
{
    const QString text = reader.text(value, name);
    if (text == u"head")
        return NodeRole::Head;
    if (text == u"worker")
        return NodeRole::Worker;
    reader.fail(value.line, name, Tr::tr("\"%1\" is not a role (head or worker)").arg(text));
}

InventoryNode readNode(const DocValue &entry, const QString &path, const NodeSettings &defaults,
                       const FieldReader &reader, const QString &baseDir, NodeIndex &index)
{
    reader.requireMap(entry, path);
    QStringList keys{u"name"_s, u"host"_s, u"role"_s};
    keys += nodeSettingsKeys();
    reader.checkKeys(entry, keys, path);

    InventoryNode node;
    node.line = entry.line;

    const DocValue *host = entry.member(u"host");
    if (!host)
        reader.fail(entry.line, path, Tr::tr("missing \"host\""));
    const QString hostField = path + u".host"_s;
    QString cause;
    const auto normalized = normalizeHost(reader.text(*host, hostField), &cause);
    if (!normalized)
        reader.fail(host->line, hostField, cause);
    node.host = *normalized;

    const DocValue *name = entry.member(u"name");
    const QString nameField = path + u".name"_s;
    node.name = name ? reader.text(*name, nameField) : node.host;
    if (!isValidNodeName(node.name, &cause))
        reader.fail(name ? name->line : host->line, name ? nameField : hostField, cause);

    if (const DocValue *role = entry.member(u"role"))
        node.role = readRole(*role, path + u".role"_s, reader);

    applySettings(overlay(defaults, readNodeSettings(entry, path, reader, baseDir)), node);
    index.add(node, name ? name->line : host->line, name ? nameField : hostField, host->line,
              hostField);
    return node;
}

} // namespace

Inventory readPortolanInventory(const DocValue &root, const FieldReader &reader,
                                const QString &baseDir, const QString &fallbackName)
{
    reader.checkKeys(root, {u"cluster"_s, u"defaults"_s, u"nodes"_s}, {});

    Inventory inventory;
    const DocValue *cluster = root.member(u"cluster");
    inventory.name = cluster ? reader.text(*cluster, u"cluster"_s) : fallbackName;

    NodeSettings defaults;
    if (const DocValue *map = root.member(u"defaults")) {
        reader.requireMap(*map, u"defaults"_s);
        reader.checkKeys(*map, nodeSettingsKeys(), u"defaults"_s);
        defaults = readNodeSettings(*map, u"defaults"_s, reader, baseDir);
    }

    const DocValue *nodes = root.member(u"nodes");
    if (!nodes)
        reader.fail(root.line, {}, Tr::tr("missing \"nodes\""));
    reader.requireList(*nodes, u"nodes"_s);
    if (nodes->children.empty())
        reader.fail(nodes->line, u"nodes"_s,
                    Tr::tr("the list is empty: an inventory needs at least one node"));

    NodeIndex index(reader);
    for (std::size_t i = 0; i < nodes->children.size(); ++i) {
        inventory.nodes.append(
            readNode(nodes->children[i], u"nodes[%1]"_s.arg(i), defaults, reader, baseDir, index));
    }
    return inventory;
}

} // namespace portolan
