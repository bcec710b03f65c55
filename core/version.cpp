#include "version.h"

namespace portolan {
QString toolVersion()
{
    return QStringLiteral(PORTOLAN_VERSION);
}
} // namespace portolan
