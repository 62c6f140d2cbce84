// End-to-end sync benchmark: `merchant-console sync --once` of N seeded historical orders
// from a platform-sandbox process over loopback. Reports orders/s and peak memory.
// Goal (issue 4): >= 50,000 orders/s on this 2-core machine.
//
//   build/tests/bench_sync_e2e [orders=1000000]
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mc::test;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString orders = args.size() > 1 ? args[1] : u"1000000"_s;
    QTextStream out(stdout);
    QElapsedTimer seeding;
    seeding.start();
    SandboxProcess sandbox;
    if (!sandbox.start({u"--scenario"_s, u"frozen"_s, u"--seed-orders"_s, orders}, 600'000)) {
        out << "sandbox failed: " << sandbox.errorString() << '\n';
        return 1;
    }
    out << "sandbox seeded " << orders << " orders in " << seeding.elapsed() / 1000.0 << " s\n";
    QTemporaryDir dir;
    const CommandResult r = syncOnce(sandbox, dir.path(), {}, 3'600'000);
    if (r.exitCode != 0) {
        out << "sync failed: " << r.err.right(2000) << '\n';
        return 1;
    }
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    const bool same = consoleDigest(dir.path()) == sandbox.digestCommand().trimmed();
    out << "sync --once: " << summary.value(u"orders_inserted").toInteger() << " orders in "
        << summary.value(u"seconds").toDouble() << " s = " << qRound64(summary.value(u"orders_per_second").toDouble())
        << " orders/s (goal >= 50000), " << summary.value(u"requests").toInteger() << " requests, peak RSS "
        << summary.value(u"peak_rss_kib").toInteger() / 1024 << " MiB; digests " << (same ? "equal" : "DIFFER") << '\n';
    return same ? 0 : 1;
}
