#pragma once
// Catches two inventory entries for one node: a node name given twice, or two
// nodes with the same address (host, port and jump host). Contract: the first
// entry wins and the error names the line of both.
// Pitfall: hosts compare case-insensitively and without a trailing dot.

#include "fieldreader.h"
#include "inventory.h"

#include <QHash>
#include <QString>

namespace portolan {

class NodeIndex
{
public:
    explicit NodeIndex(const FieldReader &reader);

    // Throws when the name or the address of `node` is taken. The lines and
    // fields locate its name and its host in messages.
    void add(const InventoryNode &node, int nameLine, const QString &nameField, int hostLine,
             const QString &hostField);

private:
    struct Entry
    {
        QString name;
        int line = 0;
    };

    const FieldReader &m_reader;
    QHash<QString, int> m_nameLines;
    QHash<QString, Entry> m_addresses;
};

} // namespace portolan
