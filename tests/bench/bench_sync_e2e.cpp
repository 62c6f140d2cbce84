// End-to-end sync benchmark: `merchant-console sync --once` of N seeded historical orders
// from a platform-sandbox process over loopback. Reports orders/s, peak memory, and how busy
// the sandbox was (CPU seconds per 1,000 requests, so its headroom is visible).
// Goals (issue 16): >= 25,000 orders/s with the sandbox's default budget (app=5000/10, i.e.
// 0.5 of its 50,000 orders/s ceiling) on 300,000 and 1,000,000 orders; peak RSS of the
// 1,000,000-order sync <= 200 MiB; digests equal.
//
// With a second argument, another merchant-console binary (e.g. a build of the previous
// commit) syncs the same sandbox first, into its own folder: a baseline in the same run.
//
//   build/tests/bench_sync_e2e [orders=1000000] [baseline-merchant-console]
#include "tests/support/consoleprocess.h"
#include "tests/support/processcpu.h"
#include "tests/support/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool ok = false;
    double ordersPerSecond = 0;
};

Run syncAndReport(QTextStream &out, const SandboxProcess &sandbox, const QString &label, const QString &binary)
{
    QTemporaryDir dir;
    const double sandboxCpu = cpuSeconds(sandbox.pid());
    CommandResult r;
    if (binary.isEmpty()) {
        r = syncOnce(sandbox, dir.path(), {}, 3'600'000);
    } else {
        QProcess p;
        p.start(binary, syncArgs(sandbox, dir.path()) << u"--once"_s);
        p.waitForFinished(3'600'000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
    }
    const double sandboxBusy = cpuSeconds(sandbox.pid()) - sandboxCpu;
    if (r.exitCode != 0) {
        out << label << ": sync failed: " << r.err.right(2000) << '\n';
        return {};
    }
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    const bool same = consoleDigest(dir.path()) == sandbox.digestCommand().trimmed();
    const double seconds = summary.value(u"seconds").toDouble();
    const qint64 requests = summary.value(u"requests").toInteger();
    out << label << ": " << summary.value(u"orders_inserted").toInteger() << " orders in " << seconds << " s = "
        << qRound64(summary.value(u"orders_per_second").toDouble()) << " orders/s (goal >= 25000), " << requests
        << " requests, peak RSS " << summary.value(u"peak_rss_kib").toInteger() / 1024
        << " MiB (goal <= 200 at 1M); sandbox busy " << sandboxBusy << " CPU-s = "
        << qRound(100 * sandboxBusy / std::max(seconds, 0.001)) << " % of a core, "
        << qRound64(sandboxBusy * 1000 / std::max<qint64>(requests, 1)) << " CPU-ms per request; digests "
        << (same ? "equal" : "DIFFER") << Qt::endl;
    return {same, summary.value(u"orders_per_second").toDouble()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString orders = args.size() > 1 ? args[1] : u"1000000"_s;
    const QString baseline = args.size() > 2 ? args[2] : QString();
    QTextStream out(stdout);
    QElapsedTimer seeding;
    seeding.start();
    SandboxProcess sandbox;
    if (!sandbox.start({u"--scenario"_s, u"frozen"_s, u"--seed-orders"_s, orders}, 600'000)) {
        out << "sandbox failed: " << sandbox.errorString() << '\n';
        return 1;
    }
    out << "sandbox seeded " << orders << " orders in " << seeding.elapsed() / 1000.0 << " s" << Qt::endl;
    Run before;
    if (!baseline.isEmpty())
        before = syncAndReport(out, sandbox, u"baseline "_s + baseline, baseline);
    const Run now = syncAndReport(out, sandbox, u"sync --once"_s, {});
    if (before.ok && now.ok)
        out << "ratio to the baseline: " << now.ordersPerSecond / before.ordersPerSecond << Qt::endl;
    return now.ok ? 0 : 1;
}
