#include "labfixture.h"

#include "collect/nodebuilder.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace portolan::test {
namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

} // namespace

Node labEvidence(const QString &name)
{
    const QDir dir(QStringLiteral(PORTOLAN_FIXTURES_DIR "/collect/lab-basic/") + name);
    Node node;
    node.name = name;
    node.sshTarget = QStringLiteral("plab@%1:22").arg(name);
    const QStringList metas = dir.entryList({QStringLiteral("*.meta")}, QDir::Files, QDir::Name);
    for (const QString &meta : metas) {
        const QString id = meta.chopped(5);
        CommandEvidence ev;
        ev.id = id;
        for (const QByteArray &line : readFile(dir.filePath(meta)).split('\n')) {
            if (line.startsWith("exit "))
                ev.exitCode = line.mid(5).toInt();
            else if (line.startsWith("command "))
                ev.command = QString::fromUtf8(line.mid(8));
        }
        ev.output = readFile(dir.filePath(id + QStringLiteral(".stdout")));
        ev.errorOutput = readFile(dir.filePath(id + QStringLiteral(".stderr")));
        node.evidence << ev;
    }
    return node;
}

Node labNode(const QString &name)
{
    Node node = labEvidence(name);
    node.role = name == u"head" ? NodeRole::Head : NodeRole::Worker;
    buildNode(node);
    node.status = node.warnings.isEmpty() ? CollectionStatus::Ok : CollectionStatus::Partial;
    return node;
}

Snapshot labSnapshot()
{
    Snapshot s;
    s.id = 1;
    s.label = QStringLiteral("lab-basic");
    s.inventoryName = QStringLiteral("lab-basic");
    s.createdUtc = QDateTime(QDate(2026, 12, 3), QTime(17, 8, 9), QTimeZone::utc());
    s.toolVersion = QStringLiteral("0.1.0");
    for (const QString &name : kLabNodes)
        s.nodes << labNode(name);
    return s;
}

} // namespace portolan::test
