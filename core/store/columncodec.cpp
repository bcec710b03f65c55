#include "columncodec.h"

#include "sqlite.h"
#include "util/error.h"

#include <QDir>

#include <limits>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

template<typename E>
E decodeEnum(const SqliteStatement &statement, int column,
             std::optional<E> (*fromString)(QStringView))
{
    const QString text = statement.columnText(column);
    if (const std::optional<E> value = fromString(text))
        return *value;
    ColumnCodec::throwDamaged(statement, column, u"\"%1\""_s.arg(text));
}

} // namespace

void ColumnCodec::throwDamaged(const SqliteStatement &statement, int column, const QString &detail)
{
    throw Error(tr("%1: damaged value in column %2: %3")
                    .arg(QDir::toNativeSeparators(statement.database().path()),
                         statement.columnName(column), detail));
}

void ColumnCodec::bindDateTime(SqliteStatement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bindInt(index, time.toMSecsSinceEpoch());
    else
        statement.bindNull(index);
}

QDateTime ColumnCodec::dateTime(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(statement.columnInt(column), Qt::UTC);
}

void ColumnCodec::bindAddress(SqliteStatement &statement, int index, const IpAddress &address)
{
    if (address.isValid())
        statement.bindText(index, address.toString());
    else
        statement.bindNull(index);
}

IpAddress ColumnCodec::address(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    const QString text = statement.columnText(column);
    QString error;
    if (const std::optional<IpAddress> parsed = IpAddress::parse(text, &error))
        return *parsed;
    throwDamaged(statement, column, u"\"%1\": %2"_s.arg(text, error));
}

void ColumnCodec::bindPrefix(SqliteStatement &statement, int index, const Prefix &prefix)
{
    if (prefix.isValid())
        statement.bindText(index, prefix.toString());
    else
        statement.bindNull(index);
}

Prefix ColumnCodec::prefix(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    const QString text = statement.columnText(column);
    QString error;
    if (const std::optional<Prefix> parsed = Prefix::parse(text, &error))
        return *parsed;
    throwDamaged(statement, column, u"\"%1\": %2"_s.arg(text, error));
}

bool ColumnCodec::boolean(const SqliteStatement &statement, int column)
{
    return statement.columnInt(column) != 0;
}

int ColumnCodec::integer(const SqliteStatement &statement, int column)
{
    const qint64 value = statement.columnInt(column);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        throwDamaged(statement, column, QString::number(value));
    return int(value);
}

quint16 ColumnCodec::port(const SqliteStatement &statement, int column)
{
    const qint64 value = statement.columnInt(column);
    if (value < 0 || value > 65535)
        throwDamaged(statement, column, QString::number(value));
    return quint16(value);
}

NodeRole ColumnCodec::nodeRole(const SqliteStatement &statement, int column)
{
    return decodeEnum<NodeRole>(statement, column, &nodeRoleFromString);
}

CollectionStatus ColumnCodec::collectionStatus(const SqliteStatement &statement, int column)
{
    return decodeEnum<CollectionStatus>(statement, column, &collectionStatusFromString);
}

FirewallBackend ColumnCodec::firewallBackend(const SqliteStatement &statement, int column)
{
    return decodeEnum<FirewallBackend>(statement, column, &firewallBackendFromString);
}

IpFamily ColumnCodec::ipFamily(const SqliteStatement &statement, int column)
{
    return decodeEnum<IpFamily>(statement, column, &ipFamilyFromString);
}

Protocol ColumnCodec::protocol(const SqliteStatement &statement, int column)
{
    return decodeEnum<Protocol>(statement, column, &protocolFromString);
}

void ColumnCodec::bindJson(SqliteStatement &statement, int index, const nlohmann::json &value)
{
    statement.bindTextUtf8(index, QByteArray::fromStdString(value.dump()));
}

nlohmann::json ColumnCodec::json(const SqliteStatement &statement, int column)
{
    const QByteArray text = statement.columnTextUtf8(column);
    try {
        return nlohmann::json::parse(text.constBegin(), text.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        throwDamaged(statement, column, QString::fromUtf8(e.what()));
    }
}

} // namespace portolan
