// `merchant-console --version`, `--help` and each command's own `--help`, from the real
// executables: the version names the commit and the libraries it runs with, --help answers
// without a display, every command prints its own usage, and the manual pages
// (packaging/linux/*.1) describe every option the programs accept.
#include "app/buildinfo/buildinfo.h"
#include "tests/support/consoleprocess.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <openssl/crypto.h>
#include <sqlite3.h>

using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

// The long options a --help text lists ("  --data-dir <DIR>  ..."), without --help and --version.
QStringList longOptions(const QString &help)
{
    QStringList options;
    static const QRegularExpression line(uR"(^\s+(?:-\w, )?--([a-z0-9-]+))"_s, QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QString option = it.next().captured(1);
        if (option != u"help" && option != u"version" && option != u"help-all")
            options.append(option);
    }
    return options;
}

// The page names --OPTION itself, not only a longer option that starts the same (--rate, --rate-limit).
bool describes(const QString &page, const QString &option)
{
    return page.contains(QRegularExpression(u"--"_s + QRegularExpression::escape(option) + u"(?![a-z0-9-])"_s));
}

QString manPage(const QString &name)
{
    // troff writes a hyphen to be typed as "\-": read the page with them as typed.
    QFile file(qEnvironmentVariable("MC_SOURCE_DIR") + u"/packaging/linux/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).replace(u"\\-"_s, u"-"_s) : QString();
}

// The commands and an option only their own help names.
const QList<std::pair<QStringList, QString>> &commands()
{
    static const QList<std::pair<QStringList, QString>> kCommands{
        {{u"sync"_s}, u"--follow"_s},
        {{u"digest"_s}, u"--data-dir"_s},
        {{u"voucher"_s, u"verify"_s}, u"--store"_s},
        {{u"redeem"_s}, u"--operator"_s},
        {{u"redemptions"_s}, u"--endpoint"_s},
        {{u"reconcile"_s}, u"--sign-off"_s},
        {{u"export"_s, u"orders"_s}, u"--province"_s},
        {{u"export"_s, u"catalog"_s}, u"--low-only"_s},
        {{u"export"_s, u"stock"_s}, u"--category"_s},
        {{u"campaign"_s}, u"--against"_s},
        {{u"rebuild-cache"_s}, u"--data-dir"_s},
        {{u"verify-ledger"_s}, u"--data-dir"_s},
        {{u"restore-ledger"_s}, u"--data-dir"_s},
    };
    return kCommands;
}

} // namespace

class TestCommandHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesCommitAndLibraries()
    {
        const CommandResult dashed = runConsole({u"--version"_s});
        QCOMPARE(dashed.exitCode, 0);
        const CommandResult word = runConsole({u"version"_s});
        QCOMPARE(word.out, dashed.out);
        const QStringList lines = QString::fromUtf8(dashed.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), u"merchant-console "_s + QStringLiteral(MC_VERSION));
        QCOMPARE(lines.at(1), mc::buildinfo::commit().isEmpty() ? u"commit: unknown (not built from a git checkout)"_s
                                                                : u"commit: "_s + mc::buildinfo::commit());
        QVERIFY2(lines.at(2).startsWith(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(u"SQLite "_s + QString::fromLatin1(sqlite3_libversion())),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).startsWith(u"OpenSSL "_s + QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))),
                 qPrintable(lines.at(4)));
        const CommandResult help = runConsole({u"version"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: merchant-console version"));
    }

    // On a server there is no display: --help must not need one (the desktop app's
    // QApplication would abort without it).
    void helpNeedsNoDisplay()
    {
        for (const QString &flag : {u"--help"_s, u"-h"_s, u"help"_s}) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"DISPLAY"_s);
            env.remove(u"WAYLAND_DISPLAY"_s);
            env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
            process.setProcessEnvironment(env);
            process.start(binaryPath(u"merchant-console"_s), {flag});
            QVERIFY(process.waitForFinished(30'000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            for (const auto &[words, option] : commands())
                QVERIFY2(out.contains(u"\n  "_s + words.join(u' ') + u' '), qPrintable(words.join(u' ') + u"\n" + out));
            if (out.contains(u"This build has no desktop app (MC_BUILD_UI=OFF)"_s))
                continue;
            // ... and the desktop app's own options.
            for (const QString &desktop : {u"--demo"_s, u"--endpoint"_s, u"--lang"_s, u"--full-screen"_s})
                QVERIFY2(out.contains(desktop), qPrintable(desktop));
            QVERIFY(!out.contains(u"--measure-startup"_s)); // hidden: a benchmark's, not a user's
        }
    }

    void everyCommandHasItsOwnUsage()
    {
        QSet<QByteArray> seen;
        for (const auto &[words, option] : commands()) {
            const CommandResult own = runConsole(words + QStringList{u"--help"_s});
            QCOMPARE(own.exitCode, 0);
            const QString text = QString::fromUtf8(own.out);
            QVERIFY2(text.startsWith(u"Usage: "_s), qPrintable(text));
            const QString usage = text.section(u'\n', 0, 0);
            QVERIFY2(usage.contains(words.join(u' ')), qPrintable(usage));
            QVERIFY2(text.contains(option), qPrintable(text));
            QVERIFY2(!seen.contains(own.out), qPrintable(words.join(u' ') + u" prints another command's help"));
            seen.insert(own.out);
            // `help COMMAND` is `COMMAND --help`.
            const CommandResult viaHelp = runConsole(QStringList{u"help"_s} + words);
            QCOMPARE(viaHelp.exitCode, 0);
            QCOMPARE(viaHelp.out, own.out);
        }
    }

    // The manual page stays true: each option of each command, and of the desktop app, is in it.
    void manPageDescribesEveryOption()
    {
        const QString page = manPage(u"merchant-console.1"_s);
        QVERIFY(!page.isEmpty());
        QList<QStringList> all{{u"--help"_s}};
        for (const auto &[words, option] : commands())
            all.append(words + QStringList{u"--help"_s});
        for (const QStringList &args : all) {
            const CommandResult help = runConsole(args);
            QCOMPARE(help.exitCode, 0);
            const QStringList options = longOptions(QString::fromUtf8(help.out));
#if !MC_TEST_WITH_UI
            if (args == QStringList{u"--help"_s})
                continue; // the commands only: a build without the UI has no desktop options
#endif
            QVERIFY(!options.isEmpty());
            for (const QString &option : options)
                QVERIFY2(describes(page, option), qPrintable(args.join(u' ') + u": --"_s + option));
            if (args.size() > 1)
                QVERIFY2(page.contains(u".B "_s + args.first()) || page.contains(u"\\fB"_s + args.first()),
                         qPrintable(args.first()));
        }
    }

    void sandboxManPageDescribesEveryOption()
    {
        const QString page = manPage(u"platform-sandbox.1"_s);
        QVERIFY(!page.isEmpty());
        QProcess process;
        process.start(binaryPath(u"platform-sandbox"_s), {u"--help"_s});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList options = longOptions(QString::fromUtf8(process.readAllStandardOutput()));
        QVERIFY(options.size() > 10);
        for (const QString &option : options)
            QVERIFY2(describes(page, option), qPrintable(u"--"_s + option));
    }
};

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "tst_command_help.moc"
