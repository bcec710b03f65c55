#include "storetestutil.h"

#include <QCryptographicHash>
#include <QFile>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace portolan::test {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

void overwrite(const QString &path, qint64 offset, qint64 count, char fill)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) ||
        file.write(QByteArray(count, fill)) != count)
        throw std::runtime_error("cannot patch test file");
}

namespace {

// Remembers the first difference only: later ones are usually consequences.
struct Differ
{
    QString first;
    bool done() const { return !first.isEmpty(); }
};

QString show(const QString &s)
{
    return s.isNull() ? u"null"_s : u"\"%1\""_s.arg(s);
}
QString show(qint64 v)
{
    return QString::number(v);
}
QString show(int v)
{
    return QString::number(v);
}
QString show(bool v)
{
    return v ? u"true"_s : u"false"_s;
}
QString show(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) + u" (offset %1s)"_s.arg(t.offsetFromUtc())
                       : u"invalid"_s;
}
QString show(const IpAddress &a)
{
    return a.isValid() ? a.toString() : u"invalid"_s;
}
QString show(const Prefix &p)
{
    return p.isValid() ? p.toString() : u"invalid"_s;
}
template<typename E>
requires std::is_enum_v<E> QString show(E e)
{
    return toString(e);
}
template<typename V> QString show(const QMap<QString, V> &map)
{
    QStringList items;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        items.append(it.key() + u'=' + show(it.value()));
    return u'{' + items.join(u", "_s) + u'}';
}

// Leaves: compared with ==, shown with show().
template<typename T> void diff(Differ &d, const QString &path, const T &actual, const T &expected)
{
    if (!d.done() && !(actual == expected))
        d.first = u"%1: got %2, expected %3"_s.arg(path, show(actual), show(expected));
}

void diff(Differ &d, const QString &path, const QByteArray &actual, const QByteArray &expected)
{
    if (d.done() || actual == expected)
        return;
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    d.first = u"%1: %2 bytes, expected %3 bytes; first difference at offset %4"_s.arg(path)
                  .arg(actual.size())
                  .arg(expected.size())
                  .arg(at);
}

template<typename T>
void diff(Differ &d, const QString &path, const QList<T> &actual, const QList<T> &expected)
{
    for (qsizetype i = 0; i < actual.size() && i < expected.size() && !d.done(); ++i)
        diff(d, u"%1[%2]"_s.arg(path).arg(i), actual.at(i), expected.at(i));
    if (!d.done() && actual.size() != expected.size()) {
        d.first =
            u"%1: %2 elements, expected %3"_s.arg(path).arg(actual.size()).arg(expected.size());
    }
}

#define FIELD(f) diff(d, path + QStringLiteral("." #f), actual.f, expected.f)

void diff(Differ &d, const QString &path, const InterfaceAddress &actual,
          const InterfaceAddress &expected)
{
    FIELD(address);
    FIELD(prefixLength);
    FIELD(scope);
    FIELD(label);
}

void diff(Differ &d, const QString &path, const Interface &actual, const Interface &expected)
{
    FIELD(name);
    FIELD(index);
    FIELD(macAddress);
    FIELD(mtu);
    FIELD(operState);
    FIELD(flags);
    FIELD(addresses);
}

void diff(Differ &d, const QString &path, const Route &actual, const Route &expected)
{
    FIELD(family);
    FIELD(type);
    FIELD(destination);
    FIELD(gateway);
    FIELD(device);
    FIELD(protocol);
    FIELD(scope);
    FIELD(metric);
    FIELD(table);
    FIELD(preferredSource);
}

void diff(Differ &d, const QString &path, const SocketOwner &actual, const SocketOwner &expected)
{
    FIELD(pid);
    FIELD(processName);
    FIELD(fd);
}

void diff(Differ &d, const QString &path, const ListeningSocket &actual,
          const ListeningSocket &expected)
{
    FIELD(protocol);
    FIELD(address);
    FIELD(dualStack);
    FIELD(scopeInterface);
    FIELD(port);
    FIELD(owners);
}

void diff(Differ &d, const QString &path, const Process &actual, const Process &expected)
{
    FIELD(pid);
    FIELD(ppid);
    FIELD(user);
    FIELD(comm);
    FIELD(command);
    FIELD(environment);
}

void diff(Differ &d, const QString &path, const RawRuleset &actual, const RawRuleset &expected)
{
    FIELD(source);
    FIELD(text);
}

void diff(Differ &d, const QString &path, const IptablesMatch &actual,
          const IptablesMatch &expected)
{
    FIELD(module);
    FIELD(option);
    FIELD(arguments);
    FIELD(negated);
}

