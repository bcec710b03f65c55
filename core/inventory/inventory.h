#pragma once
// Inventories: which nodes to audit and how to reach them over SSH, from
// Portolan's own JSON/YAML or a Ray cluster-launcher YAML (`local` provider).
// Contract: a returned Inventory is validated and shell-safe (hostnames or IP
// literals, plain user names, ports 1-65535, absolute identity paths); errors
// throw portolan::Error "FILE:LINE: FIELD: cause".

#include "model/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan {

// A bastion the node is reached through (ssh -J semantics).
struct JumpHost
{
    QString host; // hostname or IP literal (IPv6 without brackets)
    int port = 22;
    bool portIsExplicit = false; // false: ~/.ssh/config's Port may apply
    QString user;                // the node's user when the inventory names none

    bool operator==(const JumpHost &) const = default;
};

struct InventoryNode
{
    QString name; // unique within the inventory; the host when none is given
    QString host; // hostname or IP literal (IPv6 without brackets, canonical form)
    int port = 22;
    bool portIsExplicit = false; // false: 22 is a default, ~/.ssh/config's Port may apply
    QString user;                // empty: the collector uses the local login name, as ssh does
    QStringList identityFiles;   // absolute paths, in the order given
    bool sudo = false;
    NodeRole role = NodeRole::Unknown;
    std::optional<JumpHost> jump;
    int line = 0; // 1-based source line of the node's entry, for messages

    bool operator==(const InventoryNode &) const = default;
};

struct Inventory
{
    QString name;               // "cluster" / "cluster_name"; the file's base name when absent
    QString sourcePath;         // absolute path of the file; empty from parseInventory()
    QList<InventoryNode> nodes; // never empty

    bool operator==(const Inventory &) const = default;
};

// Reads and validates the file at `path`. Messages name the path as given.
Inventory loadInventory(const QString &path);

// Parses `content` as an inventory. `displayName` names the source in messages
// and its extension (.json, .yaml, .yml) helps to detect the format; relative
// identity files resolve against `baseDir`.
Inventory parseInventory(const QByteArray &content, const QString &displayName,
                         const QString &baseDir);

} // namespace portolan
