#include "raylauncherformat.h"

#include "addresssyntax.h"
#include "identitypath.h"
#include "nodeindex.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

struct Auth
{
    QString user;
    QStringList identityFiles;
};

Auth readAuth(const DocValue &root, const FieldReader &reader, const QString &baseDir)
{
    Auth auth;
    const DocValue *map = root.member(u"auth");
    if (!map || map->isNull())
        return auth;
    reader.requireMap(*map, u"auth"_s);
    reader.checkUniqueKeys(*map, u"auth"_s);
    if (const DocValue *proxy = map->member(u"ssh_proxy_command")) {
        reader.fail(proxy->line, u"auth.ssh_proxy_command"_s,
                    Tr::tr("a proxy command is not supported, Portolan never runs commands from an "
                           "inventory; write a Portolan inventory with \"jump\" instead"));
    }
    QString cause;
    if (const DocValue *user = map->member(u"ssh_user")) {
        auth.user = reader.text(*user, u"auth.ssh_user"_s);
        if (!isValidUser(auth.user, &cause))
            reader.fail(user->line, u"auth.ssh_user"_s, cause);
    }
    if (const DocValue *key = map->member(u"ssh_private_key")) {
        const auto path =
            resolveIdentityPath(reader.text(*key, u"auth.ssh_private_key"_s), baseDir, &cause);
        if (!path)
            reader.fail(key->line, u"auth.ssh_private_key"_s, cause);
        auth.identityFiles.append(*path);
    }
    return auth;
}

const DocValue &readLocalProvider(const DocValue &root, const FieldReader &reader)
{
    const DocValue *provider = root.member(u"provider");
    if (!provider)
        reader.fail(root.line, {}, Tr::tr("missing \"provider\""));
    reader.requireMap(*provider, u"provider"_s);
    reader.checkUniqueKeys(*provider, u"provider"_s);
    const DocValue *type = provider->member(u"type");
    if (!type)
        reader.fail(provider->line, u"provider"_s, Tr::tr("missing \"type\""));
    const QString typeName = reader.text(*type, u"provider.type"_s);
    if (typeName != u"local") {
        reader.fail(type->line, u"provider.type"_s,
                    Tr::tr("\"%1\" clusters are not supported: only the \"local\" provider lists "
                           "its node addresses in the file; write a Portolan inventory for this "
                           "cluster instead")
                        .arg(typeName));
    }
    if (const DocValue *coordinator = provider->member(u"coordinator_address")) {
        reader.fail(coordinator->line, u"provider.coordinator_address"_s,
                    Tr::tr("the node addresses come from a coordinator server, not from the "
                           "file; write a Portolan inventory for this cluster instead"));
    }
    return *provider;
}

InventoryNode makeNode(const DocValue &address, const QString &field, const QString &name,
                       NodeRole role, const Auth &auth, const FieldReader &reader)
{
    InventoryNode node;
    QString cause;
    const auto host = normalizeHost(reader.text(address, field), &cause);
    if (!host)
        reader.fail(address.line, field, cause);
    node.name = name;
    node.host = *host;
    node.role = role;
    node.user = auth.user;
    node.identityFiles = auth.identityFiles;
    node.line = address.line;
    return node;
}

} // namespace

bool isRayLauncherDocument(const DocValue &root)
{
    return root.member(u"provider") || root.member(u"cluster_name") || root.member(u"auth");
}

Inventory readRayLauncher(const DocValue &root, const FieldReader &reader, const QString &baseDir,
                          const QString &fallbackName)
{
    // Ray's YAML loader keeps the last of two equal keys, we would read the first.
    reader.checkUniqueKeys(root, {});
    Inventory inventory;
    const DocValue *clusterName = root.member(u"cluster_name");
    inventory.name = clusterName ? reader.text(*clusterName, u"cluster_name"_s) : fallbackName;

    const DocValue &provider = readLocalProvider(root, reader);
    const Auth auth = readAuth(root, reader, baseDir);
    NodeIndex index(reader);

    const DocValue *head = provider.member(u"head_ip");
    if (!head)
        reader.fail(provider.line, u"provider"_s, Tr::tr("missing \"head_ip\""));
    const QString headField = u"provider.head_ip"_s;
    inventory.nodes.append(makeNode(*head, headField, u"head"_s, NodeRole::Head, auth, reader));
    index.add(inventory.nodes.back(), head->line, headField, head->line, headField);

    const DocValue *workers = provider.member(u"worker_ips");
    if (!workers || workers->isNull())
        return inventory;
    reader.requireList(*workers, u"provider.worker_ips"_s);
    for (std::size_t i = 0; i < workers->children.size(); ++i) {
        const DocValue &address = workers->children[i];
        const QString field = u"provider.worker_ips[%1]"_s.arg(i);
        inventory.nodes.append(
            makeNode(address, field, u"worker-%1"_s.arg(i + 1), NodeRole::Worker, auth, reader));
        index.add(inventory.nodes.back(), address.line, field, address.line, field);
    }
    return inventory;
}

} // namespace portolan
