#pragma once
// Syntax of hosts, user and node names and "user@host:port" jump specs.
// Contract: what passes is safe as one argv element or libssh option (ASCII, no
// blanks or shell metacharacters, no leading '-'). Pitfall: inet_aton() reads
// "10.1" or "0x7f000001" as IPv4, so numeric names must be proper dotted quads.

#include <QString>
#include <QStringView>

#include <optional>

namespace portolan {

// A hostname (RFC 1123 labels, '_' allowed) or an IP literal. IPv6 may be
// bracketed and carry a "%zone"; the result drops the brackets and gives IP
// literals in canonical form. On failure sets *error to a translated cause.
std::optional<QString> normalizeHost(QStringView text, QString *error);

// A login name: letters, digits, '.', '_', '-', not starting with '-'.
bool isValidUser(QStringView text, QString *error);

// A node name: letters, digits and . _ - : %, not starting with '-' or '.'.
bool isValidNodeName(QStringView text, QString *error);

struct JumpSpec
{
    QString user;            // empty when not given
    QString host;            // normalized
    std::optional<int> port; // when given
};

// "host", "host:port", "user@host", "user@host:port", "[v6]", "[v6]:port",
// "user@[v6]:port", or a bare IPv6 literal (no port).
std::optional<JumpSpec> parseJumpSpec(QStringView text, QString *error);

// Two hosts with equal identity are one address: case-folded, no trailing dot.
QString hostIdentity(const QString &host);

} // namespace portolan
