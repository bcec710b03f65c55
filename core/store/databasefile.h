#pragma once
// File-level steps of opening a store, before and after SQLite writes to it:
// create a new file private to the user, inspect an existing one without
// changing a byte, and keep the -wal/-shm of a new file private too.

#include <QCoreApplication>
#include <QString>

namespace portolan {

class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(portolan::DatabaseFile)
public:
    // Creates an empty file with mode 0600 whatever the umask (O_CREAT|O_EXCL).
    // Returns false when it already existed. Throws Error when it cannot.
    static bool createPrivate(const QString &path);

    // Opens read-only, checks it (see schema::inspect) and closes again; returns
    // the schema version. Without a -wal or -journal the file is opened
    // immutable, so not even an empty -wal/-shm is left behind when it is refused.
    static int inspect(const QString &path);

    // chmod 0600 on the -wal and -shm files, if they exist.
    static void restrictSidecars(const QString &path);
};

} // namespace portolan
