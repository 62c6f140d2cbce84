// Scenario names and the ready line.
#include "sandbox/sandboxconfig.h"

#include "app/protocol/toptime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::SinglesDay:
        return u"singles-day"_s;
    case Scenario::Steady:
        return u"steady"_s;
    case Scenario::Idle:
        return u"idle"_s;
    case Scenario::Frozen:
        return u"frozen"_s;
    }
    return {};
}

std::optional<Scenario> scenarioFromName(QStringView name)
{
    for (Scenario s : {Scenario::SinglesDay, Scenario::Steady, Scenario::Idle, Scenario::Frozen})
        if (name == scenarioName(s))
            return s;
    return std::nullopt;
}

QByteArray ReadyInfo::toJsonLine() const
{
    QJsonObject o{{u"url"_s, url},
                  {u"credentials"_s, credentialsPath},
                  {u"data_dir"_s, dataDir},
                  {u"port"_s, port},
                  {u"scenario"_s, scenario},
                  {u"speed"_s, speed},
                  {u"clock"_s, QString::fromLatin1(protocol::formatTopTime(clockMs))},
                  {u"clock_ms"_s, static_cast<qint64>(clockMs)}};
    if (!tlsSha256.isEmpty())
        o.insert(u"tls_sha256"_s, QString::fromLatin1(tlsSha256));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace mc::sandbox
