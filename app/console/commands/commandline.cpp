// Shared command-line helpers.
#include "app/console/commands/commandline.h"

#include "app/storage/datafolder.h"

#include <QFile>
#include <QTextStream>

#include <cmath>

namespace mc::commands {

bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    return true;
}

int usageExit(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;
}

int usageError(const QString &command, const QString &message)
{
    QTextStream(stderr) << command << ": " << message << '\n';
    return kExitUsage;
}

bool noExtraArguments(const QCommandLineParser &parser, const QString &command)
{
    const QStringList extra = parser.positionalArguments().mid(1);
    if (extra.isEmpty())
        return true;
    usageError(command, QStringLiteral("unexpected argument '%1'").arg(extra.first()));
    return false;
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &command, const QString &option,
                                    qint64 min, qint64 max, qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    usageError(
        command,
        QStringLiteral("--%1 needs a whole number from %2 to %3, got '%4'").arg(option).arg(min).arg(max).arg(text));
    return std::nullopt;
}

std::optional<double> positiveNumberOption(const QCommandLineParser &parser, const QString &command,
                                           const QString &option, double max, double fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value) && value > 0 && value <= max)
        return value;
    usageError(
        command,
        QStringLiteral("--%1 needs a number greater than 0 and at most %2, got '%3'").arg(option).arg(max).arg(text));
    return std::nullopt;
}

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

std::unique_ptr<storage::DataFolder> lockDataFolder(const QString &command, const QString &dataDir)
{
    auto folder = storage::DataFolder::acquire(dataDir);
    if (!folder) {
        QTextStream(stderr) << command << ": " << folder.error().toString() << '\n';
        return nullptr;
    }
    return std::move(folder).value();
}

} // namespace mc::commands
