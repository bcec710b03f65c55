// Tests for core/parse/commandset: the fixed command table the collector runs
// verbatim. The scripts must equal the ones capture.sh ran to make the
// fixtures, stay read-only and survive any login shell; run live here, their
// output must satisfy their parsers.

#include "parse/commandset.h"
#include "parse/environ.h"
#include "parse/ipaddr.h"
#include "parse/iproute.h"
#include "parse/osrelease.h"
#include "parse/ps.h"
#include "parse/raysession.h"
#include "parse/rayversion.h"
#include "parse/singleline.h"
#include "util/error.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestCommandSet : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndFindable();
    void expectedCommands_data();
    void expectedCommands();
    void scriptsMatchCaptureScript_data();
    void scriptsMatchCaptureScript();
    void commandsHaveNoSingleQuotesOrWrites();
    void commandLineQuoting_data();
    void commandLineQuoting();
    void descriptionsAreSet();
    void liveOutputParses_data();
    void liveOutputParses();
};

void TestCommandSet::idsAreUniqueAndFindable()
{
    QSet<QString> ids;
    for (const CommandSpec &command : commandSet()) {
        QVERIFY2(!ids.contains(command.id), qPrintable(command.id));
        ids.insert(command.id);
        QCOMPARE(findCommand(command.id), &command);
    }
    QCOMPARE(findCommand(u"rm"), nullptr);
    QCOMPARE(ids.size(), 19);
}

void TestCommandSet::expectedCommands_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("needsRoot");
    QTest::addColumn<int>("parser");

    QTest::newRow("hostname") << u"hostname"_s << u"uname -n"_s << false
                              << int(ParserKind::Hostname);
    QTest::newRow("uname") << u"uname"_s << u"uname -a"_s << false << int(ParserKind::Uname);
    QTest::newRow("ip-addr") << u"ip-addr"_s << u"ip -j -d addr show"_s << false
                             << int(ParserKind::IpAddr);
    QTest::newRow("ip-route") << u"ip-route"_s << u"ip -4 -j route show table all"_s << false
                              << int(ParserKind::IpRoute);
    QTest::newRow("ip6-route") << u"ip6-route"_s << u"ip -6 -j route show table all"_s << false
                               << int(ParserKind::IpRoute);
    QTest::newRow("ss") << u"ss"_s << u"ss -H -tulpn"_s << true << int(ParserKind::Ss);
    QTest::newRow("iptables-save")
        << u"iptables-save"_s << u"iptables-save"_s << true << int(ParserKind::IptablesSave);
    QTest::newRow("ip6tables-legacy-save")
        << u"ip6tables-legacy-save"_s << u"ip6tables-legacy-save"_s << true
        << int(ParserKind::IptablesSave);
    QTest::newRow("nft-json") << u"nft-json"_s << u"nft -j list ruleset"_s << true
                              << int(ParserKind::NftJson);
    QTest::newRow("nft-text") << u"nft-text"_s << u"nft list ruleset"_s << true
                              << int(ParserKind::NftText);
    QTest::newRow("ipset") << u"ipset"_s << u"ipset save"_s << true << int(ParserKind::IpsetSave);
    QTest::newRow("iptables-version") << u"iptables-version"_s << u"iptables --version"_s << false
                                      << int(ParserKind::IptablesVersion);
    QTest::newRow("os-release")
        << u"os-release"_s
        << u"sh -c 'cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release'"_s << false
        << int(ParserKind::OsRelease);
}

void TestCommandSet::expectedCommands()
{
    QFETCH(QString, id);
    QFETCH(QString, line);
    QFETCH(bool, needsRoot);
    QFETCH(int, parser);
    const CommandSpec *command = findCommand(id);
    QVERIFY(command);
    QCOMPARE(command->commandLine(), line);
    QCOMPARE(command->needsRoot, needsRoot);
    QCOMPARE(int(command->parser), parser);
    const bool legacy = id.contains(u"legacy");
    QCOMPARE(int(command->condition),
             int(legacy ? CommandCondition::LegacyTablesPresent : CommandCondition::Always));
}

void TestCommandSet::scriptsMatchCaptureScript_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("id");
    QTest::newRow("ps") << u"CMD_ps"_s << u"ps"_s;
    QTest::newRow("environ") << u"CMD_environ"_s << u"environ"_s;
    QTest::newRow("ray-version") << u"CMD_ray_version"_s << u"ray-version"_s;
    QTest::newRow("ray-session") << u"CMD_ray_session"_s << u"ray-session"_s;
}

