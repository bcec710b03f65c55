#include "fieldreader.h"

#include "util/error.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

constexpr int kMaxTypoDistance = 2;

// Optimal string alignment distance: Levenshtein plus adjacent transpositions,
// so "hots" is one edit from "host".
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[std::size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const auto ui = std::size_t(i);
            const auto uj = std::size_t(j);
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            int best = std::min({d[ui - 1][uj] + 1, d[ui][uj - 1] + 1, d[ui - 1][uj - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, d[ui - 2][uj - 2] + 1);
            d[ui][uj] = best;
        }
    }
    return d[std::size_t(n)][std::size_t(m)];
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The value as the user wrote it, for "70000 is not a port" style messages.
QString shown(const DocValue &value)
{
    if (value.kind == DocValue::Kind::String)
        return quoted(value.text);
    if (value.isScalar() && !value.isNull())
        return value.text;
    return describeKind(value.kind);
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    });
}

} // namespace

FieldReader::FieldReader(QString file)
    : m_file(std::move(file))
{}

void FieldReader::fail(int line, const QString &field, const QString &cause) const
{
    QString message = m_file;
    if (line > 0)
        message += u':' + QString::number(line);
    message += u": "_s;
    if (!field.isEmpty())
        message += field + u": "_s;
    throw Error(message + cause);
}

void FieldReader::failAt(int line, int column, const QString &cause) const
{
    QString message = m_file;
    if (line > 0) {
        message += u':' + QString::number(line);
        if (column > 0)
            message += u':' + QString::number(column);
    }
    throw Error(message + u": "_s + cause);
}

void FieldReader::requireMap(const DocValue &value, const QString &field) const
{
    if (!value.isMap())
        fail(value.line, field,
             Tr::tr("must be a map of keys and values, not %1").arg(describeKind(value.kind)));
}

void FieldReader::requireList(const DocValue &value, const QString &field) const
{
    if (!value.isList())
        fail(value.line, field, Tr::tr("must be a list, not %1").arg(describeKind(value.kind)));
}

QString FieldReader::text(const DocValue &value, const QString &field) const
{
    const bool isText = value.kind == DocValue::Kind::String || (value.plain && !value.isNull());
    if (!isText)
        fail(value.line, field, Tr::tr("must be a string, not %1").arg(describeKind(value.kind)));
    if (value.text.trimmed().isEmpty())
        fail(value.line, field, Tr::tr("must not be empty"));
    if (hasControlCharacter(value.text))
        fail(value.line, field, Tr::tr("must not contain control characters or line breaks"));
    return value.text;
}

bool FieldReader::boolean(const DocValue &value, const QString &field) const
{
    if (value.kind != DocValue::Kind::Bool)
        fail(value.line, field, Tr::tr("%1 is not a boolean (true or false)").arg(shown(value)));
    return value.boolean;
}

int FieldReader::port(const DocValue &value, const QString &field) const
{
    if (value.kind != DocValue::Kind::Integer || value.integer < 1 || value.integer > 65535)
        fail(value.line, field, Tr::tr("%1 is not a port (1-65535)").arg(shown(value)));
    return int(value.integer);
}

void FieldReader::checkUniqueKeys(const DocValue &map, const QString &where) const
{
    QHash<QString, int> firstLine;
    for (const DocValue &member : map.children) {
        const auto seen = firstLine.constFind(member.key);
        if (seen == firstLine.cend()) {
            firstLine.insert(member.key, member.keyLine);
            continue;
        }
        const QString cause =
            where.isEmpty()
                ? Tr::tr("duplicate key \"%1\" (first at line %2)").arg(member.key).arg(*seen)
                : Tr::tr("duplicate key \"%1\" in %2 (first at line %3)")
                      .arg(member.key, where)
                      .arg(*seen);
        fail(member.keyLine, {}, cause);
    }
}

void FieldReader::checkKeys(const DocValue &map, const QStringList &known,
                            const QString &where) const
{
    checkUniqueKeys(map, where);
    for (const DocValue &member : map.children) {
        if (known.contains(member.key))
            continue;
        const QString suggestion = closestKey(member.key, known);
        const QString place =
            where.isEmpty() ? Tr::tr("at the top level") : Tr::tr("in %1").arg(where);
        const QString hint = suggestion.isEmpty()
                                 ? Tr::tr("expected one of: %1").arg(known.join(u", "_s))
                                 : Tr::tr("did you mean \"%1\"?").arg(suggestion);
        fail(member.keyLine, {}, Tr::tr("unknown key \"%1\" %2 (%3)").arg(member.key, place, hint));
    }
}

QString closestKey(const QString &key, const QStringList &candidates)
{
    QString best;
    int bestDistance = kMaxTypoDistance + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(key, candidate);
        // A short key is only a typo of a candidate it shares most letters with.
        if (distance < bestDistance && distance < std::min(key.size(), candidate.size())) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace portolan
