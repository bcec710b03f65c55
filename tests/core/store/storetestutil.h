#pragma once
// Helpers shared by the store tests: file hashes and byte surgery for the
// bad-file cases, and a field-by-field description of how two snapshots differ
// (QCOMPARE on a Snapshot can only say "not the same").

#include "model/snapshot.h"

#include <QByteArray>
#include <QString>
#include <QTest>

// QCOMPARE on a Snapshot says only "not the same": name the first difference first.
#define COMPARE_SNAPSHOT(actual, expected)                                                         \
    do {                                                                                           \
        const portolan::Snapshot actual_ = (actual);                                               \
        const QString difference_ = portolan::test::describeDifference(actual_, (expected));       \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                  \
        QCOMPARE(actual_, (expected));                                                             \
    } while (false)

namespace portolan::test {

// SHA-256 of the file's bytes; empty when it does not exist.
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// Overwrites `count` bytes at `offset` with `fill`; the file keeps its size.
void overwrite(const QString &path, qint64 offset, qint64 count, char fill);

// "" when equal, else the first difference: "nodes[0].evidence[1].output: ...".
QString describeDifference(const Snapshot &actual, const Snapshot &expected);

} // namespace portolan::test
