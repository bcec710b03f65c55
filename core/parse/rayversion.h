#pragma once
// Ray's version from the "ray-version" command (see commandset.cpp), which
// lists every Ray package it finds ("package running|installed DIR") followed
// by that package's version lines: "version-py version = \"2.9.3\"" (ray/_version.py),
// "init-py __version__ = \"1.13.0\"" (ray/__init__.py of old Ray) and
// "dist-info ray-2.9.3.dist-info". No Python is needed on the node.
// Contract: per package, _version.py wins over __init__.py over dist-info;
// version is that of the first package a running raylet or gcs_server comes
// from, else of the first installed one; "" when there is none.
// Pitfall: several installed versions may coexist; packages lists them all.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace portolan {

struct RayPackage
{
    QString directory; // .../site-packages/ray
    bool running = false;
    QString version;

    bool operator==(const RayPackage &) const = default;
};

struct RayVersionInfo
{
    QString version;
    QList<RayPackage> packages;

    bool operator==(const RayVersionInfo &) const = default;
};

RayVersionInfo parseRayVersion(const QByteArray &output);

// `__version__ = "2.9.3"` or `version = '2.9.3'` -> 2.9.3; nullopt when the line
// does not assign a string literal (`from ray._version import version as ...`).
std::optional<QString> rayVersionFromPythonLine(QStringView line);
// "ray-2.9.3.dist-info" (or a path ending in it) -> 2.9.3.
std::optional<QString> rayVersionFromDistInfo(QStringView nameOrPath);
bool isPlausibleVersion(QStringView version);

} // namespace portolan
