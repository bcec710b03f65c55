#pragma once
// How model values that SQLite has no type for are stored in a column, shared
// by SnapshotWriter and SnapshotReader. Invalid addresses, prefixes and
// datetimes are NULL (never ""), times are UTC milliseconds since the epoch,
// enums their stable names, JSON documents compact text. A value that does not
// decode throws Error naming the file and the column: the file was changed
// behind Portolan's back.

#include "model/snapshot.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDateTime>

namespace portolan {

class SqliteStatement;

class ColumnCodec
{
    Q_DECLARE_TR_FUNCTIONS(portolan::ColumnCodec)
public:
    static void bindDateTime(SqliteStatement &statement, int index, const QDateTime &time);
    static QDateTime dateTime(const SqliteStatement &statement, int column);

    static void bindAddress(SqliteStatement &statement, int index, const IpAddress &address);
    static IpAddress address(const SqliteStatement &statement, int column);

    static void bindPrefix(SqliteStatement &statement, int index, const Prefix &prefix);
    static Prefix prefix(const SqliteStatement &statement, int column);

    static bool boolean(const SqliteStatement &statement, int column);
    static int integer(const SqliteStatement &statement, int column); // checks the int range
    static quint16 port(const SqliteStatement &statement, int column);

    static NodeRole nodeRole(const SqliteStatement &statement, int column);
    static CollectionStatus collectionStatus(const SqliteStatement &statement, int column);
    static FirewallBackend firewallBackend(const SqliteStatement &statement, int column);
    static IpFamily ipFamily(const SqliteStatement &statement, int column);
    static Protocol protocol(const SqliteStatement &statement, int column);

    static void bindJson(SqliteStatement &statement, int index, const nlohmann::json &value);
    static nlohmann::json json(const SqliteStatement &statement, int column); // parsed

    [[noreturn]] static void throwDamaged(const SqliteStatement &statement, int column,
                                          const QString &detail);
};

} // namespace portolan
