#pragma once
// RAY_* environment variables of processes, with secrets redacted.
// parseEnviron reads one raw /proc/PID/environ (NUL-separated); parseEnvironDump
// reads the output of the "environ" command ("@@pid N" lines, each followed by
// that process's NAME=VALUE lines, already filtered and redacted on the node).
// Contract: only names starting with RAY_ are kept; a name holding TOKEN,
// PASSWORD, PASSWD, SECRET, KEY or CREDENTIAL (any case) gets kRedacted as its
// value, except a PASSWORD whose value is Ray's public default Redis password.
// Pitfall: the dump is line-based, so a value's continuation lines are lost.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringView>

namespace portolan {

using Environment = QMap<QString, QString>;

bool isSecretVariableName(QStringView name);
// The value as the model may keep it: kRedacted for secrets.
QString redactedValue(QStringView name, QStringView value);

Environment parseEnviron(const QByteArray &environ);
QMap<qint64, Environment> parseEnvironDump(const QByteArray &output);

} // namespace portolan
