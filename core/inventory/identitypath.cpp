#include "identitypath.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

std::optional<QString> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<QString> resolveIdentityPath(const QString &path, const QString &baseDir,
                                           QString *error)
{
    if (path.isEmpty())
        return fail(error, Tr::tr("the identity file path is empty"));
    if (path.contains(QChar(0)))
        return fail(error, Tr::tr("the identity file path contains a NUL character"));

    QString absolute;
    if (path == u"~" || path.startsWith(u"~/")) {
        const QString home = qEnvironmentVariable("HOME");
        if (home.isEmpty())
            return fail(error, Tr::tr("cannot expand \"~\" in \"%1\": $HOME is not set").arg(path));
        absolute = home + path.mid(1);
    } else if (path.startsWith(u'~')) {
        return fail(error,
                    Tr::tr("\"%1\": only \"~/\" is expanded; write the full path").arg(path));
    } else if (QDir::isAbsolutePath(path)) {
        absolute = path;
    } else {
        absolute = QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).absoluteFilePath(path);
    }
    return QDir::cleanPath(absolute);
}

} // namespace portolan
