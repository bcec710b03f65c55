#include "iproute.h"

#include "jsoninput.h"
#include "parseerror.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IpRouteParser)
};

QString sourceFor(IpFamily family)
{
    return family == IpFamily::V6 ? u"ip6-route"_s : u"ip-route"_s;
}

IpAddress readAddress(const JsonObjectReader &object, std::string_view key)
{
    const QString text = object.string(key);
    QString error;
    const auto address = IpAddress::parse(text, &error);
    if (!address)
        object.fail(key, error);
    return *address;
}

// The gateway of a route: "gateway", or "via": {"family", "host"} (RFC 5549).
IpAddress readGateway(const JsonObjectReader &object)
{
    if (object.has("gateway"))
        return readAddress(object, "gateway");
    if (object.has("via")) {
        const JsonObjectReader via(object.object().at("via"), object.fieldPath("via"),
                                   object.source());
        return readAddress(via, "host");
    }
    return {};
}

Prefix readDestination(const JsonObjectReader &object, const Route &route, IpFamily family)
{
    const QString dst = object.string("dst");
    if (dst == u"default") {
        // A bare default takes the family of its gateway or source, else the command's.
        IpFamily routeFamily = family;
        if (route.gateway.isValid())
            routeFamily = route.gateway.family();
        else if (route.preferredSource.isValid())
            routeFamily = route.preferredSource.family();
        return Prefix::all(routeFamily);
    }
    QString error;
    const auto prefix = Prefix::parse(dst, &error, Prefix::HostBits::Clear);
    if (!prefix)
        object.fail("dst", error);
    return *prefix;
}

Route readRoute(const nlohmann::json &value, const QString &path, IpFamily family,
                const QString &source)
{
    const JsonObjectReader object(value, path, source);
    Route route;
    route.type = object.optionalString("type", u"unicast"_s);
    route.gateway = readGateway(object);
    route.device = object.optionalString("dev");
    if (object.has("prefsrc"))
        route.preferredSource = readAddress(object, "prefsrc");

    const nlohmann::json &nexthops = object.optionalArray("nexthops");
    if (!nexthops.empty() && !route.gateway.isValid()) {
        const JsonObjectReader first(nexthops.front(), object.fieldPath("nexthops") + u"[0]"_s,
                                     source);
        route.gateway = readGateway(first);
        if (route.device.isEmpty())
            route.device = first.optionalString("dev");
    }

    route.destination = readDestination(object, route, family);
    route.family = route.destination.family();
    route.protocol = object.optionalString("protocol", u"boot"_s);
    route.scope = object.optionalString("scope", u"global"_s);
    route.table = object.optionalString("table", u"main"_s);
    const qint64 metric = object.optionalInteger("metric");
    if (metric < 0)
        object.fail("metric", Tr::tr("negative metric"));
    route.metric = int(std::min<qint64>(metric, std::numeric_limits<int>::max()));
    return route;
}

} // namespace

QList<Route> parseIpRoute(const QByteArray &output, IpFamily family)
{
    const QString source = sourceFor(family);
    const nlohmann::json document = parseJsonOutput(output, source);
    if (!document.is_array())
        throw ParseError(source, 0, Tr::tr("expected a JSON array of routes"));
    QList<Route> routes;
    routes.reserve(qsizetype(document.size()));
    for (std::size_t i = 0; i < document.size(); ++i)
        routes.append(readRoute(document[i], u'[' + QString::number(i) + u']', family, source));
    return routes;
}

} // namespace portolan
