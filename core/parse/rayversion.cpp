#include "rayversion.h"

#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RayVersionParser)
};

const QString kSource = u"ray-version"_s;

enum Priority { None = 0, DistInfo = 1, InitPy = 2, VersionPy = 3 };

struct Candidate
{
    RayPackage package;
    Priority priority = None;
};

} // namespace

bool isPlausibleVersion(QStringView version)
{
    static const QRegularExpression pattern(u"^\\d+(\\.\\d+)*[A-Za-z0-9.+-]*$"_s);
    return version.size() <= 64 && pattern.match(version).hasMatch();
}

std::optional<QString> rayVersionFromPythonLine(QStringView line)
{
    static const QRegularExpression pattern(
        u"^\\s*(?:__version__|version)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"_s);
    const auto m = pattern.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString version = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
    if (!isPlausibleVersion(version))
        return std::nullopt;
    return version;
}

std::optional<QString> rayVersionFromDistInfo(QStringView nameOrPath)
{
    static const QRegularExpression pattern(u"(?:^|/)ray-([^/]+)\\.dist-info/?$"_s);
    const auto m = pattern.match(nameOrPath.trimmed());
    if (!m.hasMatch() || !isPlausibleVersion(m.captured(1)))
        return std::nullopt;
    return m.captured(1);
}

RayVersionInfo parseRayVersion(const QByteArray &output)
{
    const QStringList lines = splitLines(output, kSource);
    QList<Candidate> candidates;
    Candidate *current = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString &line = lines[i];
        const auto fields = splitFields(line);
        if (fields.isEmpty())
            continue;
        const QStringView kind = fields[0];
        if (kind == u"package") {
            if (fields.size() < 3 || (fields[1] != u"running" && fields[1] != u"installed"))
                throw ParseError(kSource, lineNumber,
                                 Tr::tr("bad package line %1").arg(quoted(line)));
            const QString directory = textAfterFields(line, 2).toString();
            const bool running = fields[1] == u"running";
            current = nullptr;
            for (Candidate &candidate : candidates) {
                if (candidate.package.directory == directory)
                    current = &candidate;
            }
            if (!current) {
                candidates.append({{directory, running, {}}, None});
                current = &candidates.last();
            }
            current->package.running = current->package.running || running;
            continue;
        }
        if (!current)
            throw ParseError(kSource, lineNumber, Tr::tr("version line before any package line"));
        const QStringView value = textAfterFields(line, 1);
        std::optional<QString> version;
        Priority priority = None;
        if (kind == u"version-py") {
            version = rayVersionFromPythonLine(value);
            priority = VersionPy;
        } else if (kind == u"init-py") {
            version = rayVersionFromPythonLine(value);
            priority = InitPy;
        } else if (kind == u"dist-info") {
            version = rayVersionFromDistInfo(value);
            priority = DistInfo;
            if (!version)
                throw ParseError(kSource, lineNumber,
                                 Tr::tr("bad dist-info name %1").arg(quoted(value)));
        } else {
            throw ParseError(kSource, lineNumber, Tr::tr("unexpected line %1").arg(quoted(line)));
        }
        if (version && priority > current->priority) {
            current->package.version = *version;
            current->priority = priority;
        }
    }

    RayVersionInfo info;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.package.running)
            info.packages.append(candidate.package);
    }
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!candidate.package.running)
            info.packages.append(candidate.package);
    }
    for (const RayPackage &package : std::as_const(info.packages)) {
        if (!package.version.isEmpty()) {
            info.version = package.version;
            break;
        }
    }
    return info;
}

} // namespace portolan
