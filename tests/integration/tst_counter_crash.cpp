// Crash safety of the store counter, with the real executable and a real sandbox: kill -9
// `merchant-console redeem` and `merchant-console redemptions` (the upload) at random
// instants, round after round, while the platform answers consumes slowly (so kills land
// after the platform executed a consume and before its answer arrived). Then upload what is
// left. Every redemption in the ledger reaches the platform exactly once under its serial,
// the platform has none the ledger lacks, every "accepted" printed before a kill is in the
// ledger, no code is redeemed twice, and both chains of the ledger verify.
#include "tests/support/consoleprocess.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testdata.h"
#include "tests/support/topcallclient.h"

#include "app/protocol/toptime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kRounds = 40;
constexpr std::int64_t kStore = 1001;
} // namespace

class TestCounterCrash : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<TopCallClient> m_owner;

    TopCallClient &owner() { return *m_owner; }
    QList<QByteArray> issueCodes(int quantity)
    {
        const std::int64_t now = m_sandbox.sandboxNowMs();
        const auto issued = owner().call("mc.vouchers.issue",
                                         {{"face_value", "30.00"},
                                          {"uses", "1"},
                                          {"quantity", QByteArray::number(quantity)},
                                          {"valid_from", mc::protocol::formatTopTime(now - 3'600'000)},
                                          {"valid_until", mc::protocol::formatTopTime(now + 86'400'000)}});
        QList<QByteArray> codes;
        for (const auto &v : issued.response("mc.vouchers.issue")[u"vouchers"][u"voucher"].toArray())
            codes.append(v[u"code"].toString().toLatin1());
        return codes;
    }
    // serial -> how many times the platform recorded it, for this store.
    QHash<QString, int> platformSerials()
    {
        QHash<QString, int> out;
        for (int page = 1; page < 100; ++page) {
            const auto body = owner()
                                  .call("mc.redemptions.get", {{"store_id", QByteArray::number(kStore)},
                                                               {"page_no", QByteArray::number(page)},
                                                               {"page_size", "500"}})
                                  .response("mc.redemptions.get");
            const QJsonArray rows = body[u"redemptions"][u"redemption"].toArray();
            for (const auto &r : rows)
                ++out[r[u"serial_num"].toString()];
            if (page * 500 >= body[u"total_results"].toInt())
                break;
        }
        return out;
    }
    QStringList platformArgs() const
    {
        return {u"--endpoint"_s, m_sandbox.url().toString(), u"--credentials"_s, m_sandbox.credentialsPath(),
                u"--timeout-ms"_s, u"3000"_s};
    }
    void setFaults(const QByteArray &spec)
    {
        const auto reply = owner().call("mc.admin.faults.set", {{"faults", spec}});
        QVERIFY2(!reply.isError(), reply.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--scenario"_s, u"idle"_s, u"--rate-limit"_s, u"off"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_owner = std::make_unique<TopCallClient>(m_sandbox.url(), m_sandbox.owner());
        m_owner->setClock([this] { return m_sandbox.sandboxNowMs(); });
    }

    void killNineDuringRedemptionsAndUploads()
    {
        QTemporaryDir dir;
        const QStringList base{u"--data-dir"_s, dir.path(), u"--store"_s, QString::number(kStore)};
        const QList<QByteArray> codes = issueCodes(kRounds);
        QCOMPARE(codes.size(), kRounds);
        // Consumes are executed at once and answered 20..250 ms later.
        setFaults("taobao.vmarket.eticket.auth.consume:latency=20-250");

        const quint32 seed = qEnvironmentVariableIsSet("MC_CRASH_SEED") ? qEnvironmentVariableIntValue("MC_CRASH_SEED")
                                                                          : QRandomGenerator::system()->generate();
        qInfo() << "kill instants seeded with" << seed << "(set MC_CRASH_SEED to replay)";
        QRandomGenerator rng(seed);
        QSet<QString> acceptedPrinted;
        int killed = 0;
        int finished = 0;
        for (int round = 0; round < kRounds; ++round) {
            // Most rounds redeem a new code; every fourth also runs the uploader, killed too.
            QList<QStringList> runs{QStringList{u"redeem"_s} << base << u"--operator"_s << u"crash"_s << platformArgs()
                                                             << QString::fromLatin1(codes[round])};
            if (round % 4 == 3)
                runs.append(QStringList{u"redemptions"_s} << base << platformArgs());
            for (const QStringList &args : runs) {
                QProcess p;
                p.start(binaryPath(u"merchant-console"_s), args);
                QVERIFY(p.waitForStarted());
                const int delayMs = static_cast<int>(rng.bounded(10, 450));
                if (p.waitForFinished(delayMs)) {
                    ++finished;
                    const QByteArray out = p.readAllStandardOutput();
                    if (args.first() == u"redeem") {
                        const QJsonObject result = QJsonDocument::fromJson(out).object();
                        QVERIFY2(result[u"accepted"].toBool(), out.constData()); // fresh single-use codes
                        acceptedPrinted.insert(result[u"serial"].toString());
                    }
                } else {
                    p.kill(); // SIGKILL: no clean-up
                    QVERIFY(p.waitForFinished(10'000));
                    ++killed;
                    // What it printed before dying still counts as shown to the operator.
                    const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
                    if (result[u"accepted"].toBool())
                        acceptedPrinted.insert(result[u"serial"].toString());
                }
            }
        }
        qInfo() << killed << "processes killed midway," << finished << "finished";
        QVERIFY2(killed >= kRounds / 4, qPrintable(u"only %1 kills hit a running process"_s.arg(killed)));

        // The link is good again: upload what is left, without faults.
        setFaults("off");
        const CommandResult upload = runConsole(QStringList{u"redemptions"_s} << base << platformArgs());
        QVERIFY2(upload.exitCode == 0, upload.err.constData());

        QHash<QString, QString> ledger; // serial -> state
        QSet<QString> voucherIds;
        for (const QByteArray &line : upload.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject r = QJsonDocument::fromJson(line).object();
            ledger.insert(r[u"serial"].toString(), r[u"state"].toString());
            const QString voucher = r[u"voucher_id"].toString();
            QVERIFY2(!voucherIds.contains(voucher), qPrintable(u"voucher redeemed twice here: "_s + voucher));
            voucherIds.insert(voucher);
        }
        QVERIFY(ledger.size() >= finished / 2);
        for (auto it = ledger.cbegin(); it != ledger.cend(); ++it)
            QVERIFY2(it.value() == u"confirmed", qPrintable(it.key() + u": "_s + it.value()));
        qInfo() << ledger.size() << "redemptions in the ledger," << ledger.size() - acceptedPrinted.size()
                << "of them recorded by a process killed before it could say so";
        for (const QString &serial : acceptedPrinted)
            QVERIFY2(ledger.contains(serial), qPrintable(u"accepted but not in the ledger: "_s + serial));

        const QHash<QString, int> platform = platformSerials();
        for (auto it = platform.cbegin(); it != platform.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(u"recorded %1 times: "_s.arg(it.value()) + it.key()));
            QVERIFY2(ledger.contains(it.key()), qPrintable(u"on the platform, not in the ledger: "_s + it.key()));
        }
        QCOMPARE(platform.size(), ledger.size());

        const CommandResult verify = runConsole({u"verify-ledger"_s, u"--data-dir"_s, dir.path()});
        QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
        const QJsonObject chains = QJsonDocument::fromJson(verify.out).object();
        QVERIFY(chains[u"intact"].toBool());
        QCOMPARE(chains[u"redemption_rows"].toInt(), ledger.size());
    }
};

QTEST_GUILESS_MAIN(TestCounterCrash)
#include "tst_counter_crash.moc"
