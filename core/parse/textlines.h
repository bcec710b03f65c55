#pragma once
// Line and field splitting shared by the text parsers. Output is decoded as
// UTF-8 (invalid bytes become U+FFFD), lines end at '\n' with one trailing '\r'
// dropped, and a final newline does not make an empty last line. A NUL byte
// means the output is not text: splitLines throws ParseError naming that line.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace portolan {

QStringList splitLines(const QByteArray &output, const QString &source);

// Whitespace-separated fields (spaces and tabs), empty fields dropped.
QList<QStringView> splitFields(QStringView line);

// The text after the first `count` whitespace-separated fields, leading
// whitespace removed; empty when the line has no more than `count` fields.
QStringView textAfterFields(QStringView line, int count);

// A quoted preview of a field for error messages, shortened past 60 characters.
QString quoted(QStringView text);

} // namespace portolan
