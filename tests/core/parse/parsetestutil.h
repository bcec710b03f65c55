#pragma once
// Shared helpers of the parser tests: fixture files and expected ParseErrors.

#include "parse/parseerror.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace portolan::test {

// tests/fixtures/parse/<relativePath>; a missing fixture fails the running test.
QByteArray readFixture(const QString &relativePath);

// Runs `parse` and returns the ParseError it threw, nullopt when it threw none.
// Any other exception propagates, so QtTest reports it.
std::optional<ParseError> parseErrorOf(const std::function<void()> &parse);

} // namespace portolan::test
