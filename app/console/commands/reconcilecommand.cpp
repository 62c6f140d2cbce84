// reconcile --data-dir DIR (--store ID | --all-stores) --day YYYY-MM-DD [--pos FILE.csv]
// [--format json|csv|pdf] [--out FILE]: fetches the day from the platform when --endpoint is
// given, matches the counter, the platform and the settlement (and the till), and writes the
// report. --resolve, --sign-off and --reopen record the manager's decisions in the ledger.
#include "app/console/commands/reconcilecommand.h"

#include "app/console/commands/commandline.h"
#include "app/console/commands/platformoptions.h"
#include "app/core/clock.h"
#include "app/platform/platformclient.h"
#include "app/reconcile/dayclose.h"
#include "app/reconcile/platformdayfetcher.h"
#include "app/reconcile/reportexport.h"
#include "app/reconcile/tillcsv.h"
#include "app/storage/datafolder.h"

#ifdef MC_WITH_UI
#include "ui/reconcile/dayreportdocument.h"
#include "ui/uilanguage.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <limits>

using namespace Qt::StringLiterals;

namespace mc::commands {

namespace {

const QString kCommand = u"reconcile"_s;
constexpr int kTimeoutMs = 10'000;

int fail(const QString &message, int code)
{
    QTextStream(stderr) << kCommand << ": " << message << '\n';
    return code;
}

// The till's lines of the day, or the exit code after printing every bad line.
std::optional<QList<reconcile::TillRow>> readTill(const QString &path, const QString &columnSpec, const QDate &day,
                                                 int &exitCode)
{
    auto columns = reconcile::TillColumns::parse(columnSpec);
    if (!columns) {
        exitCode = usageError(kCommand, u"--pos-columns: "_s + columns.error().message);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        exitCode = usageError(kCommand, u"--pos: cannot read %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    const reconcile::TillImport import = reconcile::parseTillCsv(file.readAll(), columns.value(), day);
    if (!import.ok()) {
        QTextStream err(stderr);
        for (const reconcile::TillLineError &e : import.errors)
            err << kCommand << ": " << path << ':' << e.line << ": " << e.message << '\n';
        err << kCommand << ": nothing imported from " << path << " (" << import.errors.size() << " bad line(s))\n";
        exitCode = kExitFailed;
        return std::nullopt;
    }
    return import.rows;
}

// Brings the day from the platform into the cache; an empty string when it went well.
QString fetchDay(reconcile::DayClose &close, platform::PlatformClient &client, const reconcile::DayScope &scope)
{
    reconcile::PlatformDayFetcher fetcher(close.cache(), client);
    QString failure;
    QObject::connect(&fetcher, &reconcile::PlatformDayFetcher::finished, &fetcher,
                     [&failure](bool ok, const QString &message, bool settlementsKnown) {
                         if (!ok)
                             failure = message;
                         else if (!settlementsKnown)
                             QTextStream(stderr) << kCommand << ": the platform has no settlement statement: "
                                                 << message << '\n';
                         QCoreApplication::exit(0);
                     });
    fetcher.fetch(scope);
    QCoreApplication::exec();
    return failure;
}

// --resolve KEY=KIND, --sign-off, --reopen: recorded before the report is made.
int recordDecisions(const QCommandLineParser &parser, reconcile::DayClose &close, const reconcile::DayScope &scope,
                    const reconcile::DayReport &report)
{
    const QString manager = parser.value(u"manager"_s);
    const QString note = parser.value(u"note"_s);
    core::Status done;
    if (parser.isSet(u"resolve"_s)) {
        const QString spec = parser.value(u"resolve"_s);
        const qsizetype eq = spec.lastIndexOf(u'=');
        if (eq <= 0)
            return usageError(kCommand, u"--resolve needs KEY=accept|write-off|dispute"_s);
        const QString key = spec.first(eq);
        bool known = false;
        for (const reconcile::Item &item : report.items)
            known = known || (item.key == key && item.category != reconcile::Category::Matched);
        if (!known)
            return usageError(kCommand, u"--resolve: no discrepancy '%1' on this day"_s.arg(key));
        done = close.book().resolve(scope.storeId, scope.day, key, spec.sliced(eq + 1), note, manager);
    } else if (parser.isSet(u"sign-off"_s)) {
        done = close.book().signOff(scope.storeId, scope.day, manager, reconcile::figuresFingerprint(report));
    } else if (parser.isSet(u"reopen"_s)) {
        done = close.book().reopen(scope.storeId, scope.day, manager, note);
    }
    if (!done)
        return fail(done.error().toString(),
                    done.error().code == QLatin1String(reconcile::kDaySignedOff) ? kExitRefused : kExitUsage);
    return kExitOk;
}

int writeOutput(const QString &format, const QString &outPath, const reconcile::DayReport &report)
{
    QByteArray bytes;
    if (format == u"json") {
        bytes = QJsonDocument(reconcile::reportToJson(report)).toJson(QJsonDocument::Indented);
    } else if (format == u"csv") {
        bytes = reconcile::reportToCsv(report);
    } else {
#ifdef MC_WITH_UI
        auto pdf = ui::dayReportPdf(report);
        if (!pdf)
            return fail(pdf.error().toString(), kExitFailed);
        bytes = pdf.value();
#endif
    }
    if (outPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return fail(u"cannot write the report to stdout"_s, kExitFailed);
        return kExitOk;
    }
    QSaveFile out(outPath); // the old file stays whole until the new one is complete
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(u"cannot write %1: %2"_s.arg(outPath, out.errorString()), kExitFailed);
    return kExitOk;
}

} // namespace

int runReconcile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Day close: matches the counter's redemptions, the platform's records and its "
                                     u"settlement (and the till's CSV) for a store's day, and writes the report."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(kCommand, u"the sub-command"_s);
    parser.addOptions({
        {u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s},
        {u"store"_s, u"The store whose day is closed."_s, u"ID"_s},
        {u"all-stores"_s, u"Every store: the head office's view."_s},
        {u"day"_s, u"The day, Beijing time."_s, u"YYYY-MM-DD"_s},
        {u"pos"_s, u"The till's export of the day (CSV)."_s, u"FILE"_s},
        {u"pos-columns"_s, u"Which headers hold date, receipt, code, amount: date=H,receipt=H,code=H,amount=H."_s,
         u"SPEC"_s},
        {u"format"_s, u"json (default), csv or pdf."_s, u"FORMAT"_s, u"json"_s},
        {u"out"_s, u"Write the report here (default: stdout; required for pdf)."_s, u"FILE"_s},
        {u"lang"_s, u"Language of CSV headers and the PDF (en, zh_CN)."_s, u"LANG"_s},
        {u"manager"_s, u"Who resolves, signs off or reopens."_s, u"NAME"_s},
        {u"resolve"_s, u"Resolve a discrepancy: KEY=accept|write-off|dispute (see the report's keys)."_s,
         u"KEY=KIND"_s},
        {u"note"_s, u"The note of a resolution, or the reason of a reopening."_s, u"TEXT"_s},
        {u"sign-off"_s, u"Sign the day off: locks it until it is reopened."_s},
        {u"reopen"_s, u"Reopen a signed-off day (needs --note with the reason)."_s},
    });
    parser.addOptions(platformOptions(
        u"Credentials file: the store's entry, the owner's with --all-stores. With --endpoint the day's redemptions "
        u"and settlement are fetched first."_s,
        kTimeoutMs));
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (!noExtraArguments(parser, kCommand))
        return kExitUsage;
    const QString dataDir = parser.value(u"data-dir"_s);
    const auto storeId = integerOption(parser, kCommand, u"store"_s, 1, std::numeric_limits<qint64>::max(), 0);
    if (!storeId)
        return kExitUsage;
    if (dataDir.isEmpty())
        return usageError(kCommand, u"--data-dir is required"_s);
    if ((*storeId != 0) == parser.isSet(u"all-stores"_s))
        return usageError(kCommand, u"give either --store ID or --all-stores"_s);
    const QDate day = QDate::fromString(parser.value(u"day"_s), u"yyyy-MM-dd"_s);
    if (!day.isValid())
        return usageError(kCommand, u"--day needs a date as YYYY-MM-DD, got '%1'"_s.arg(parser.value(u"day"_s)));
    const QString format = parser.value(u"format"_s);
    if (format != u"json" && format != u"csv" && format != u"pdf")
        return usageError(kCommand, u"--format must be json, csv or pdf"_s);
#ifndef MC_WITH_UI
    if (format == u"pdf")
        return usageError(kCommand, u"this build has no PDF writer (built with MC_BUILD_UI=OFF)"_s);
#endif
    if (format == u"pdf" && parser.value(u"out"_s).isEmpty())
        return usageError(kCommand, u"--format pdf needs --out FILE"_s);
    const int decisions = int(parser.isSet(u"resolve"_s)) + int(parser.isSet(u"sign-off"_s)) +
                          int(parser.isSet(u"reopen"_s));
    if (decisions > 1)
        return usageError(kCommand, u"give at most one of --resolve, --sign-off, --reopen"_s);
    if (decisions == 1 && *storeId == 0)
        return usageError(kCommand, u"--resolve, --sign-off and --reopen are for one store's day (--store ID)"_s);
#ifdef MC_WITH_UI
    ui::installTranslators(ui::chooseUiLocale(arguments, {}));
#endif
    const reconcile::DayScope scope{*storeId, day};
    std::optional<QList<reconcile::TillRow>> till;
    if (parser.isSet(u"pos"_s)) {
        int exitCode = kExitOk;
        till = readTill(parser.value(u"pos"_s), parser.value(u"pos-columns"_s), day, exitCode);
        if (!till)
            return exitCode;
    }
    std::unique_ptr<platform::PlatformClient> client;
    if (parser.isSet(u"endpoint"_s) || parser.isSet(u"credentials"_s)) {
        int exitCode = kExitOk;
        auto connection = platformConnection(parser, kCommand, *storeId, kTimeoutMs, exitCode);
        if (!connection)
            return exitCode;
        connection->options.maxAttempts = 3;
        client = std::make_unique<platform::PlatformClient>(connection->options, connection->credentials,
                                                            core::SystemClock::instance());
    }
    auto folder = lockDataFolder(kCommand, dataDir);
    if (!folder)
        return kExitStorage;
    auto close = reconcile::DayClose::open(dataDir, core::SystemClock::instance());
    if (!close)
        return fail(close.error().toString(), kExitStorage);
    if (client) {
        if (const QString failure = fetchDay(*close.value(), *client, scope); !failure.isEmpty())
            return fail(u"fetching the day from the platform failed: "_s + failure, kExitFailed);
    }
    auto report = close.value()->report(scope, till);
    if (!report)
        return fail(report.error().toString(), kExitStorage);
    if (decisions == 1) {
        if (int code = recordDecisions(parser, *close.value(), scope, report.value()); code != kExitOk)
            return code;
        report = close.value()->report(scope, till);
        if (!report)
            return fail(report.error().toString(), kExitStorage);
    }
    if (int code = writeOutput(format, parser.value(u"out"_s), report.value()); code != kExitOk)
        return code;
    const bool intact = report.value().chain.redemptionsIntact && report.value().chain.dayCloseIntact;
    if (!intact)
        QTextStream(stderr) << kCommand << ": the ledger's chain is broken (see \"chain\" in the report)\n";
    return intact ? kExitOk : kExitFailed;
}

} // namespace mc::commands
