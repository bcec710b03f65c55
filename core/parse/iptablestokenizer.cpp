#include "iptablestokenizer.h"

namespace portolan {

std::optional<QList<IptablesToken>> tokenizeIptablesLine(QStringView line)
{
    QList<IptablesToken> tokens;
    IptablesToken current;
    bool inWord = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == u'\\' && i + 1 < line.size() &&
                (line[i + 1] == u'"' || line[i + 1] == u'\\')) {
                current.text.append(line[++i]);
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                current.text.append(c);
            }
            continue;
        }
        if (c == u' ' || c == u'\t') {
            if (inWord) {
                tokens.append(current);
                current = {};
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == u'"') {
            inQuotes = true;
            current.quoted = true;
        } else {
            current.text.append(c);
        }
    }
    if (inQuotes)
        return std::nullopt;
    if (inWord)
        tokens.append(current);
    return tokens;
}

} // namespace portolan
