#pragma once
// Console and file I/O of portolan-cli. Console text is written as UTF-8 and
// flushed at once, so stdout and stderr interleave in order. File helpers
// throw portolan::Error naming the file and the cause.

#include <QByteArray>
#include <QString>

namespace portolan::cli {

void printOut(const QString &text); // stdout; adds a newline unless text ends with one
void printErr(const QString &text); // stderr; likewise

QByteArray readWholeFile(const QString &path);
// Writes through QSaveFile: on any error the target keeps its old content (or
// does not appear) and no partial file is left behind.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace portolan::cli
