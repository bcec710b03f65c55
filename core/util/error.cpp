#include "error.h"

#include <utility>

namespace portolan {

Error::Error(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{}

const char *Error::what() const noexcept
{
    return m_utf8.constData();
}

} // namespace portolan
