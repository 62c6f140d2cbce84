#include "app/console/commands/exportcommand.h"

#include "app/console/commands/commandline.h"
#include "app/core/money.h"
#include "app/storage/databases.h"
#include "app/storage/datafolder.h"
#include "app/workspace/catalogexport.h"
#include "app/workspace/orderexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>
#include <QTranslator>

#include <limits>

using namespace Qt::StringLiterals;

namespace mc::commands {

namespace {

std::optional<std::int64_t> beijingDay(const QCommandLineParser &parser, const QString &command,
                                       const QString &option, int daysAfter)
{
    if (!parser.isSet(option))
        return 0;
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid()) {
        usageError(command, u"--%1 needs a date as YYYY-MM-DD, got '%2'"_s.arg(option, parser.value(option)));
        return std::nullopt;
    }
    return QDateTime(day.addDays(daysAfter), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

std::optional<std::int64_t> yuanOption(const QCommandLineParser &parser, const QString &command, const QString &option)
{
    auto money = core::Money::parse(parser.value(option));
    if (!money || money.value().minor() < 0) {
        usageError(command, u"--%1 needs an amount in yuan such as 199.00, got '%2'"_s.arg(option, parser.value(option)));
        return std::nullopt;
    }
    return money.value().minor();
}

// A cache (and ledger) written by an older version is brought up to date first, unless the
// app has the folder open (it did that itself then).
bool ensureCurrentSchema(const QString &command, const QString &dataDir)
{
    auto folder = storage::DataFolder::acquire(dataDir);
    if (!folder)
        return true;
    for (const auto role : {storage::DatabaseRole::Cache, storage::DatabaseRole::Ledger}) {
        if (role == storage::DatabaseRole::Ledger &&
            !QFileInfo::exists(QDir(dataDir).filePath(storage::databaseFileName(role))))
            continue; // a folder without a ledger (a copied cache): default thresholds
        auto db = storage::openWriter(dataDir, role);
        if (!db) {
            QTextStream(stderr) << command << ": " << db.error().toString() << '\n';
            return false;
        }
    }
    return true;
}

bool installLanguage(const QString &command, const QString &lang, QTranslator &translator)
{
    if (lang.isEmpty() || lang == u"en")
        return true;
    if (!translator.load(u":/i18n/merchant-console_"_s + lang)) {
        usageError(command, u"--lang: no translation '%1' in this build (en, zh_CN)"_s.arg(lang));
        return false;
    }
    QCoreApplication::installTranslator(&translator);
    return true;
}

int runExportOrders(const QStringList &arguments)
{
    const QString command = u"export orders"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Exports the cached orders that match as CSV (UTF-8 with BOM, CRLF)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, u"the command"_s);
    parser.addPositionalArgument(u"orders"_s, u"what to export"_s);
    parser.addOptions({
        {u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s},
        {u"out"_s, u"The CSV file to write (replaced only when complete)."_s, u"FILE"_s},
        {u"from"_s, u"First day, Beijing time (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"to"_s, u"Last day, included (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"status"_s, u"A TOP status such as WAIT_SELLER_SEND_GOODS (repeatable)."_s, u"STATUS"_s},
        {u"channel"_s, u"online or store."_s, u"CHANNEL"_s},
        {u"store"_s, u"Orders of this location only."_s, u"ID"_s},
        {u"province"_s, u"Orders shipped to this province, as the platform names it."_s, u"NAME"_s},
        {u"min"_s, u"Paid at least this much (yuan)."_s, u"YUAN"_s},
        {u"max"_s, u"Paid at most this much (yuan)."_s, u"YUAN"_s},
        {u"search"_s, u"An order id, or part of the buyer's nick or of a product title."_s, u"TEXT"_s},
        {u"lang"_s, u"Language of the header and labels: en or zh_CN (default en)."_s, u"LANG"_s},
    });
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (parser.positionalArguments() != QStringList{u"export"_s, u"orders"_s})
        return usageError(command, u"usage: export orders --data-dir DIR --out FILE [filters]"_s);
    const QString dataDir = parser.value(u"data-dir"_s);
    const QString out = parser.value(u"out"_s);
    if (dataDir.isEmpty() || !QFileInfo(dataDir).isDir() || out.isEmpty())
        return usageError(command, u"--data-dir (an existing folder) and --out are required"_s);

    workspace::OrderFilter filter;
    const auto from = beijingDay(parser, command, u"from"_s, 0);
    const auto to = beijingDay(parser, command, u"to"_s, 1);
    const auto store = integerOption(parser, command, u"store"_s, 0, std::numeric_limits<qint64>::max(), -1);
    if (!from || !to || !store)
        return kExitUsage;
    filter.fromMs = *from;
    filter.toMs = *to;
    filter.locationId = *store;
    filter.statuses = parser.values(u"status"_s);
    filter.channel = parser.value(u"channel"_s);
    if (!filter.channel.isEmpty() && filter.channel != u"online" && filter.channel != u"store")
        return usageError(command, u"--channel is online or store, got '%1'"_s.arg(filter.channel));
    filter.province = parser.value(u"province"_s);
    for (const auto &[option, target] : {std::pair{u"min"_s, &filter.minFen}, std::pair{u"max"_s, &filter.maxFen}}) {
        if (!parser.isSet(option))
            continue;
        const auto fen = yuanOption(parser, command, option);
        if (!fen)
            return kExitUsage;
        *target = *fen;
    }
    filter.search = parser.value(u"search"_s);

    QTranslator translator;
    if (!installLanguage(command, parser.value(u"lang"_s), translator))
        return kExitUsage;
    if (!ensureCurrentSchema(command, dataDir))
        return kExitStorage;
    QElapsedTimer timer;
    timer.start();
    QTextStream err(stderr);
    auto written = workspace::exportOrders(dataDir, filter, out, [&](std::int64_t rows) {
        if (rows % 100'000 == 0)
            err << command << ": " << rows << " orders" << Qt::endl;
        return true;
    });
    if (!written) {
        err << command << ": " << written.error().toString() << '\n';
        return written.error().code.startsWith(u"storage") ? kExitStorage : kExitFailed;
    }
    const double seconds = timer.elapsed() / 1000.0;
    printJsonLine({{u"orders"_s, qint64(written.value())},
                   {u"file"_s, QFileInfo(out).absoluteFilePath()},
                   {u"seconds"_s, seconds},
                   {u"orders_per_second"_s, seconds > 0 ? written.value() / seconds : 0.0}});
    return kExitOk;
}

// export catalog|stock: the SKUs (one row each) or the stock (one row per SKU and location).
int runExportCatalog(const QStringList &arguments, const QString &what)
{
    const QString command = u"export "_s + what;
    QCommandLineParser parser;
    parser.setApplicationDescription(what == u"catalog"
                                         ? u"Exports the cached SKUs as CSV (UTF-8 with BOM, CRLF), one row each."_s
                                         : u"Exports the cached stock as CSV (UTF-8 with BOM, CRLF), one row per SKU "
                                           u"and location; edit its Quantity column and import it on the Stock page."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, u"the command"_s);
    parser.addPositionalArgument(what, u"what to export"_s);
    parser.addOptions({
        {u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s},
        {u"out"_s, u"The CSV file to write (replaced only when complete)."_s, u"FILE"_s},
        {u"search"_s, u"Part of a title or merchant code."_s, u"TEXT"_s},
        {u"category"_s, u"SKUs of this category only."_s, u"NAME"_s},
        {u"low-only"_s, u"Only SKUs at or below their low-stock threshold somewhere."_s},
        {u"lang"_s, u"Language of the header and labels: en or zh_CN (default en)."_s, u"LANG"_s},
    });
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    if (parser.positionalArguments() != QStringList{u"export"_s, what})
        return usageError(command, u"usage: export %1 --data-dir DIR --out FILE [filters]"_s.arg(what));
    const QString dataDir = parser.value(u"data-dir"_s);
    const QString out = parser.value(u"out"_s);
    if (dataDir.isEmpty() || !QFileInfo(dataDir).isDir() || out.isEmpty())
        return usageError(command, u"--data-dir (an existing folder) and --out are required"_s);
    const workspace::CatalogFilter filter{parser.value(u"search"_s), parser.value(u"category"_s),
                                          parser.isSet(u"low-only"_s)};
    QTranslator translator;
    if (!installLanguage(command, parser.value(u"lang"_s), translator))
        return kExitUsage;
    if (!ensureCurrentSchema(command, dataDir))
        return kExitStorage;
    auto written = what == u"catalog" ? workspace::exportCatalog(dataDir, filter, out)
                                      : workspace::exportStock(dataDir, filter, out);
    if (!written) {
        QTextStream(stderr) << command << ": " << written.error().toString() << '\n';
        return written.error().code.startsWith(u"storage") ? kExitStorage : kExitFailed;
    }
    printJsonLine({{u"rows"_s, qint64(written.value())}, {u"file"_s, QFileInfo(out).absoluteFilePath()}});
    return kExitOk;
}

} // namespace

int runExport(const QStringList &arguments)
{
    // The second word picks the export; each has its own options and help.
    const QString what = arguments.size() > 2 ? arguments.at(2) : QString();
    if (what == u"catalog" || what == u"stock")
        return runExportCatalog(arguments, what);
    return runExportOrders(arguments);
}

} // namespace mc::commands
