#pragma once
// Parser for the "ps" command (see commandset.cpp): first `ps -eo pid=,comm=`
// lines, then a line "@@args", then `ps -eo pid=,ppid=,user:32=,args=` lines.
// Contract: comm is everything after the pid (it may hold spaces and parens:
// "ray::IDLE", "(sd-pam)", "my worker (1)"); args is everything after the user;
// the two sections are joined by pid. Without "@@args", every line is read as
// an args line (comm stays empty). Redis passwords other than Ray's public
// default are redacted again here, whatever the node did.

#include "model/process.h"

#include <QByteArray>
#include <QList>

namespace portolan {

QList<Process> parsePs(const QByteArray &output);

} // namespace portolan
