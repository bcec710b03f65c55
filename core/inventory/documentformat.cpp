#include "documentformat.h"

#include "jsondocument.h"
#include "util/error.h"
#include "yamldocument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

enum class Extension { Json, Yaml, Other };

Extension extensionOf(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == u"json")
        return Extension::Json;
    if (suffix == u"yaml" || suffix == u"yml")
        return Extension::Yaml;
    return Extension::Other;
}

bool startsLikeJsonObject(const QByteArray &content)
{
    for (const char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

} // namespace

DocValue parseDocument(const QByteArray &content, const FieldReader &reader)
{
    const Extension extension = extensionOf(reader.file());
    if (extension == Extension::Json)
        return parseJsonDocument(content, reader);
    if (!startsLikeJsonObject(content))
        return parseYamlDocument(content, reader);
    try {
        return parseJsonDocument(content, reader);
    } catch (const Error &jsonError) {
        if (extension == Extension::Yaml)
            return parseYamlDocument(content, reader);
        try {
            return parseYamlDocument(content, reader);
        } catch (const Error &) {
            throw jsonError;
        }
    }
}

} // namespace portolan
