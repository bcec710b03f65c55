#include "collect/evidenceclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestEvidenceClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stderr");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message"); // empty: no problem reported

        QTest::newRow("ok") << u"ss"_s << 0 << QByteArray() << false << false
                            << int(FailureKind::None) << QString();
        QTest::newRow("sudo password")
            << u"iptables-save"_s << 1 << QByteArray("sudo: a password is required\n") << false
            << false << int(FailureKind::PermissionDenied)
            << u"iptables-save: permission denied (sudo: a password is required)"_s;
        QTest::newRow("not root")
            << u"nft-json"_s << 1
            << QByteArray("Operation not permitted (you must be root)\nnetlink: Error\n") << false
            << false << int(FailureKind::PermissionDenied)
            << u"nft-json: permission denied (Operation not permitted (you must be root))"_s;
        QTest::newRow("not in sudoers")
            << u"ss"_s << 1 << QByteArray("plab is not in the sudoers file.\n") << false << false
            << int(FailureKind::PermissionDenied) << u"ss: permission denied"_s;
        QTest::newRow("optional tool absent")
            << u"nft-json"_s << 127 << QByteArray("sh: 1: nft: not found\n") << false << false
            << int(FailureKind::NotInstalled) << QString();
        QTest::newRow("required tool absent")
            << u"ss"_s << 127 << QByteArray("sh: 1: ss: not found\n") << false << false
            << int(FailureKind::NotInstalled) << u"ss: command not found"_s;
        QTest::newRow("timeout") << u"ps"_s << -1 << QByteArray() << false << true
                                 << int(FailureKind::TimedOut) << u"ps: timed out"_s;
        QTest::newRow("truncated")
            << u"iptables-save"_s << -1 << QByteArray() << true << false
            << int(FailureKind::Truncated) << u"iptables-save: output truncated"_s;
        QTest::newRow("other failure")
            << u"ip-addr"_s << 2 << QByteArray("Error: something odd\n") << false << false
            << int(FailureKind::Failed) << u"ip-addr: failed with exit code 2 (Error: something"_s;
    }

    void classify()
    {
        QFETCH(QString, id);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stderr);
        QFETCH(bool, truncated);
        QFETCH(bool, timedOut);
        QFETCH(int, kind);
        QFETCH(QString, message);

        CommandEvidence ev;
        ev.id = id;
        ev.exitCode = exitCode;
        ev.errorOutput = stderr;
        ev.truncated = truncated;
        ev.timedOut = timedOut;
        QCOMPARE(int(failureKind(ev)), kind);
        const std::optional<QString> problem = classifyFailure(ev);
        if (message.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        } else {
            QVERIFY(problem);
            QVERIFY2(problem->startsWith(message), qPrintable(*problem));
        }
    }

    void legacyTables_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("stdoutText");
        QTest::addColumn<QByteArray>("stderrText");
        QTest::addColumn<bool>("present");

        const QByteArray warning =
            "# Warning: iptables-legacy tables present, use iptables-legacy-save to see them\n";
        QTest::newRow("stderr warning") << u"iptables-save"_s << QByteArray() << warning << true;
        QTest::newRow("v6 stdout warning")
            << u"ip6tables-save"_s << warning << QByteArray() << true;
        QTest::newRow("no warning")
            << u"iptables-save"_s << QByteArray("*filter\nCOMMIT\n") << QByteArray() << false;
        QTest::newRow("other command") << u"nft-text"_s << warning << QByteArray() << false;
    }

    void legacyTables()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, stdoutText);
        QFETCH(QByteArray, stderrText);
        QFETCH(bool, present);
        CommandEvidence ev;
        ev.id = id;
        ev.exitCode = 0;
        ev.output = stdoutText;
        ev.errorOutput = stderrText;
        QCOMPARE(legacyTablesPresent({ev}), present);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceClassifier)
#include "tst_evidenceclassifier.moc"
