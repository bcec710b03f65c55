#include "nodesettings.h"

#include "identitypath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

QString field(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString readUser(const DocValue &value, const QString &name, const FieldReader &reader)
{
    const QString user = reader.text(value, name);
    QString cause;
    if (!isValidUser(user, &cause))
        reader.fail(value.line, name, cause);
    return user;
}

QString readIdentity(const DocValue &value, const QString &name, const FieldReader &reader,
                     const QString &baseDir)
{
    QString cause;
    const auto path = resolveIdentityPath(reader.text(value, name), baseDir, &cause);
    if (!path)
        reader.fail(value.line, name, cause);
    return *path;
}

JumpSpec readJumpMap(const DocValue &map, const QString &name, const FieldReader &reader)
{
    reader.checkKeys(map, {u"host"_s, u"port"_s, u"user"_s}, name);
    const DocValue *host = map.member(u"host");
    if (!host)
        reader.fail(map.line, name, Tr::tr("missing \"host\""));
    JumpSpec spec;
    QString cause;
    const auto normalized = normalizeHost(reader.text(*host, field(name, u"host"_s)), &cause);
    if (!normalized)
        reader.fail(host->line, field(name, u"host"_s), cause);
    spec.host = *normalized;
    if (const DocValue *port = map.member(u"port"))
        spec.port = reader.port(*port, field(name, u"port"_s));
    if (const DocValue *user = map.member(u"user"))
        spec.user = readUser(*user, field(name, u"user"_s), reader);
    return spec;
}

std::optional<JumpSpec> readJump(const DocValue &value, const QString &name,
                                 const FieldReader &reader)
{
    if (value.isNull())
        return std::nullopt;
    if (value.isMap())
        return readJumpMap(value, name, reader);
    if (value.isList())
        reader.fail(value.line, name,
                    Tr::tr("must be \"user@host:port\" or a map with \"host\", "
                           "\"port\" and \"user\", not a list"));
    QString cause;
    const auto spec = parseJumpSpec(reader.text(value, name), &cause);
    if (!spec)
        reader.fail(value.line, name, cause);
    return spec;
}

} // namespace

QStringList nodeSettingsKeys()
{
    return {u"user"_s, u"port"_s, u"identity_file"_s, u"identity_files"_s, u"sudo"_s, u"jump"_s};
}

NodeSettings readNodeSettings(const DocValue &map, const QString &path, const FieldReader &reader,
                              const QString &baseDir)
{
    NodeSettings settings;
    if (const DocValue *user = map.member(u"user"))
        settings.user = readUser(*user, field(path, u"user"_s), reader);
    if (const DocValue *port = map.member(u"port"))
        settings.port = reader.port(*port, field(path, u"port"_s));
    if (const DocValue *sudo = map.member(u"sudo"))
        settings.sudo = reader.boolean(*sudo, field(path, u"sudo"_s));
    if (const DocValue *jump = map.member(u"jump"))
        settings.jump = readJump(*jump, field(path, u"jump"_s), reader);

    const DocValue *single = map.member(u"identity_file");
    const DocValue *several = map.member(u"identity_files");
    if (single && several) {
        reader.fail(several->keyLine, path,
                    Tr::tr("give either \"identity_file\" or \"identity_files\", not both"));
    }
    if (single)
        settings.identityFiles =
            QStringList{readIdentity(*single, field(path, u"identity_file"_s), reader, baseDir)};
    if (several) {
        const QString name = field(path, u"identity_files"_s);
        reader.requireList(*several, name);
        QStringList files;
        for (std::size_t i = 0; i < several->children.size(); ++i) {
            files.append(
                readIdentity(several->children[i], name + u"[%1]"_s.arg(i), reader, baseDir));
        }
        settings.identityFiles = files;
    }
    return settings;
}

NodeSettings overlay(const NodeSettings &base, const NodeSettings &over)
{
    NodeSettings merged = base;
    if (over.user)
        merged.user = over.user;
    if (over.port)
        merged.port = over.port;
    if (over.identityFiles)
        merged.identityFiles = over.identityFiles;
    if (over.sudo)
        merged.sudo = over.sudo;
    if (over.jump)
        merged.jump = over.jump;
    return merged;
}

void applySettings(const NodeSettings &settings, InventoryNode &node)
{
    node.user = settings.user.value_or(QString());
    node.port = settings.port.value_or(22);
    node.portIsExplicit = settings.port.has_value();
    node.identityFiles = settings.identityFiles.value_or(QStringList());
    node.sudo = settings.sudo.value_or(false);
    node.jump.reset();
    if (settings.jump && *settings.jump) {
        const JumpSpec &spec = **settings.jump;
        node.jump = JumpHost{spec.host, spec.port.value_or(22), spec.port.has_value(),
                             spec.user.isEmpty() ? node.user : spec.user};
    }
}

} // namespace portolan
