#pragma once
// Typed, located reads from a DocValue tree. Every failure throws a
// portolan::Error shaped "FILE:LINE: FIELD: cause" (syntax errors add the
// column), so each inventory error reads the same whatever the format.
// Pitfall: pass field paths as the user would write them ("nodes[2].port").

#include "document.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace portolan {

class FieldReader
{
public:
    explicit FieldReader(QString file);
    const QString &file() const { return m_file; }

    // "FILE:LINE: FIELD: cause"; an empty field or a line of 0 is left out.
    [[noreturn]] void fail(int line, const QString &field, const QString &cause) const;
    // "FILE:LINE:COLUMN: cause", for syntax errors.
    [[noreturn]] void failAt(int line, int column, const QString &cause) const;

    void requireMap(const DocValue &value, const QString &field) const;
    void requireList(const DocValue &value, const QString &field) const;
    // A non-empty string without control characters. YAML plain scalars count as
    // text whatever they look like; JSON numbers and booleans do not.
    QString text(const DocValue &value, const QString &field) const;
    bool boolean(const DocValue &value, const QString &field) const;
    int port(const DocValue &value, const QString &field) const;

    // Rejects a key given twice. `where` names the map in messages ("nodes[0]";
    // empty: the top level).
    void checkUniqueKeys(const DocValue &map, const QString &where) const;
    // checkUniqueKeys(), and rejects keys not in `known` with a "did you mean" hint.
    void checkKeys(const DocValue &map, const QStringList &known, const QString &where) const;

private:
    QString m_file;
};

// The entry of `candidates` closest to `key` by edit distance, when it is close
// enough to be a likely typo; otherwise empty.
QString closestKey(const QString &key, const QStringList &candidates);

} // namespace portolan
