#include <QTest>
class P : public QObject { Q_OBJECT };
QTEST_MAIN(P)
#include "tst_snapshotjson.moc"
