#include "nfttext.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {

NftTextFacts parseNftText(const QByteArray &text)
{
    static const QRegularExpression warning(
        u"^# Warning: table (\\S+) (\\S+) is managed by iptables-nft"_s);
    static const QRegularExpression table(u"^table (\\S+) (\\S+) \\{"_s);
    static const QRegularExpression chain(u"^chain (\\S+) \\{"_s);
    static const QRegularExpression device(
        u"\\bdevices? = \\{ ([^}]*) \\}|\\bdevice \"?([^\" ]+)\"?"_s);

    NftTextFacts facts;
    QString family;
    QString tableName;
    QString chainName;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (const auto m = warning.match(line); m.hasMatch()) {
            facts.iptablesNftTables.append({m.captured(1), m.captured(2)});
        } else if (const auto t = table.match(line); t.hasMatch()) {
            family = t.captured(1);
            tableName = t.captured(2);
            chainName.clear();
        } else if (const auto c = chain.match(line); c.hasMatch()) {
            chainName = c.captured(1);
        } else if (line.startsWith(u"type ") && !chainName.isEmpty()) {
            if (const auto d = device.match(line); d.hasMatch()) {
                QString devices = d.hasCaptured(1) ? d.captured(1) : d.captured(2);
                devices.remove(u'"').remove(u' ');
                facts.chainDevices.append({family, tableName, chainName, devices});
            }
        }
    }
    return facts;
}

} // namespace portolan
