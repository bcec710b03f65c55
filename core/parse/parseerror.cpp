#include "parseerror.h"

#include <QCoreApplication>

#include <utility>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::ParseError)
};

QString composeMessage(const QString &source, int line, const QString &cause)
{
    if (line > 0)
        return Tr::tr("%1: line %2: %3").arg(source).arg(line).arg(cause);
    return Tr::tr("%1: %2").arg(source, cause);
}

} // namespace

ParseError::ParseError(QString source, int line, QString cause)
    : Error(composeMessage(source, line, cause))
    , m_source(std::move(source))
    , m_line(line)
    , m_cause(std::move(cause))
{}

} // namespace portolan
