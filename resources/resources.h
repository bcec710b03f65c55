#pragma once
// Paths of the application's embedded resources.

#include <QString>

namespace portolan {
QString applicationIconPath(); // ":/icons/portolan.svg"
}
