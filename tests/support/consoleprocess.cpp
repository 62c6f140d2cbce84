// merchant-console as a child process of a test.
#include "tests/support/consoleprocess.h"

#include "app/storage/databases.h"
#include "tests/support/testdata.h"

#include <QDir>

namespace mc::test {

CommandResult runConsole(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(binaryPath(QStringLiteral("merchant-console")), args);
    CommandResult r;
    if (!p.waitForStarted(10'000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5'000);
        r.crashed = true;
    }
    r.exitCode = p.exitCode();
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList syncArgs(const SandboxProcess &sandbox, const QString &dataDir)
{
    QStringList args{QStringLiteral("sync"),      QStringLiteral("--data-dir"),    dataDir,
                     QStringLiteral("--endpoint"), sandbox.url().toString(),        QStringLiteral("--credentials"),
                     sandbox.credentialsPath()};
    if (!sandbox.tlsSha256().isEmpty())
        args << QStringLiteral("--tls-sha256") << QString::fromLatin1(sandbox.tlsSha256());
    return args;
}

CommandResult syncOnce(const SandboxProcess &sandbox, const QString &dataDir, const QStringList &extra, int timeoutMs)
{
    return runConsole(syncArgs(sandbox, dataDir) << QStringLiteral("--once") << extra, timeoutMs);
}

QByteArray consoleDigest(const QString &dataDir)
{
    const CommandResult r = runConsole({QStringLiteral("digest"), QStringLiteral("--data-dir"), dataDir}, 60'000);
    return r.exitCode == 0 ? r.out.trimmed() : QByteArray();
}

QString checkCacheConsistency(const QString &dataDir)
{
    auto db = storage::openReader(dataDir, storage::DatabaseRole::Cache);
    // A process killed between two migrations leaves a cache at an older schema, which the
    // next console brings up to date; so does this check (its tables are compared below).
    const auto migrations = QDir(QStringLiteral(":/migrations/cache")).entryList(QDir::Files).size();
    if (db && db.value()->queryInt(u"PRAGMA user_version").valueOr(0) < migrations)
        db = storage::openWriter(dataDir, storage::DatabaseRole::Cache);
    if (!db) {
        // A process killed while it was creating the cache leaves a file a read-only connection
        // cannot set up (WAL not switched on yet): opening it as the next console would does.
        db = storage::openWriter(dataDir, storage::DatabaseRole::Cache);
        if (!db)
            return db.error().toString();
    }
    const auto one = [&](const QString &sql) { return db.value()->queryInt(sql).valueOr(-1); };
    const QString sale = QStringLiteral("o.status IN ('WAIT_SELLER_SEND_GOODS','WAIT_BUYER_CONFIRM_GOODS','TRADE_FINISHED')");
    struct Pair
    {
        const char *what;
        QString rollup;
        QString direct;
    };
    const Pair pairs[] = {
        {"gmv", QStringLiteral("SELECT coalesce(sum(gmv_fen),0) FROM rollup_minute WHERE category = '*'"),
         QStringLiteral("SELECT coalesce(sum(l.payment_fen),0) FROM order_lines l JOIN orders o USING (tid) "
                        "WHERE o.pay_time_ms > 0 AND ") + sale},
        {"orders", QStringLiteral("SELECT coalesce(sum(orders),0) FROM rollup_minute WHERE category = '*'"),
         QStringLiteral("SELECT count(*) FROM orders o WHERE o.pay_time_ms > 0 AND ") + sale},
        {"refunds", QStringLiteral("SELECT coalesce(sum(refund_fen),0) FROM rollup_minute WHERE category = '*'"),
         QStringLiteral("SELECT coalesce(sum(l.payment_fen),0) FROM order_lines l JOIN orders o USING (tid) "
                        "WHERE o.pay_time_ms > 0 AND l.refund_status = 'SUCCESS'")},
        {"units by sku", QStringLiteral("SELECT coalesce(sum(units),0) FROM rollup_sku_hour"),
         QStringLiteral("SELECT coalesce(sum(l.num),0) FROM order_lines l JOIN orders o USING (tid) "
                        "WHERE o.pay_time_ms > 0 AND ") + sale},
    };
    QStringList problems;
    for (const Pair &p : pairs) {
        const qint64 a = one(p.rollup), b = one(p.direct);
        if (a != b)
            problems << QStringLiteral("%1: rollups %2, orders %3").arg(QLatin1String(p.what)).arg(a).arg(b);
    }
    // The per-SKU stock summary the triggers keep equals the stock rows it sums.
    const qint64 summaryOff = one(QStringLiteral(
        "SELECT count(*) FROM (SELECT sku_id, sum(quantity) AS total, count(*) AS stocked FROM stock_levels "
        "GROUP BY sku_id) a FULL JOIN (SELECT * FROM sku_stock WHERE stocked <> 0 OR total <> 0) t USING (sku_id) "
        "WHERE a.total IS NOT t.total OR a.stocked IS NOT t.stocked"));
    if (summaryOff != 0)
        problems << QStringLiteral("sku_stock: %1 SKUs differ from their stock rows").arg(summaryOff);
    // Campaigns live: the per-campaign day sums the triggers keep equal the promotions of the
    // orders that count as sales, by Beijing day of payment and channel.
    const qint64 campaignsOff = one(
        QStringLiteral("SELECT count(*) FROM (SELECT p.campaign_id, (o.pay_time_ms + 28800000) / 86400000 * 86400000 "
                       "- 28800000 AS day_ms, o.channel, count(*) AS n, sum(p.discount_fen) AS d FROM order_promotions p "
                       "JOIN orders o ON o.tid = p.tid WHERE o.pay_time_ms > 0 AND ") +
        sale +
        QStringLiteral(" GROUP BY 1, 2, 3) a FULL JOIN (SELECT * FROM campaign_days WHERE orders <> 0 OR discount_fen <> 0) c "
                       "USING (campaign_id, day_ms, channel) WHERE a.n IS NOT c.orders OR a.d IS NOT c.discount_fen"));
    if (campaignsOff != 0)
        problems << QStringLiteral("campaign_days: %1 campaign days differ from their orders").arg(campaignsOff);
    const QString integrity = db.value()->queryText(u"PRAGMA integrity_check").valueOr(QStringLiteral("unreadable"));
    if (integrity != QLatin1String("ok"))
        problems << u"integrity_check: " + integrity;
    return problems.join(u"; ");
}

} // namespace mc::test
