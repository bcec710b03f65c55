#include "databasefile.h"

#include "schema.h"
#include "sqlite.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr mode_t kPrivateMode = S_IRUSR | S_IWUSR;

QString walPath(const QString &path)
{
    return path + u"-wal"_s;
}

} // namespace

bool DatabaseFile::createPrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kPrivateMode);
    if (fd < 0) {
        if (errno == EEXIST)
            return false;
        throw Error(
            tr("%1: cannot create the database: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    // The umask may have cleared bits of 0600 (e.g. 0277 gives 0400).
    const bool ok = ::fchmod(fd, kPrivateMode) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        throw Error(tr("%1: cannot set the permissions of the database: %2")
                        .arg(QDir::toNativeSeparators(path),
                             QString::fromLocal8Bit(std::strerror(savedErrno))));
    }
    return true;
}

int DatabaseFile::inspect(const QString &path)
{
    // A -wal (or a rollback -journal) means a writer is active or crashed, and
    // the inspection must see its committed pages: that needs a normal
    // read-only open. Without one, an immutable open creates no files at all.
    const auto hasJournal = [&path] {
        return QFileInfo::exists(walPath(path)) || QFileInfo::exists(path + u"-journal"_s);
    };
    if (!hasJournal()) {
        try {
            SqliteDatabase db(path, SqliteDatabase::Access::Immutable);
            return schema::inspect(db);
        } catch (const Error &) {
            // A writer that started after the check may have confused the
            // lock-free immutable reader: judge the file again, normally.
            if (!hasJournal())
                throw;
        }
    }
    SqliteDatabase db(path, SqliteDatabase::Access::ReadOnly);
    return schema::inspect(db);
}

void DatabaseFile::restrictSidecars(const QString &path)
{
    for (const QString &sidecar : {walPath(path), path + u"-shm"_s}) {
        const QByteArray name = QFile::encodeName(sidecar);
        if (::chmod(name.constData(), kPrivateMode) != 0 && errno != ENOENT) {
            throw Error(tr("%1: cannot set the permissions: %2")
                            .arg(QDir::toNativeSeparators(sidecar),
                                 QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
}

} // namespace portolan