void diff(Differ &d, const QString &path, const IptablesRule &actual, const IptablesRule &expected)
{
    FIELD(chain);
    FIELD(line);
    FIELD(matches);
    FIELD(target);
    FIELD(isGoto);
    FIELD(targetOptions);
    FIELD(text);
}

void diff(Differ &d, const QString &path, const IptablesChain &actual,
          const IptablesChain &expected)
{
    FIELD(name);
    FIELD(policy);
}

void diff(Differ &d, const QString &path, const IptablesTable &actual,
          const IptablesTable &expected)
{
    FIELD(name);
    FIELD(chains);
    FIELD(rules);
}

void diff(Differ &d, const QString &path, const IptablesRuleset &actual,
          const IptablesRuleset &expected)
{
    FIELD(family);
    FIELD(source);
    FIELD(variant);
    FIELD(tables);
}

void diff(Differ &d, const QString &path, const NftTable &actual, const NftTable &expected)
{
    FIELD(family);
    FIELD(name);
    FIELD(handle);
    FIELD(managedByIptablesNft);
}

void diff(Differ &d, const QString &path, const NftChain &actual, const NftChain &expected)
{
    FIELD(family);
    FIELD(table);
    FIELD(name);
    FIELD(handle);
    FIELD(type);
    FIELD(hook);
    FIELD(priority);
    FIELD(policy);
    FIELD(device);
    FIELD(managedByIptablesNft);
}

void diff(Differ &d, const QString &path, const NftSet &actual, const NftSet &expected)
{
    FIELD(family);
    FIELD(table);
    FIELD(name);
    FIELD(handle);
    FIELD(type);
    FIELD(flags);
    FIELD(elementsJson);
    FIELD(mapType);
}

void diff(Differ &d, const QString &path, const NftRule &actual, const NftRule &expected)
{
    FIELD(family);
    FIELD(table);
    FIELD(chain);
    FIELD(handle);
    FIELD(exprJson);
    FIELD(comment);
    FIELD(text);
}

void diff(Differ &d, const QString &path, const NftRuleset &actual, const NftRuleset &expected)
{
    FIELD(tables);
    FIELD(chains);
    FIELD(sets);
    FIELD(rules);
}

void diff(Differ &d, const QString &path, const IpSet &actual, const IpSet &expected)
{
    FIELD(name);
    FIELD(type);
    FIELD(options);
    FIELD(members);
}

void diff(Differ &d, const QString &path, const Firewall &actual, const Firewall &expected)
{
    FIELD(backend);
    FIELD(iptablesVersion);
    FIELD(manager);
    FIELD(raw);
    FIELD(iptables);
    FIELD(nftables);
    FIELD(ipsets);
    FIELD(errors);
}

void diff(Differ &d, const QString &path, const RayFacts &actual, const RayFacts &expected)
{
    FIELD(version);
    FIELD(detectedRole);
    FIELD(sessionName);
    FIELD(sessionPorts);
}

void diff(Differ &d, const QString &path, const CommandEvidence &actual,
          const CommandEvidence &expected)
{
    FIELD(id);
    FIELD(command);
    FIELD(exitCode);
    FIELD(output);
    FIELD(errorOutput);
    FIELD(durationMs);
    FIELD(truncated);
    FIELD(timedOut);
}

void diff(Differ &d, const QString &path, const Node &actual, const Node &expected)
{
    FIELD(name);
    FIELD(sshTarget);
    FIELD(role);
    FIELD(status);
    FIELD(error);
    FIELD(warnings);
    FIELD(collectedUtc);
    FIELD(hostname);
    FIELD(kernel);
    FIELD(os);
    FIELD(interfaces);
    FIELD(routes);
    FIELD(sockets);
    FIELD(processes);
    FIELD(firewall);
    FIELD(ray);
    FIELD(evidence);
}

#undef FIELD

} // namespace

QString describeDifference(const Snapshot &actual, const Snapshot &expected)
{
    Differ d;
    const QString path = u"snapshot"_s;
    diff(d, path + u".id"_s, actual.id, expected.id);
    diff(d, path + u".label"_s, actual.label, expected.label);
    diff(d, path + u".createdUtc"_s, actual.createdUtc, expected.createdUtc);
    diff(d, path + u".toolVersion"_s, actual.toolVersion, expected.toolVersion);
    diff(d, path + u".inventoryName"_s, actual.inventoryName, expected.inventoryName);
    diff(d, path + u".nodes"_s, actual.nodes, expected.nodes);
    if (!d.done() && !(actual == expected))
        d.first = u"snapshots differ, but describeDifference() does not know where"_s;
    return d.first;
}

} // namespace portolan::test
