#include "analysisjson.h"

#include "analysis/raynodefacts.h"

using nlohmann::json;

namespace portolan {
namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

json cidrs(const AddressSet &set)
{
    json out = json::array();
    for (const Prefix &p : set.toPrefixes())
        out.push_back(s(p.toString()));
    return out;
}

json stringList(const QStringList &list)
{
    json out = json::array();
    for (const QString &item : list)
        out.push_back(s(item));
    return out;
}

QString endpoint(const IpAddress &address, quint16 port)
{
    const QString a = address.toString();
    return (address.isV6() ? u'[' + a + u']' : a) + u':' + QString::number(port);
}

json nodeToJson(const Node &node)
{
    const RayNodeFacts facts = rayNodeFacts(node);
    json addresses = json::array();
    for (const Interface &i : node.interfaces) {
        for (const InterfaceAddress &a : i.addresses)
            addresses.push_back({{"interface", s(i.name)},
                                 {"address", s(a.address.toString())},
                                 {"prefixLength", a.prefixLength}});
    }
    return {
        {"name", s(node.name)},
        {"sshTarget", s(node.sshTarget)},
        {"role", s(toString(node.role))},
        {"status", s(toString(node.status))},
        {"error", s(node.error)},
        {"warnings", stringList(node.warnings)},
        {"hostname", s(node.hostname)},
        {"os", s(node.os)},
        {"addresses", addresses},
        {"firewall",
         {{"backend", s(toString(node.firewall.backend))},
          {"manager", s(node.firewall.manager)},
          {"errors", stringList(node.firewall.errors)}}},
        {"ray",
         {{"running", facts.rayRunning},
          {"role", s(toString(facts.role))},
          {"version", s(facts.version)},
          {"tls", facts.tlsEnabled},
          {"tokenAuth", s(toString(facts.tokenAuthStatus))},
          {"nodeIpAddress", s(facts.nodeIpAddress)},
          {"dashboardHost", s(facts.dashboardHost)}}},
    };
}

} // namespace

json exposureToJson(const Exposure &e)
{
    json path = json::array();
    path.push_back({{"step", "zone"}, {"text", s(e.zone)}});
    path.push_back(
        {{"step", "interface"}, {"text", s(e.interfaceName + u' ' + e.address.toString())}});
    for (const RuleStep &r : e.rules)
        path.push_back({{"step", "rule"},
                        {"backend", s(r.backend)},
                        {"table", s(r.table)},
                        {"chain", s(r.chain)},
                        {"line", r.line},
                        {"text", s(r.text)},
                        {"effect", s(r.effect)}});
    path.push_back(
        {{"step", "socket"},
         {"text", s(toString(e.protocol) + u' ' + endpoint(e.serviceAddress, e.servicePort))}});
    path.push_back({{"step", "process"}, {"pid", e.pid}, {"text", s(e.processName)}});
    path.push_back(
        {{"step", "component"}, {"text", s(toString(e.service))}, {"evidence", s(e.recognition)}});
    json out = {
        {"zone", s(e.zone)},
        {"node", s(e.node)},
        {"address", s(e.address.toString())},
        {"protocol", s(toString(e.protocol))},
        {"port", e.port},
        {"servicePort", e.servicePort},
        {"service", s(toString(e.service))},
        {"verdict", s(toString(e.verdict))},
        {"sources", cidrs(e.sources)},
        {"path", path},
    };
    if (!e.uncertainty.isEmpty())
        out["uncertainty"] = s(e.uncertainty);
    return out;
}

json findingToJson(const Finding &f)
{
    json exposures = json::array();
    for (const Exposure &e : f.exposures)
        exposures.push_back(exposureToJson(e));
    json commands = json::array();
    for (const RemediationCommand &c : f.remediation.commands)
        commands.push_back({{"kind", s(c.kind)}, {"node", s(c.node)}, {"command", s(c.command)}});
    return {
        {"id", s(f.id)},
        {"severity", s(toString(f.severity))},
        {"title", s(f.title)},
        {"risk", s(f.risk)},
        {"nodes", stringList(f.nodes)},
        {"exposures", exposures},
        {"evidence", stringList(f.evidence)},
        {"remediation", {{"text", s(f.remediation.text)}, {"commands", commands}}},
    };
}

json analysisToJson(const Snapshot &snapshot, const AnalysisResult &result)
{
    json nodes = json::array();
    for (const Node &n : snapshot.nodes)
        nodes.push_back(nodeToJson(n));
    json exposures = json::array();
    for (const Exposure &e : result.exposures)
        exposures.push_back(exposureToJson(e));
    json findings = json::array();
    for (const Finding &f : result.findings)
        findings.push_back(findingToJson(f));
    json zones = json::array();
    for (const Zone &z : result.zones)
        zones.push_back(
            {{"name", s(z.name)}, {"sources", cidrs(z.sources)}, {"reaches", cidrs(z.reaches)}});
    return {
        {"snapshot",
         {{"id", snapshot.id},
          {"label", s(snapshot.label)},
          {"created", s(snapshot.createdUtc.toUTC().toString(Qt::ISODateWithMs))},
          {"toolVersion", s(snapshot.toolVersion)},
          {"inventory", s(snapshot.inventoryName)}}},
        {"riskScore", result.riskScore},
        {"zones", zones},
        {"nodes", nodes},
        {"exposures", exposures},
        {"findings", findings},
    };
}

} // namespace portolan
