#include "collect/interaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestInteraction : public QObject
{
    Q_OBJECT

private slots:
    void policyNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("policy");
        QTest::newRow("strict") << u"strict"_s << true << int(HostKeyPolicy::Strict);
        QTest::newRow("accept-new") << u"accept-new"_s << true << int(HostKeyPolicy::AcceptNew);
        QTest::newRow("ask") << u"ask"_s << true << int(HostKeyPolicy::Ask);
        QTest::newRow("yes") << u"yes"_s << false << 0;
        QTest::newRow("case") << u"Strict"_s << false << 0;
    }

    void policyNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, policy);
        const std::optional<HostKeyPolicy> parsed = hostKeyPolicyFromString(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(int(*parsed), policy);
            QCOMPARE(toString(*parsed), text);
        }
    }

    void secretWipesItsBytes()
    {
        Secret secret(QByteArray("hunter2"));
        QCOMPARE(secret.bytes(), QByteArray("hunter2"));
        const char *data = secret.bytes().constData();
        secret.wipe();
        QVERIFY(secret.bytes().isEmpty());
        Q_UNUSED(data);
    }

    void secretMovesWithoutCopies()
    {
        Secret a(QByteArray("s3cret"));
        Secret b(std::move(a));
        QVERIFY(a.bytes().isEmpty());
        QCOMPARE(b.bytes(), QByteArray("s3cret"));
        Secret c;
        c = std::move(b);
        QVERIFY(b.bytes().isEmpty());
        QCOMPARE(c.bytes(), QByteArray("s3cret"));
    }

    void nonInteractiveAnswersNothing()
    {
        NonInteractiveHandler handler;
        QVERIFY(!handler.passphrase(u"n"_s, u"/k"_s));
        QVERIFY(!handler.password(u"n"_s, u"Password:"_s, false));
        QVERIFY(!handler.acceptUnknownHostKey(u"n"_s, u"h:22"_s, u"SHA256:x"_s));
    }
};

QTEST_GUILESS_MAIN(TestInteraction)
#include "tst_interaction.moc"
