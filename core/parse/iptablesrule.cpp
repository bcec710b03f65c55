#include "iptablesrule.h"

#include "iptablestokenizer.h"
#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesRuleParser)
};

bool isBang(const IptablesToken &token)
{
    return !token.quoted && token.text == u"!";
}

bool isOption(const IptablesToken &token)
{
    return !token.quoted && token.text.size() >= 2 && token.text[0] == u'-' &&
           !token.text[1].isDigit();
}

bool isCounters(const IptablesToken &token)
{
    static const QRegularExpression pattern(u"^\\[\\d+:\\d+\\]$"_s);
    return !token.quoted && pattern.match(token.text).hasMatch();
}

bool isBuiltinWithArgument(const QString &option)
{
    static const QStringList options = {
        u"-s"_s,    u"--source"_s,  u"--src"_s,          u"-d"_s, u"--destination"_s,
        u"--dst"_s, u"-i"_s,        u"--in-interface"_s, u"-o"_s, u"--out-interface"_s,
        u"-p"_s,    u"--protocol"_s};
    return options.contains(option);
}

class RuleReader
{
public:
    RuleReader(QList<IptablesToken> tokens, int lineNumber, const QString &source)
        : m_tokens(std::move(tokens))
        , m_lineNumber(lineNumber)
        , m_source(source)
    {}

    void read(IptablesRule &rule)
    {
        if (m_i < m_tokens.size() && isCounters(m_tokens[m_i]))
            ++m_i;
        const QString append = next(Tr::tr("the rule is empty"));
        if (append != u"-A" && append != u"--append")
            fail(Tr::tr("expected -A, found %1").arg(quoted(append)));
        rule.chain = next(Tr::tr("-A without a chain"));
        while (m_i < m_tokens.size())
            readOption(rule);
        if (m_negateNext)
            fail(Tr::tr("'!' at the end of the rule"));
    }

private:
    [[noreturn]] void fail(const QString &cause) const
    {
        throw ParseError(m_source, m_lineNumber, cause);
    }

    QString next(const QString &missing)
    {
        if (m_i >= m_tokens.size())
            fail(missing);
        return m_tokens[m_i++].text;
    }

    QString argumentOf(const QString &option)
    {
        if (m_i >= m_tokens.size() || isOption(m_tokens[m_i]) || isBang(m_tokens[m_i]))
            fail(Tr::tr("%1 needs an argument").arg(option));
        return m_tokens[m_i++].text;
    }

    bool takeNegation()
    {
        const bool negated = m_negateNext;
        m_negateNext = false;
        return negated;
    }

    // Old-style negation right after the option name: `--dport ! 22`.
    bool takeInnerNegation()
    {
        if (m_i + 1 < m_tokens.size() && isBang(m_tokens[m_i]) && !isOption(m_tokens[m_i + 1]) &&
            !isBang(m_tokens[m_i + 1])) {
            ++m_i;
            return true;
        }
        return false;
    }

    // True when the words after a -m MODULE hold no option of that module.
    bool moduleHasNoOptions() const
    {
        qsizetype j = m_i;
        if (j < m_tokens.size() && isBang(m_tokens[j]))
            ++j;
        if (j >= m_tokens.size())
            return true;
        const QString &text = m_tokens[j].text;
        return !text.startsWith(u"--") || text == u"--jump" || text == u"--goto" ||
               text == u"--match" || isBuiltinWithArgument(text) || text == u"--fragment";
    }

    void readOption(IptablesRule &rule)
    {
        const IptablesToken &token = m_tokens[m_i];
        if (isBang(token)) {
            if (m_negateNext)
                fail(Tr::tr("two '!' in a row"));
            m_negateNext = true;
            ++m_i;
            return;
        }
        if (!isOption(token))
            fail(Tr::tr("unexpected word %1").arg(quoted(token.text)));
        const QString option = token.text;
        ++m_i;

        if (option == u"-m" || option == u"--match") {
            if (m_negateNext)
                fail(Tr::tr("'!' before -m"));
            m_module = argumentOf(option);
            m_inTarget = false;
            if (moduleHasNoOptions())
                rule.matches.append({m_module, QString(), {}, false});
            return;
        }
        if (option == u"-j" || option == u"--jump" || option == u"-g" || option == u"--goto") {
            if (m_negateNext)
                fail(Tr::tr("'!' before %1").arg(option));
            if (!rule.target.isEmpty())
                fail(Tr::tr("a second target"));
            rule.target = argumentOf(option);
            rule.isGoto = option == u"-g" || option == u"--goto";
            m_inTarget = true;
            return;
        }
        if (option == u"-c" || option == u"--set-counters") {
            argumentOf(option);
            argumentOf(option);
            return;
        }
        if (isBuiltinWithArgument(option)) {
            bool negated = takeNegation();
            if (m_i < m_tokens.size() && isBang(m_tokens[m_i])) {
                negated = true;
                ++m_i;
            }
            const QString value = argumentOf(option);
            if (option == u"-p" || option == u"--protocol")
                m_protocol = value;
            rule.matches.append({QString(), option, {value}, negated});
            return;
        }
        if (option == u"-f" || option == u"--fragment") {
            rule.matches.append({QString(), option, {}, takeNegation()});
            return;
        }

        IptablesMatch match;
        match.option = option;
        match.negated = takeNegation();
        if (takeInnerNegation())
            match.negated = true;
        while (m_i < m_tokens.size() && !isOption(m_tokens[m_i]) && !isBang(m_tokens[m_i]))
            match.arguments.append(m_tokens[m_i++].text);
        if (m_inTarget) {
            match.module = rule.target;
            rule.targetOptions.append(match);
        } else {
            match.module = m_module.isEmpty() ? m_protocol : m_module;
            rule.matches.append(match);
        }
    }

    QList<IptablesToken> m_tokens;
    int m_lineNumber = 0;
    const QString &m_source;
    qsizetype m_i = 0;
    QString m_module;
    QString m_protocol;
    bool m_negateNext = false;
    bool m_inTarget = false;
};

} // namespace

IptablesRule parseIptablesRuleLine(QStringView line, int lineNumber, const QString &source)
{
    auto tokens = tokenizeIptablesLine(line);
    if (!tokens)
        throw ParseError(source, lineNumber, Tr::tr("a quote is not closed"));
    IptablesRule rule;
    rule.line = lineNumber;
    rule.text = line.toString();
    RuleReader(std::move(*tokens), lineNumber, source).read(rule);
    return rule;
}

} // namespace portolan
