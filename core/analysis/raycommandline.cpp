#include "raycommandline.h"

#include "parse/textlines.h"

namespace portolan {
namespace {

std::optional<QString> valueOf(const QList<QStringView> &words, QStringView name)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        if (!word.startsWith(name))
            continue;
        if (word.size() > name.size() && word.at(name.size()) == u'=')
            return word.mid(name.size() + 1).toString();
        if (word.size() == name.size() && i + 1 < words.size() && !words.at(i + 1).startsWith(u'-'))
            return words.at(i + 1).toString();
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> optionValue(QStringView commandLine,
                                   std::initializer_list<QStringView> names)
{
    const QList<QStringView> words = splitFields(commandLine);
    for (QStringView name : names) {
        if (auto value = valueOf(words, name))
            return value;
    }
    return std::nullopt;
}

std::optional<quint16> parsePort(QStringView text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

std::optional<quint16> portOption(QStringView commandLine, QStringView name)
{
    const std::optional<QString> value = optionValue(commandLine, {name});
    return value ? parsePort(*value) : std::nullopt;
}

QList<quint16> portListOption(QStringView commandLine, QStringView name)
{
    QList<quint16> ports;
    const std::optional<QString> value = optionValue(commandLine, {name});
    if (!value)
        return ports;
    for (QStringView item : QStringView(*value).split(u',', Qt::SkipEmptyParts)) {
        if (const auto port = parsePort(item))
            ports << *port;
    }
    return ports;
}

bool hasWord(QStringView commandLine, QStringView word)
{
    return splitFields(commandLine).contains(word);
}

} // namespace portolan
