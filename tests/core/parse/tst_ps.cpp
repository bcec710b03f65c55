// Tests for core/parse/ps: the "ps" command's two sections from a PID
// namespace with Ray stand-ins (gcs_server, raylet, dashboard, setproctitle
// titles "ray::IDLE", "(sd-pam)", a binary named "my worker (1)", a nobody
// process), redaction of Redis passwords, and malformed lines.

#include "parse/ps.h"
#include "parse/redispassword.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestPs : public QObject
{
    Q_OBJECT

private slots:
    void fixture();
    void processes_data();
    void processes();
    void noSecretsSurvive();
    void lines_data();
    void lines();
    void rejects_data();
    void rejects();

private:
    static const Process *find(const QList<Process> &processes, qint64 pid);
};

const Process *TestPs::find(const QList<Process> &processes, qint64 pid)
{
    for (const Process &process : processes) {
        if (process.pid == pid)
            return &process;
    }
    return nullptr;
}

void TestPs::fixture()
{
    const QList<Process> processes = parsePs(readFixture(u"ps/ps-ray-node.txt"_s));
    QCOMPARE(processes.size(), 12);
    QCOMPARE(processes[0].pid, 1);
    QCOMPARE(processes[0].ppid, 0);
    QCOMPARE(processes[0].comm, u"bash"_s);
}

void TestPs::processes_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("comm");
    QTest::addColumn<QString>("commandStart");
    QTest::addColumn<int>("redis");

    const QString pkg = u"/opt/ray-venv/lib/python3.10/site-packages/ray"_s;
    QTest::newRow("gcs") << qint64(15) << u"root"_s << u"gcs_server"_s
                         << pkg + u"/core/src/ray/gcs/gcs_server --log_dir="_s
                         << int(RedisPasswordUse::Custom);
    QTest::newRow("raylet") << qint64(16) << u"root"_s << u"raylet"_s
                            << pkg + u"/core/src/ray/raylet/raylet --raylet_socket_name="_s
                            << int(RedisPasswordUse::Default);
    QTest::newRow("dashboard") << qint64(17) << u"root"_s << u"python3"_s
                               << u"/opt/ray-venv/bin/python3 -u "_s + pkg +
                                      u"/dashboard/dashboard.py --host=0.0.0.0 --port=8265"_s
                               << int(RedisPasswordUse::Custom);
    QTest::newRow("worker title") << qint64(18) << u"root"_s << u"ray::IDLE"_s << u"ray::IDLE"_s
                                  << int(RedisPasswordUse::None);
    QTest::newRow("long title") << qint64(19) << u"root"_s << u"ray::MyActor.me"_s
                                << u"ray::MyActor.method"_s << int(RedisPasswordUse::None);
    QTest::newRow("parens") << qint64(20) << u"root"_s << u"(sd-pam)"_s << u"(sd-pam)"_s
                            << int(RedisPasswordUse::None);
    QTest::newRow("spaces") << qint64(21) << u"root"_s << u"my worker (1)"_s
                            << u"/opt/ray-venv/bin/my worker (1) --flag two words"_s
                            << int(RedisPasswordUse::None);
    QTest::newRow("nobody") << qint64(22) << u"nobody"_s << u"nobody job"_s
                            << u"/opt/bin/standin --x"_s << int(RedisPasswordUse::None);
}

void TestPs::processes()
{
    QFETCH(qint64, pid);
    QFETCH(QString, user);
    QFETCH(QString, comm);
    QFETCH(QString, commandStart);
    QFETCH(int, redis);
    const QList<Process> processes = parsePs(readFixture(u"ps/ps-ray-node.txt"_s));
    const Process *process = find(processes, pid);
    QVERIFY(process);
    QCOMPARE(process->ppid, 1);
    QCOMPARE(process->user, user);
    QCOMPARE(process->comm, comm);
    QVERIFY2(process->command.startsWith(commandStart), qPrintable(process->command));
    QCOMPARE(int(redisPasswordUse(process->command)), redis);
}

void TestPs::noSecretsSurvive()
{
    const QList<Process> processes = parsePs(readFixture(u"ps/ps-ray-node.txt"_s));
    for (const Process &process : processes) {
        QVERIFY2(!process.command.contains(u"fake"_s), qPrintable(process.command));
        QVERIFY2(!process.command.contains(u"space pass"_s), qPrintable(process.command));
    }
    QVERIFY(find(processes, 15)->command.endsWith(u"--redis_password=<redacted>"_s));
    QVERIFY(find(processes, 16)->command.endsWith(u"--head --redis_password=5241590000000000"_s));
    QVERIFY(find(processes, 17)->command.endsWith(u"--redis-password <redacted>"_s));
}

void TestPs::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // pid/ppid/user/comm/command per process, ';'-joined
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("without comm section")
        << QByteArray("    1     0 root     /sbin/init splash\n  42     1 ray  ray::IDLE\n")
        << u"1/0/root///sbin/init splash;42/1/ray//ray::IDLE"_s;
    QTest::newRow("comm missing for a pid")
        << QByteArray("  7 sleep\n@@args\n  7 1 root sleep 9\n  8 1 root sleep 10\n")
        << u"7/1/root/sleep/sleep 9;8/1/root//sleep 10"_s;
    QTest::newRow("kernel thread and uid")
        << QByteArray("  2 kthreadd\n@@args\n  2 0 root [kthreadd]\n  9 2 1000123 \n")
        << u"2/0/root/kthreadd/[kthreadd];9/2/1000123//"_s;
    QTest::newRow("redacted here too")
        << QByteArray("@@args\n 5 1 ray ray start --redis-password=hunter2 words --head\n")
        << u"5/1/ray//ray start --redis-password=<redacted> --head"_s;
}

void TestPs::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QStringList actual;
    for (const Process &p : parsePs(input))
        actual.append(u"%1/%2/%3/%4/%5"_s.arg(p.pid).arg(p.ppid).arg(p.user, p.comm, p.command));
    QCOMPARE(actual.join(u';'), expected);
}

void TestPs::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("fixture: bad pid")
        << readFixture(u"ps/bad-pid.txt"_s) << 4 << u"pid is not a number: 'x2y'"_s;
    QTest::newRow("bad comm pid") << QByteArray("abc bash\n@@args\n") << 1 << u"pid"_s;
    QTest::newRow("bad ppid") << QByteArray("@@args\n 1 -3 root init\n") << 2
                              << u"ppid is not a number"_s;
    QTest::newRow("too few fields")
        << QByteArray("@@args\n 1 0\n") << 2 << u"expected pid, ppid, user"_s;
    QTest::newRow("binary") << QByteArray("1 a\0b\n", 6) << 1 << u"NUL"_s;
}

void TestPs::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parsePs(input); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"ps"_s);
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestPs)
#include "tst_ps.moc"
