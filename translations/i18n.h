#pragma once
// Installs Qt's own and Portolan's translators for the current locale on `app`.
// Call once, right after the application object exists and before any tr().

class QCoreApplication;

namespace portolan {
void installTranslations(QCoreApplication &app);
}
