// Stock adjustments as the Stock page makes them (StockDesk beside a SyncEngine), against a
// real sandbox process: a bulk file exported, edited and imported is applied exactly, each
// change acknowledged and in the history with who made it; a stale line among good ones
// becomes a conflict carrying the platform's value, the others still apply, nothing is
// overwritten; after a sync the cache agrees with the platform's digest.
#include "app/runtime/stockdesk.h"
#include "app/storage/databases.h"
#include "app/workspace/catalogbrowser.h"
#include "app/workspace/catalogexport.h"
#include "app/workspace/catalogquery.h"
#include "app/workspace/stockimport.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/syncharness.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mc;
using namespace mc::test;

namespace {
constexpr int kEdited = 20;

// Quantity column (6) of data lines 1..n of an exported stock CSV, raised by 3.
QByteArray editQuantities(const QByteArray &csv, int count)
{
    QList<QByteArray> lines = csv.split('\n');
    for (int i = 1; i <= count && i < lines.size(); ++i) {
        QList<QByteArray> fields = lines[i].split(',');
        fields[6] = QByteArray::number(fields[6].toLongLong() + 3);
        lines[i] = fields.join(',');
    }
    return lines.join('\n');
}
} // namespace

class TestStockAdjust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { workspace::registerCatalogMetaTypes(); }

    void bulkFileAppliesExactlyAndStaleLinesBecomeConflicts()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        SyncHarness harness(sandbox, dir.path());
        QVERIFY(harness.runOnce().ok);

        const QString exported = dir.filePath(u"stock.csv"_s);
        QVERIFY(workspace::exportStock(dir.path(), {}, exported).ok());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray edited = editQuantities(file.readAll(), kEdited);

        auto readers = workspace::openWorkspaceReaders(dir.path());
        QVERIFY(readers.ok());
        workspace::CatalogQuery query(*readers.value().cache, readers.value().ledger.get());
        const workspace::StockImport checked = workspace::readStockCsv(edited, query);
        QVERIFY(checked.ok());
        QCOMPARE(checked.changes.size(), kEdited);
        QList<core::StockChange> changes = checked.stockChanges();
        // One stale line: it expects a quantity the platform no longer has.
        core::StockChange stale = changes.takeLast();
        const std::int64_t platformHas = stale.expected;
        stale.expected += 1000;
        changes.append(stale);

        auto engine = harness.makeEngine();
        QVERIFY(engine->open().ok());
        auto *desk = new runtime::StockDesk(engine.get());
        QSignalSpy recorded(desk, &workspace::StockService::changesRecorded);
        QSignalSpy settled(desk, &workspace::StockService::changeSettled);
        QSignalSpy conflicts(desk, &workspace::StockService::conflict);
        desk->requestChanges(changes, u"王店长"_s);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(0).toBool(), true);
        QCOMPARE(recorded.first().at(1).toInt(), kEdited);
        QVERIFY(QTest::qWaitFor([&] { return settled.size() == kEdited; }, 30'000));
        int acked = 0;
        for (const auto &s : settled)
            acked += s.at(1).toString() == u"acked" ? 1 : 0;
        QCOMPARE(acked, kEdited - 1);
        QCOMPARE(conflicts.size(), 1);
        const auto conflict = conflicts.first().first().value<core::StockConflict>();
        QCOMPARE(conflict.skuId, stale.skuId);
        QCOMPARE(conflict.current, platformHas); // the platform says what it has
        QCOMPARE(conflict.wanted, stale.quantity);

        // The history says who did what, and what the platform answered.
        auto history = query.adjustments(0, 100);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), kEdited);
        for (const workspace::StockAdjustment &a : history.value()) {
            QCOMPARE(a.actor, u"王店长"_s);
            QCOMPARE(a.state, a.skuId == stale.skuId && a.locationId == stale.locationId ? u"conflict"_s : u"acked"_s);
        }
        engine->stop();
        engine.reset();

        // A sync agrees with the platform: the good lines applied, the stale one did not.
        QVERIFY(harness.runOnce().ok);
        QCOMPARE(consoleDigest(dir.path()), sandbox.digestCommand().trimmed());
        for (const core::StockChange &c : std::as_const(changes)) {
            const std::int64_t now = readers.value()
                                         .cache
                                         ->queryInt(u"SELECT quantity FROM stock_levels WHERE sku_id = %1 AND "
                                                    u"location_id = %2"_s.arg(c.skuId)
                                                     .arg(c.locationId))
                                         .value();
            QCOMPARE(now, c == stale ? platformHas : c.quantity);
        }
    }

    void aRecordedChangeIsNeverLostWhenThePlatformIsUnreachable()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--scenario"_s, u"idle"_s}), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        SyncHarness harness(sandbox, dir.path());
        QVERIFY(harness.runOnce().ok);
        auto readers = workspace::openWorkspaceReaders(dir.path());
        QVERIFY(readers.ok());
        qint64 sku = 0, location = 0, quantity = 0;
        {
            auto pick = readers.value().cache->prepare(
                u"SELECT sku_id, location_id, quantity FROM stock_levels ORDER BY sku_id DESC LIMIT 1"_s);
            QVERIFY(pick.ok() && pick.value().step().value());
            sku = pick.value().int64(0);
            location = pick.value().int64(1);
            quantity = pick.value().int64(2);
        }
        QVERIFY(sandbox.stop()); // the link is down
        {
            auto engine = harness.makeEngine();
            QVERIFY(engine->open().ok());
            auto *desk = new runtime::StockDesk(engine.get());
            QSignalSpy recorded(desk, &workspace::StockService::changesRecorded);
            desk->requestChanges({{sku, location, quantity + 1, quantity}}, u"li"_s);
            QCOMPARE(recorded.first().at(0).toBool(), true);
            QTest::qWait(1500);
            engine->stop();
        }
        auto readers2 = workspace::openWorkspaceReaders(dir.path());
        workspace::CatalogQuery query(*readers2.value().cache, readers2.value().ledger.get());
        auto history = query.adjustments(sku, 10);
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().constFirst().state, u"pending"_s); // kept, to be sent when the link returns
    }
};

QTEST_GUILESS_MAIN(TestStockAdjust)
#include "tst_stock_adjust.moc"
