// Feed latency benchmark: the sandbox creates orders at a steady rate (2,000/s by default);
// the console's message feed (real client, real cache writer) consumes, commits, then
// confirms. Latency = commit time - the platform's publication time (pub_ms), per message,
// same clock. Goals (issue 16): p99 <= 500 ms at 2,000 orders/s, p99 <= 1 s at 10,000
// orders/s. The WAL is checkpointed in the background, as the sync engine does. After a 3 s
// warm-up it also reports, over the measured seconds, messages published by the sandbox
// against messages applied, and the CPU both processes used (the sandbox must not be the
// limit).
//
//   build/tests/bench_feed [seconds=20] [rate=2000]
#include "app/platform/credentials.h"
#include "app/storage/databases.h"
#include "app/storage/transaction.h"
#include "app/storage/walcheckpointer.h"
#include "app/sync/cachewriter.h"
#include "app/sync/messagefeed.h"
#include "tests/support/percentile.h"
#include "tests/support/processcpu.h"
#include "tests/support/sandboxprocess.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace mc;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int seconds = args.size() > 1 ? args[1].toInt() : 20;
    const QString rate = args.size() > 2 ? args[2] : u"2000"_s;
    QTextStream out(stdout);
    test::SandboxProcess sandbox;
    if (!sandbox.start({u"--scenario"_s, u"steady"_s, u"--rate"_s, rate})) {
        out << "sandbox failed: " << sandbox.errorString() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    auto db = storage::openWriter(dir.path(), storage::DatabaseRole::Cache);
    storage::WalCheckpointer checkpointer(*db.value(), 8'000, 24'000);
    sync::CacheWriter writer(*db.value());
    if (!writer.prepare())
        return 1;
    platform::ClientOptions options;
    options.endpoint = sandbox.url();
    platform::PlatformClient client(options, platform::loadCredentialsFile(sandbox.credentialsPath()).value(),
                                    core::SystemClock::instance());
    const std::int64_t warmupEnd = core::SystemClock::instance().nowMs() + 3'000;
    // Published messages, applied messages and CPU seconds (sandbox, console) at the start and
    // the end of the measured seconds.
    struct Mark
    {
        std::int64_t published = -1;
        std::int64_t applied = 0;
        double sandboxCpu = 0;
        double consoleCpu = 0;
    };
    Mark marks[2];
    std::vector<std::int64_t> latencies;
    std::int64_t messages = 0;
    sync::MessageFeed feed(client, "bench", [&](const sync::MessageFeed::Batch &batch) -> core::Status {
        auto tx = storage::Transaction::begin(*db.value());
        if (!tx)
            return tx.error();
        if (auto r = writer.applyOrders(batch.orders); !r)
            return r.error();
        if (auto r = writer.applyStockLevels(batch.stock); !r)
            return r.error();
        if (core::Status s = tx.value().commit(); !s)
            return s;
        // pub_ms is on the sandbox's clock, which started when it was ready.
        const std::int64_t now = sandbox.sandboxNowMs();
        messages += batch.pubTimesMs.size();
        if (core::SystemClock::instance().nowMs() > warmupEnd)
            for (std::int64_t pub : batch.pubTimesMs)
                if (pub > 0)
                    latencies.push_back(now - pub);
        return {};
    });
    QObject::connect(&feed, &sync::MessageFeed::failed, &app, [&](const QString &e) {
        out << "feed failed: " << e << '\n';
        app.exit(1);
    });
    auto mark = [&](Mark &m, bool last) {
        m.applied = messages;
        m.sandboxCpu = test::cpuSeconds(sandbox.pid());
        m.consoleCpu = test::cpuSeconds(QCoreApplication::applicationPid());
        client.call("mc.admin.stats.get", {}, [&, last](const platform::CallOutcome &outcome) {
            if (outcome.ok())
                m.published = outcome.body.value(u"stats").toObject().value(u"messages_published").toInteger();
            if (last)
                app.exit(0);
        });
    };
    feed.start();
    QTimer::singleShot(3'000, &app, [&] { mark(marks[0], false); });
    QTimer::singleShot((seconds + 3) * 1000, &app, [&] { mark(marks[1], true); });
    const int code = QCoreApplication::exec();
    feed.stop();
    if (code != 0 || latencies.empty())
        return 1;
    auto pct = [&](double p) { return test::percentile(latencies, p); };
    out << "feed at " << rate << " orders/s for " << seconds << " s: " << messages << " messages applied ("
        << messages / (seconds + 3) << "/s incl. stock changes); latency publish -> committed: p50 " << pct(0.50)
        << " ms, p99 " << pct(0.99) << " ms, max " << pct(1.0)
        << " ms (goal p99 <= 500 ms at 2,000/s, <= 1,000 ms at 10,000/s)\n";
    const double measured = seconds;
    out << "measured " << seconds << " s: sandbox published " << qRound64((marks[1].published - marks[0].published) / measured)
        << " messages/s, console applied " << qRound64((marks[1].applied - marks[0].applied) / measured)
        << "/s; CPU: sandbox " << qRound(100 * (marks[1].sandboxCpu - marks[0].sandboxCpu) / measured)
        << " % of a core, console " << qRound(100 * (marks[1].consoleCpu - marks[0].consoleCpu) / measured)
        << " % (both share " << QThread::idealThreadCount() << " cores)\n";
    return 0;
}
