#include "app/console/commands/campaigncommand.h"

#include "app/campaigns/campaignjson.h"
#include "app/campaigns/campaignpublisher.h"
#include "app/campaigns/campaignstore.h"
#include "app/campaigns/campaignvalidation.h"
#include "app/campaigns/rehearsal.h"
#include "app/campaigns/voucherissuer.h"
#include "app/campaigns/campaignwire.h"
#include "app/console/commands/commandline.h"
#include "app/console/commands/platformoptions.h"
#include "app/core/clock.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "app/storage/datafolder.h"
#include "app/sync/ledgerstore.h"

#ifdef MC_WITH_UI
#include "ui/campaigns/voucherqrsheet.h"
#include "ui/uilanguage.h"
#endif

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mc::commands {

namespace {

const QString kCommand = u"campaign"_s;
constexpr int kTimeoutMs = 15'000;

int fail(const core::Error &error, int code)
{
    QTextStream(stderr) << kCommand << ": " << error.toString() << '\n';
    return code;
}

int storageFailure(const core::Error &error) { return fail(error, kExitStorage); }

std::optional<std::int64_t> beijingDay(const QCommandLineParser &parser, const QString &option, int daysAfter)
{
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid()) {
        usageError(kCommand, u"--%1 needs a date as YYYY-MM-DD, got '%2'"_s.arg(option, parser.value(option)));
        return std::nullopt;
    }
    return QDateTime(day.addDays(daysAfter), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

core::Result<campaigns::CampaignSpec> readCampaign(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{u"campaign.file"_s, u"cannot read %1: %2"_s.arg(path, file.errorString()), {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return core::Error{u"campaign.file"_s, u"%1 is not a JSON object: %2"_s.arg(path, error.errorString()), {}};
    return campaigns::campaignFromJson(doc.object());
}

QJsonObject versionJson(const campaigns::CampaignVersion &v)
{
    return {{u"id"_s, v.spec.id},
            {u"name"_s, v.spec.name},
            {u"version"_s, v.version},
            {u"author"_s, v.author},
            {u"saved"_s, QDateTime::fromMSecsSinceEpoch(v.savedMs, QTimeZone(8 * 3600)).toString(Qt::ISODate)},
            {u"note"_s, v.note},
            {u"publish_state"_s, v.publishState},
            {u"platform_version"_s, qint64(v.platformVersion)},
            {u"publish_note"_s, v.publishNote}};
}

// The context validation needs: cached catalog and stores, the other campaigns' newest versions.
campaigns::ValidationContext validationContext(storage::Database *cache, campaigns::CampaignStore &store,
                                               const core::Clock &clock)
{
    campaigns::ValidationContext ctx;
    ctx.nowMs = clock.nowMs();
    if (cache) {
        if (auto s = cache->prepare(u"SELECT s.sku_id, s.price_fen, i.category FROM skus s JOIN items i USING (num_iid)"))
            while (s.value().step().valueOr(false))
                ctx.skus.insert(s.value().int64(0), {s.value().int64(1), s.value().text(2)});
        if (auto s = cache->prepare(u"SELECT location_id, city, province FROM locations WHERE kind = 'store'"))
            while (s.value().step().valueOr(false))
                ctx.stores.insert(s.value().int64(0), {s.value().text(1), s.value().text(2)});
    }
    if (auto all = store.newest())
        for (const auto &v : all.value())
            ctx.others.append(v.spec);
    return ctx;
}

int publish(const QCommandLineParser &parser, sync::LedgerStore &ledger, campaigns::CampaignStore &store,
            storage::Database &cache, const core::Clock &clock, const QString &id, int version, const QString &author)
{
    int exitCode = kExitOk;
    auto connection = platformConnection(parser, kCommand, 0, kTimeoutMs, exitCode);
    if (!connection)
        return exitCode;
    platform::PlatformClient client(connection->options, connection->credentials, clock);
    campaigns::CampaignPublisher publisher(client, ledger, store, cache);
    QObject::connect(&publisher, &campaigns::CampaignPublisher::published, [&](const QString &, int local, qint64 platform) {
        printJsonLine({{u"published"_s, id}, {u"version"_s, local}, {u"platform_version"_s, platform}});
        QCoreApplication::exit(kExitOk);
    });
    QObject::connect(&publisher, &campaigns::CampaignPublisher::conflict, [&](const campaigns::CampaignConflict &c) {
        printJsonLine({{u"conflict"_s, c.message},
                       {u"ours"_s, campaigns::toJson(c.ours)},
                       {u"theirs"_s, campaigns::toJson(c.theirs)},
                       {u"platform_version"_s, qint64(c.platformVersion)}});
        QCoreApplication::exit(kExitFailed);
    });
    QObject::connect(&publisher, &campaigns::CampaignPublisher::rejected, [&](const QString &, int, const QString &why) {
        QTextStream(stderr) << kCommand << ": the platform refused: " << why << '\n';
        QCoreApplication::exit(kExitFailed);
    });
    const std::int64_t over = parser.isSet(u"over"_s) ? parser.value(u"over"_s).toLongLong() : -1;
    auto outboxId = publisher.publish(id, version, author, over);
    if (!outboxId)
        return fail(outboxId.error(), kExitFailed);
    QTimer::singleShot(kTimeoutMs * 4, [&] {
        QTextStream(stderr) << kCommand << ": no answer yet; the publication stays in the outbox ("
                            << outboxId.value() << ") and is sent again on the next publish\n";
        QCoreApplication::exit(kExitFailed);
    });
    return QCoreApplication::exec();
}

// Issues the campaign's vouchers in batches of 100 (resumable), then writes them as CSV.
int issueVouchers(const QCommandLineParser &parser, sync::LedgerStore &ledger, campaigns::CampaignStore &store,
                  storage::Database &cache, const core::Clock &clock, const QString &id)
{
    auto newest = store.version(id, 0);
    if (!newest)
        return fail(newest.error(), kExitFailed);
    auto scope = campaigns::resolveWireScope(cache, newest.value().spec);
    if (!scope)
        return fail(scope.error(), kExitFailed);
    int exitCode = kExitOk;
    auto connection = platformConnection(parser, kCommand, 0, kTimeoutMs, exitCode);
    if (!connection)
        return exitCode;
    platform::PlatformClient client(connection->options, connection->credentials, clock);
    campaigns::VoucherIssuer issuer(client, ledger.database());
    if (auto planned = issuer.plan(newest.value().spec, scope.value().storeIds); !planned)
        return fail(planned.error(), kExitFailed);
    QTextStream err(stderr);
    QObject::connect(&issuer, &campaigns::VoucherIssuer::progress, [&](int issued, int planned) {
        err << kCommand << ": " << issued << " of " << planned << " vouchers issued" << Qt::endl;
    });
    QObject::connect(&issuer, &campaigns::VoucherIssuer::finished, [](int, int, bool) { QCoreApplication::exit(kExitOk); });
    QObject::connect(&issuer, &campaigns::VoucherIssuer::failed, [&](const QString &why) {
        err << kCommand << ": " << why << " (run again to resume; nothing is issued twice)" << Qt::endl;
        QCoreApplication::exit(kExitFailed);
    });
    // Once the loop runs: with every batch already issued, run() finishes at once, and an
    // exit() before exec() would be lost (the command hung on a second run).
    QTimer::singleShot(0, &issuer, [&issuer, id] { issuer.run(id); });
    if (const int code = QCoreApplication::exec(); code != kExitOk)
        return code;
    auto all = issuer.issued(id);
    if (!all)
        return storageFailure(all.error());
    if (parser.isSet(u"out"_s))
        if (auto written = campaigns::writeVoucherCsv(parser.value(u"out"_s), all.value()); !written)
            return fail(written.error(), kExitFailed);
#ifdef MC_WITH_UI
    if (parser.isSet(u"pdf"_s)) {
        ui::installTranslators(ui::chooseUiLocale(QCoreApplication::arguments(), {}));
        if (auto written = ui::writeVoucherQrSheet(parser.value(u"pdf"_s), newest.value().spec, all.value()); !written)
            return fail(written.error(), kExitFailed);
    }
#endif
    const auto counts = issuer.counts(id).valueOr({0, 0});
    printJsonLine({{u"id"_s, id}, {u"issued"_s, counts.first}, {u"planned"_s, counts.second}});
    return counts.first == counts.second ? kExitOk : kExitFailed;
}

} // namespace

int runCampaign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Campaigns without a window: rehearse one on the cached orders (simulate), import and export "
        u"JSON, list, show versions, diff two, roll back, publish, issue vouchers (CSV, PDF sheet of QR codes)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"campaign"_s, u"the command"_s);
    parser.addPositionalArgument(u"what"_s, u"simulate, import, export, list, versions, diff, rollback, publish or vouchers"_s);
    parser.addOptions({
        {u"data-dir"_s, u"The console's data folder."_s, u"DIR"_s},
        {u"campaign"_s, u"simulate, import: the campaign as JSON."_s, u"FILE"_s},
        {u"from"_s, u"simulate: first day of the rehearsal, Beijing time (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"to"_s, u"simulate: last day, included (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"top"_s, u"simulate: how many of the most affected SKUs (default 10)."_s, u"N"_s},
        {u"id"_s, u"The campaign's id."_s, u"ID"_s},
        {u"version"_s, u"export, diff, rollback, publish: a version (default the newest)."_s, u"N"_s},
        {u"against"_s, u"diff: the other version."_s, u"N"_s},
        {u"author"_s, u"import, rollback, publish: who does it (kept with the version)."_s, u"NAME"_s},
        {u"out"_s, u"export: write here instead of stdout; vouchers: the codes as CSV."_s, u"FILE"_s},
        {u"over"_s, u"publish: the platform version to publish over (after a conflict)."_s, u"N"_s},
        {u"pdf"_s, u"vouchers: the codes as a printable A4 sheet of QR codes (nine a page, with the campaign's "
                   u"terms)."_s, u"FILE"_s},
        {u"lang"_s, u"vouchers: language of the QR sheet (en, zh_CN)."_s, u"LANG"_s},
    });
    parser.addOptions(platformOptions(u"the owner's entry is used"_s, kTimeoutMs));
    if (!parseOrExplain(parser, arguments))
        return usageExit(parser);
    const QStringList words = parser.positionalArguments();
    static const QStringList kWhat{u"simulate"_s, u"import"_s, u"export"_s, u"list"_s,
                                   u"versions"_s, u"diff"_s,   u"rollback"_s, u"publish"_s, u"vouchers"_s};
    if (words.size() != 2 || !kWhat.contains(words.at(1)))
        return usageError(kCommand, u"usage: campaign simulate|import|export|list|versions|diff|rollback|publish|vouchers "
                                    u"--data-dir DIR [options]"_s);
    const QString what = words.at(1);
    const QString dataDir = parser.value(u"data-dir"_s);
    if (dataDir.isEmpty() || !QFileInfo(dataDir).isDir())
        return usageError(kCommand, u"--data-dir (an existing folder) is required"_s);
    const QString id = parser.value(u"id"_s);
    const QString author = parser.value(u"author"_s);
    const auto version = integerOption(parser, kCommand, u"version"_s, 1, 1'000'000, 0);
    if (!version)
        return kExitUsage;
    if (what != u"simulate" && what != u"import" && what != u"list" && id.isEmpty())
        return usageError(kCommand, u"%1 needs --id"_s.arg(what));
    if (parser.isSet(u"pdf"_s) && what != u"vouchers")
        return usageError(kCommand, u"--pdf is for vouchers"_s);
#ifndef MC_WITH_UI
    if (parser.isSet(u"pdf"_s))
        return usageError(kCommand, u"this build has no PDF writer (built with MC_BUILD_UI=OFF)"_s);
#endif
    if ((what == u"import" || what == u"rollback" || what == u"publish") && author.trimmed().isEmpty())
        return usageError(kCommand, u"%1 needs --author"_s.arg(what));

    if (what == u"simulate") {
        if (!parser.isSet(u"campaign"_s) || !parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
            return usageError(kCommand, u"simulate needs --campaign FILE.json, --from and --to"_s);
        const auto from = beijingDay(parser, u"from"_s, 0);
        const auto to = beijingDay(parser, u"to"_s, 1);
        const auto top = integerOption(parser, kCommand, u"top"_s, 0, 10'000, 10);
        if (!from || !to || !top)
            return kExitUsage;
        auto spec = readCampaign(parser.value(u"campaign"_s));
        if (!spec)
            return usageError(kCommand, spec.error().message);
        auto cache = storage::openReader(dataDir, storage::DatabaseRole::Cache);
        if (!cache)
            return storageFailure(cache.error());
        campaigns::RehearsalOptions options{*from, *to, int(*top), {}};
        auto result = campaigns::rehearse(*cache.value(), spec.value(), options);
        if (!result)
            return fail(result.error(), kExitFailed);
        printJsonLine(campaigns::toJson(result.value()));
        return kExitOk;
    }

    // A folder no console has used yet has no ledger to read: it is created (and locked) then.
    const bool writes = what == u"import" || what == u"rollback" || what == u"publish" || what == u"vouchers" ||
                        !QFileInfo::exists(dataDir + u'/' + storage::databaseFileName(storage::DatabaseRole::Ledger));
    std::unique_ptr<storage::DataFolder> folder;
    if (writes && !(folder = lockDataFolder(kCommand, dataDir)))
        return kExitStorage;
    core::SystemClock clock;
    std::unique_ptr<sync::LedgerStore> ledger;
    if (auto opened = writes ? sync::LedgerStore::open(dataDir, clock) : sync::LedgerStore::openReadOnly(dataDir, clock))
        ledger = std::move(opened).value();
    else
        return storageFailure(opened.error());
    campaigns::CampaignStore store(ledger->database(), clock);
    auto cache = writes ? storage::openWriter(dataDir, storage::DatabaseRole::Cache)
                        : storage::openReader(dataDir, storage::DatabaseRole::Cache);
    if (!cache)
        return storageFailure(cache.error());

    if (what == u"import") {
        auto spec = readCampaign(parser.value(u"campaign"_s));
        if (!spec)
            return usageError(kCommand, spec.error().message);
        QJsonArray issues;
        for (const auto &i : campaigns::validate(spec.value(), validationContext(cache.value().get(), store, clock)))
            issues.append(QJsonObject{{u"code"_s, i.code}, {u"message"_s, i.message}});
        auto saved = store.save(spec.value(), author, u"imported"_s);
        if (!saved)
            return storageFailure(saved.error());
        printJsonLine({{u"id"_s, spec.value().id}, {u"version"_s, saved.value()}, {u"issues"_s, issues}});
        return kExitOk;
    }
    if (what == u"list") {
        auto all = store.newest();
        if (!all)
            return storageFailure(all.error());
        for (const auto &v : all.value())
            printJsonLine(versionJson(v));
        return kExitOk;
    }
    if (what == u"versions") {
        auto all = store.versions(id);
        if (!all)
            return storageFailure(all.error());
        for (const auto &v : all.value())
            printJsonLine(versionJson(v));
        return all.value().isEmpty() ? kExitFailed : kExitOk;
    }
    if (what == u"export") {
        auto v = store.version(id, int(*version));
        if (!v)
            return fail(v.error(), kExitFailed);
        const QByteArray json = QJsonDocument(campaigns::toJson(v.value().spec)).toJson(QJsonDocument::Indented);
        if (!parser.isSet(u"out"_s)) {
            QFile out;
            (void)out.open(stdout, QIODevice::WriteOnly);
            out.write(json);
            return kExitOk;
        }
        QSaveFile file(parser.value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return fail({u"campaign.file"_s, u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()), {}},
                        kExitFailed);
        return kExitOk;
    }
    if (what == u"diff") {
        const auto against = integerOption(parser, kCommand, u"against"_s, 1, 1'000'000, 0);
        if (!against || *against == 0 || *version == 0)
            return usageError(kCommand, u"diff needs --version A and --against B"_s);
        auto a = store.version(id, int(*version));
        auto b = store.version(id, int(*against));
        if (!a || !b)
            return fail(!a ? a.error() : b.error(), kExitFailed);
        QJsonArray changes;
        for (const auto &c : campaigns::diff(a.value().spec, b.value().spec))
            changes.append(QJsonObject{{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after}});
        printJsonLine({{u"id"_s, id}, {u"version"_s, qint64(*version)}, {u"against"_s, qint64(*against)},
                       {u"changes"_s, changes}});
        return kExitOk;
    }
    if (what == u"rollback") {
        if (*version == 0)
            return usageError(kCommand, u"rollback needs --version N"_s);
        auto saved = store.rollback(id, int(*version), author);
        if (!saved)
            return fail(saved.error(), kExitFailed);
        printJsonLine({{u"id"_s, id}, {u"version"_s, saved.value()}, {u"rolled_back_to"_s, qint64(*version)}});
        return kExitOk;
    }
    if (what == u"vouchers")
        return issueVouchers(parser, *ledger, store, *cache.value(), clock, id);
    return publish(parser, *ledger, store, *cache.value(), clock, id, int(*version), author);
}

} // namespace mc::commands
