#include "inventory.h"

#include "documentformat.h"
#include "fieldreader.h"
#include "portolanformat.h"
#include "raylauncherformat.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

// Far above any real cluster; bounds memory for a wrong file given by mistake.
constexpr qsizetype kMaxInventoryBytes = 8 * 1024 * 1024;

bool isUtf8(QByteArrayView content)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(content);
    return !decoder.hasError();
}

QString fallbackNameOf(const QString &displayName)
{
    const QString base = QFileInfo(displayName).completeBaseName();
    return base.isEmpty() ? u"inventory"_s : base;
}

} // namespace

Inventory parseInventory(const QByteArray &content, const QString &displayName,
                         const QString &baseDir)
{
    const FieldReader reader(displayName);
    if (content.size() > kMaxInventoryBytes)
        reader.fail(0, {},
                    Tr::tr("the file is larger than %1 MiB, too large for an inventory")
                        .arg(kMaxInventoryBytes / (1024 * 1024)));
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (!isUtf8(text))
        reader.fail(0, {}, Tr::tr("the file is not UTF-8 text"));

    const DocValue root = parseDocument(text, reader);
    if (root.isNull())
        reader.fail(0, {}, Tr::tr("the inventory is empty"));
    if (!root.isMap())
        reader.fail(root.line, {},
                    Tr::tr("an inventory must be a map of keys and values, not %1")
                        .arg(describeKind(root.kind)));

    const QString fallbackName = fallbackNameOf(displayName);
    if (root.member(u"nodes") || root.member(u"cluster") || root.member(u"defaults"))
        return readPortolanInventory(root, reader, baseDir, fallbackName);
    if (isRayLauncherDocument(root))
        return readRayLauncher(root, reader, baseDir, fallbackName);
    reader.fail(root.line, {},
                Tr::tr("not an inventory: expected \"nodes\" (a Portolan inventory) "
                       "or \"provider\" (a Ray cluster-launcher file)"));
}

Inventory loadInventory(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(Tr::tr("%1: cannot read the inventory: it is a directory").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("%1: cannot read the inventory: %2").arg(path, file.errorString()));
    const QByteArray content = file.read(kMaxInventoryBytes + 1);
    if (file.error() != QFileDevice::NoError)
        throw Error(Tr::tr("%1: cannot read the inventory: %2").arg(path, file.errorString()));

    Inventory inventory = parseInventory(content, path, info.absolutePath());
    inventory.sourcePath = info.absoluteFilePath();
    return inventory;
}

} // namespace portolan
