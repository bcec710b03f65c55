#include "rayversioncompare.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <limits>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr qint64 kNone = std::numeric_limits<qint64>::min();
constexpr qint64 kInfinity = std::numeric_limits<qint64>::max();

// The PEP 440 sort key: a dev-only release sorts before its pre-releases,
// which sort before the final release, which sorts before its post-releases.
struct VersionKey
{
    qint64 epoch = 0;
    QList<qint64> release;       // trailing zeros dropped: 2.9.0 == 2.9
    qint64 prePhase = kInfinity; // -1 dev-only, 0 a, 1 b, 2 rc, kInfinity final
    qint64 preNumber = 0;
    qint64 post = kNone;
    qint64 dev = kInfinity;
};

const QRegularExpression &versionPattern()
{
    // PEP 440 appendix B: public version, optional local label (ignored).
    static const QRegularExpression pattern(
        uR"(^v?(?:(?<epoch>\d+)!)?(?<release>\d+(?:\.\d+)*))"
        uR"((?<pre>[-_.]?(?<prel>alpha|a|beta|b|c|rc|preview|pre)[-_.]?(?<pren>\d*))?)"
        uR"((?<post>-(?<postn1>\d+)|[-_.]?(?:post|rev|r)[-_.]?(?<postn2>\d*))?)"
        uR"((?<dev>[-_.]?dev[-_.]?(?<devn>\d*))?)"
        uR"((?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

qint64 phaseOf(QStringView label)
{
    if (label.compare(u"a", Qt::CaseInsensitive) == 0 ||
        label.compare(u"alpha", Qt::CaseInsensitive) == 0)
        return 0;
    if (label.compare(u"b", Qt::CaseInsensitive) == 0 ||
        label.compare(u"beta", Qt::CaseInsensitive) == 0)
        return 1;
    return 2; // c, rc, pre, preview
}

std::optional<VersionKey> keyOf(QStringView text)
{
    const QRegularExpressionMatch m = versionPattern().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    VersionKey key;
    key.epoch = m.capturedView(u"epoch").toLongLong();
    for (QStringView part : m.capturedView(u"release").split(u'.'))
        key.release << part.toLongLong();
    while (key.release.size() > 1 && key.release.last() == 0)
        key.release.removeLast();
    const bool pre = m.hasCaptured(u"pre");
    const bool post = m.hasCaptured(u"post");
    const bool dev = m.hasCaptured(u"dev");
    if (pre) {
        key.prePhase = phaseOf(m.capturedView(u"prel"));
        key.preNumber = m.capturedView(u"pren").toLongLong();
    } else if (dev && !post) {
        key.prePhase = -1;
    }
    if (post)
        key.post = m.hasCaptured(u"postn1") ? m.capturedView(u"postn1").toLongLong()
                                            : m.capturedView(u"postn2").toLongLong();
    if (dev)
        key.dev = m.capturedView(u"devn").toLongLong();
    return key;
}

template<typename T> int cmp(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareRelease(const QList<qint64> &a, const QList<qint64> &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (const int c = cmp(a.value(i, 0), b.value(i, 0)))
            return c;
    }
    return 0;
}

int compareKeys(const VersionKey &a, const VersionKey &b)
{
    if (const int c = cmp(a.epoch, b.epoch))
        return c;
    if (const int c = compareRelease(a.release, b.release))
        return c;
    if (const int c = cmp(a.prePhase, b.prePhase))
        return c;
    if (const int c = cmp(a.preNumber, b.preNumber))
        return c;
    if (const int c = cmp(a.post, b.post))
        return c;
    return cmp(a.dev, b.dev);
}

} // namespace

std::optional<int> compareRayVersions(QStringView a, QStringView b)
{
    const std::optional<VersionKey> ka = keyOf(a);
    const std::optional<VersionKey> kb = keyOf(b);
    if (!ka || !kb)
        return std::nullopt;
    return compareKeys(*ka, *kb);
}

VersionAnswer isVersionAtLeast(QStringView version, QStringView minimum)
{
    const std::optional<int> c = compareRayVersions(version, minimum);
    if (!c)
        return VersionAnswer::Unknown;
    return *c >= 0 ? VersionAnswer::Yes : VersionAnswer::No;
}

} // namespace portolan
