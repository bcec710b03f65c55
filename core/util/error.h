#pragma once
// The one exception type of core/: its message is already translated and names
// the cause ("prod.db: not a Portolan database (no snapshots table)"), so a
// front end prints it as it is.

#include <QByteArray>
#include <QString>

#include <exception>

namespace portolan {

class Error : public std::exception
{
public:
    explicit Error(QString message);
    const QString &message() const { return m_message; }
    const char *what() const noexcept override;

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace portolan
