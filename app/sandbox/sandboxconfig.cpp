// Scenario names and the ready line.
#include "app/sandbox/sandboxconfig.h"

#include "app/protocol/toptime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mc::sandbox {

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::SinglesDay:
        return QStringLiteral("singles-day");
    case Scenario::Steady:
        return QStringLiteral("steady");
    case Scenario::Idle:
        return QStringLiteral("idle");
    }
    return {};
}

std::optional<Scenario> scenarioFromName(QStringView name)
{
    for (Scenario s : {Scenario::SinglesDay, Scenario::Steady, Scenario::Idle})
        if (name == scenarioName(s))
            return s;
    return std::nullopt;
}

QByteArray ReadyInfo::toJsonLine() const
{
    QJsonObject o{{QStringLiteral("url"), url},
                  {QStringLiteral("credentials"), credentialsPath},
                  {QStringLiteral("data_dir"), dataDir},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("scenario"), scenario},
                  {QStringLiteral("speed"), speed},
                  {QStringLiteral("clock"), QString::fromLatin1(protocol::formatTopTime(clockMs))},
                  {QStringLiteral("clock_ms"), static_cast<qint64>(clockMs)}};
    if (!tlsSha256.isEmpty())
        o.insert(QStringLiteral("tls_sha256"), QString::fromLatin1(tlsSha256));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace mc::sandbox
