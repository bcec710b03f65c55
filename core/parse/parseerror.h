#pragma once
// ParseError: a parser rejected command output. The message is translated and
// names the command and, for line-based output, the 1-based line ("ss: line 3:
// bad local address '1.2.3'"); line() is 0 when no single line is to blame.

#include "util/error.h"

#include <QString>

namespace portolan {

class ParseError : public Error
{
public:
    ParseError(QString source, int line, QString cause);

    const QString &source() const { return m_source; }
    int line() const { return m_line; }
    const QString &cause() const { return m_cause; }

private:
    QString m_source;
    int m_line = 0;
    QString m_cause;
};

} // namespace portolan
