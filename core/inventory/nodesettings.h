#pragma once
// How to log into a node as one level states it (`defaults` or a node entry);
// every field optional, so a node overrides `defaults` key by key. Values are
// validated when read. Pitfall: `jump: null` means "no jump host", not "unset".

#include "addresssyntax.h"
#include "document.h"
#include "fieldreader.h"
#include "inventory.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace portolan {

struct NodeSettings
{
    std::optional<QString> user;
    std::optional<int> port;
    std::optional<QStringList> identityFiles;
    std::optional<bool> sudo;
    std::optional<std::optional<JumpSpec>> jump; // given; inner nullopt: explicitly none
};

// The keys readNodeSettings() understands, for FieldReader::checkKeys().
QStringList nodeSettingsKeys();

// Reads the settings keys of `map` (other keys are the caller's). `path` names
// the map in messages ("defaults", "nodes[3]").
NodeSettings readNodeSettings(const DocValue &map, const QString &path, const FieldReader &reader,
                              const QString &baseDir);

// `over` wins key by key.
NodeSettings overlay(const NodeSettings &base, const NodeSettings &over);

// Fills the login fields of `node`: port 22, no user, no sudo unless given; a
// jump host without a user logs in as the node's user.
void applySettings(const NodeSettings &settings, InventoryNode &node);

} // namespace portolan