void TestCommandSet::scriptsMatchCaptureScript()
{
    QFETCH(QString, variable);
    QFETCH(QString, id);
    QFile file(QStringLiteral(PORTOLAN_FIXTURES_DIR "/parse/capture.sh"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpression assignment(u"^"_s + variable + u"='([^']*)'$"_s,
                                        QRegularExpression::MultilineOption);
    const auto match = assignment.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(variable));
    const CommandSpec *command = findCommand(id);
    QVERIFY(command);
    QCOMPARE(command->argv.size(), 3);
    QCOMPARE(command->argv[0], u"sh"_s);
    QCOMPARE(command->argv[1], u"-c"_s);
    QCOMPARE(command->argv[2], match.captured(1));
}

void TestCommandSet::commandsHaveNoSingleQuotesOrWrites()
{
    static const QStringList forbidden = {u"rm "_s,     u"mv "_s,  u"kill"_s, u"-F"_s,
                                          u"--flush"_s, u" -D "_s, u" -I "_s, u"restore"_s,
                                          u"tee "_s,    u"$RAY"_s, u"sudo"_s};
    for (const CommandSpec &command : commandSet()) {
        for (const QString &argument : command.argv) {
            QVERIFY2(!argument.contains(u'\''), qPrintable(command.id));
            QString withoutAllowed = argument;
            withoutAllowed.remove(u"2>/dev/null"_s).remove(u" -> "_s).remove(u"<redacted>"_s);
            QVERIFY2(!withoutAllowed.contains(u'>'), qPrintable(command.id + u": writes a file"_s));
            for (const QString &word : forbidden)
                QVERIFY2(!argument.contains(word), qPrintable(command.id + u": "_s + word));
        }
    }
}

void TestCommandSet::commandLineQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"-tulpn"_s << u"-tulpn"_s;
    QTest::newRow("path") << u"/etc/os-release"_s << u"/etc/os-release"_s;
    QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
    QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
}

void TestCommandSet::commandLineQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(argument), quoted);
}

void TestCommandSet::descriptionsAreSet()
{
    for (const CommandSpec &command : commandSet()) {
        QVERIFY(command.description);
        QVERIFY(!command.translatedDescription().isEmpty());
    }
}

void TestCommandSet::liveOutputParses_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"hostname", "uname", "os-release", "ip-addr", "ip-route", "ip6-route",
                           "ps", "ray-version", "ray-session"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

// Read-only commands that need no root run on this machine; their real output
// must parse. Catches a script that breaks under dash or a parser that does not
// match the tool's real format.
void TestCommandSet::liveOutputParses()
{
    QFETCH(QString, id);
    const CommandSpec *command = findCommand(id);
    QVERIFY(command);
    if (QStandardPaths::findExecutable(command->argv[0]).isEmpty())
        QSKIP("program not installed here");
    QProcess process;
    process.start(command->argv[0], command->argv.mid(1));
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitCode() != 0 && command->parser == ParserKind::IpRoute)
        QSKIP("no IPv6 here");
    QCOMPARE(process.exitCode(), 0);
    try {
        switch (command->parser) {
        case ParserKind::Hostname:
        case ParserKind::Uname:
            QVERIFY(!parseSingleLine(output, id).isEmpty());
            break;
        case ParserKind::OsRelease:
            QVERIFY(!parseOsRelease(output).isEmpty());
            break;
        case ParserKind::IpAddr:
            QVERIFY(!parseIpAddr(output).isEmpty());
            break;
        case ParserKind::IpRoute:
            parseIpRoute(output, id == u"ip6-route" ? IpFamily::V6 : IpFamily::V4);
            break;
        case ParserKind::Ps: {
            const QList<Process> processes = parsePs(output);
            QVERIFY(!processes.isEmpty());
            bool sawSelf = false;
            for (const Process &p : processes)
                sawSelf = sawSelf || p.pid == QCoreApplication::applicationPid();
            QVERIFY(sawSelf);
            break;
        }
        case ParserKind::RayVersion:
            parseRayVersion(output);
            break;
        case ParserKind::RaySession:
            parseRaySession(output);
            break;
        default:
            QFAIL("no live check for this parser");
        }
    } catch (const Error &error) {
        QFAIL(qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestCommandSet)
#include "tst_commandset.moc"
