#include "ipset.h"

#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IpsetParser)
};

const QString kSource = u"ipset"_s;

} // namespace

QList<IpSet> parseIpsetSave(const QByteArray &output)
{
    const QStringList lines = splitLines(output, kSource);
    QList<IpSet> sets;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString &line = lines[i];
        const auto fields = splitFields(line);
        if (fields.isEmpty() || fields[0].startsWith(u'#'))
            continue;
        const QStringView command = fields[0];
        if (command == u"create" || command == u"-N") {
            if (fields.size() < 3) {
                throw ParseError(kSource, lineNumber, Tr::tr("create needs a set name and a type"));
            }
            // ipset 6+ types are "method:datatype"; the old -N spelling used "iphash".
            if (command == u"create" && !fields[2].contains(u':')) {
                throw ParseError(kSource, lineNumber,
                                 Tr::tr("bad set type %1").arg(quoted(fields[2])));
            }
            for (const IpSet &set : std::as_const(sets)) {
                if (set.name == fields[1])
                    throw ParseError(kSource, lineNumber,
                                     Tr::tr("set %1 created twice").arg(set.name));
            }
            IpSet set;
            set.name = fields[1].toString();
            set.type = fields[2].toString();
            set.options = textAfterFields(line, 3).trimmed().toString();
            sets.append(set);
        } else if (command == u"add" || command == u"-A") {
            if (fields.size() < 3)
                throw ParseError(kSource, lineNumber,
                                 Tr::tr("add needs a set name and an element"));
            IpSet *target = nullptr;
            for (IpSet &set : sets) {
                if (set.name == fields[1])
                    target = &set;
            }
            if (!target) {
                throw ParseError(kSource, lineNumber,
                                 Tr::tr("element for unknown set %1").arg(quoted(fields[1])));
            }
            target->members.append(textAfterFields(line, 2).trimmed().toString());
        } else {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("unexpected line %1").arg(quoted(line.trimmed())));
        }
    }
    return sets;
}

} // namespace portolan
