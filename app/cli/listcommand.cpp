// portolan-cli list: the stored snapshots, newest first, as an aligned table or
// a JSON array. Opens the database read-only in spirit: never creates it.

#include "cliargs.h"
#include "clicommand.h"
#include "clioutput.h"
#include "clistore.h"
#include "model/snapshotjson.h"
#include "util/error.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

constexpr int kColumns = 6;
using Row = std::array<QString, kColumns>;

// Table cells are one line each: control characters would break the alignment.
QString cellText(const QString &text)
{
    QString cell = text;
    for (QChar &c : cell) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return cell;
}

QString formatTable(const QList<SnapshotSummary> &summaries)
{
    QList<Row> rows;
    rows.append({CliTr::tr("ID"), CliTr::tr("CREATED (UTC)"), CliTr::tr("LABEL"),
                 CliTr::tr("INVENTORY"), CliTr::tr("NODES"), CliTr::tr("FAILED")});
    for (const SnapshotSummary &s : summaries) {
        const QString created = s.createdUtc.isValid()
                                    ? s.createdUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                    : u"-"_s;
        rows.append({QString::number(s.id), created, cellText(s.label), cellText(s.inventoryName),
                     QString::number(s.nodeCount), QString::number(s.failedNodeCount)});
    }
    std::array<qsizetype, kColumns> widths{};
    for (const Row &row : rows) {
        for (int c = 0; c < kColumns; ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    constexpr std::array<bool, kColumns> rightAligned{true, false, false, false, true, true};
    QString out;
    for (const Row &row : rows) {
        QString line;
        for (int c = 0; c < kColumns; ++c) {
            if (c > 0)
                line += u"  "_s;
            line += rightAligned[c] ? row[c].rightJustified(widths[c])
                                    : row[c].leftJustified(widths[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

QString formatJson(const QList<SnapshotSummary> &summaries)
{
    nlohmann::json array = nlohmann::json::array();
    for (const SnapshotSummary &s : summaries)
        array.push_back(snapshotSummaryToJson(s));
    const std::string text = array.dump(2);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

int runListCommand(const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format(u"format"_s,
                                    CliTr::tr("Output format: text or json (default: text)."),
                                    CliTr::tr("FORMAT"), u"text"_s);
    parser.addOptions({db, format});
    if (parseCommandLine(parser, command, arguments))
        return 0;
    checkPositionalCount(parser, command, 0);
    const QString path = requiredValue(parser, db, command);
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s)
        throwUsageError(command,
                        CliTr::tr("invalid --format '%1' (expected text or json)").arg(formatName));

    requireExistingDatabase(path);
    const SnapshotStore store(path, SnapshotStore::OpenMode::ExistingOnly);
    const QList<SnapshotSummary> summaries = store.listSnapshots();
    printOut(formatName == u"json"_s ? formatJson(summaries) : formatTable(summaries));
    return 0;
}

} // namespace portolan::cli
