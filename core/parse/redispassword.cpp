#include "redispassword.h"

#include "model/process.h"
#include "textlines.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool isPasswordOption(QStringView word)
{
    return word == u"--redis-password" || word == u"--redis_password";
}

// "--redis-password=VALUE" -> VALUE; nullopt for any other word.
std::optional<QStringView> inlineValue(QStringView word)
{
    const qsizetype eq = word.indexOf(u'=');
    if (eq < 0 || !isPasswordOption(word.left(eq)))
        return std::nullopt;
    return word.mid(eq + 1);
}

RedisPasswordUse useOf(QStringView value)
{
    if (value.isEmpty())
        return RedisPasswordUse::None;
    return value == kDefaultRedisPassword ? RedisPasswordUse::Default : RedisPasswordUse::Custom;
}

// Default outranks Custom: any use of the public default is the finding.
int rank(RedisPasswordUse use)
{
    switch (use) {
    case RedisPasswordUse::Default:
        return 2;
    case RedisPasswordUse::Custom:
        return 1;
    case RedisPasswordUse::None:
        break;
    }
    return 0;
}

RedisPasswordUse combine(RedisPasswordUse a, RedisPasswordUse b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace

RedisPasswordUse redisPasswordUse(QStringView commandLine)
{
    const QList<QStringView> words = splitFields(commandLine);
    RedisPasswordUse use = RedisPasswordUse::None;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (const auto value = inlineValue(words[i]))
            use = combine(use, useOf(*value));
        else if (isPasswordOption(words[i]) && i + 1 < words.size())
            use = combine(use, useOf(words[i + 1]));
    }
    return use;
}

RedisPasswordUse redisPasswordUse(const QMap<QString, QString> &environment)
{
    RedisPasswordUse use = RedisPasswordUse::None;
    for (const QString &name : {u"RAY_REDIS_PASSWORD"_s, u"REDIS_PASSWORD"_s}) {
        const auto it = environment.constFind(name);
        if (it != environment.constEnd())
            use = combine(use, useOf(*it));
    }
    return use;
}

QString redactRedisPasswords(QStringView commandLine)
{
    if (!commandLine.contains(u"--redis-password") && !commandLine.contains(u"--redis_password"))
        return commandLine.toString();
    const QList<QStringView> words = splitFields(commandLine);
    QStringList out;
    bool skipping = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words[i];
        if (skipping && !word.startsWith(u'-'))
            continue;
        skipping = false;
        if (const auto value = inlineValue(word);
            value && !value->isEmpty() && *value != kDefaultRedisPassword) {
            out.append(word.left(word.indexOf(u'=') + 1).toString() + kRedacted.toString());
            skipping = true;
        } else if (isPasswordOption(word) && i + 1 < words.size() &&
                   words[i + 1] != kDefaultRedisPassword) {
            out.append(word.toString());
            out.append(kRedacted.toString());
            ++i;
            skipping = true;
        } else {
            out.append(word.toString());
        }
    }
    return out.join(u' ');
}

} // namespace portolan
