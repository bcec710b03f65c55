#include "parsetestutil.h"

#include <QFile>
#include <QTest>

namespace portolan::test {

QByteArray readFixture(const QString &relativePath)
{
    const QString path = QStringLiteral(PORTOLAN_FIXTURES_DIR "/parse/") + relativePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read fixture %1").arg(path)), __FILE__,
                     __LINE__);
        return {};
    }
    return file.readAll();
}

std::optional<ParseError> parseErrorOf(const std::function<void()> &parse)
{
    try {
        parse();
    } catch (const ParseError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace portolan::test
