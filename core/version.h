#pragma once
// The tool version recorded in every snapshot ("0.1.0").

#include <QString>

namespace portolan {
QString toolVersion();
}
