#include "resources.h"

namespace portolan {
QString applicationIconPath()
{
    return QStringLiteral(":/icons/portolan.svg");
}
} // namespace portolan
