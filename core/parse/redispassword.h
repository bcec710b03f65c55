#pragma once
// Redis passwords on Ray command lines (--redis-password=X, --redis_password=X,
// --redis-password X) and in RAY_REDIS_PASSWORD. Old Ray defaulted to the public
// value 5241590000000000; the analysis needs to know whether that default is in
// use, but must never keep any other password.
// Pitfall: ps joins arguments with spaces, so a password with spaces cannot be
// told from the next arguments: every following word up to the next option
// ("-...") counts as part of it and is dropped.

#include <QMap>
#include <QString>
#include <QStringView>

namespace portolan {

inline constexpr QStringView kDefaultRedisPassword = u"5241590000000000";

enum class RedisPasswordUse : std::uint8_t {
    None,    // no password given
    Default, // Ray's public default 5241590000000000
    Custom,  // some other value (already redacted, or not)
};

RedisPasswordUse redisPasswordUse(QStringView commandLine);
// From RAY_REDIS_PASSWORD (or REDIS_PASSWORD) of a RAY_*-filtered environment.
RedisPasswordUse redisPasswordUse(const QMap<QString, QString> &environment);

// The command line with every non-default password replaced by kRedacted.
QString redactRedisPasswords(QStringView commandLine);

} // namespace portolan
