#include "tests/support/qrpdf.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mc::test {

namespace {

bool run(const QString &program, const QStringList &arguments, QByteArray &out, QString &error)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        error = program + QStringLiteral(" is not installed (packaging/linux/install-build-deps.sh installs it)");
        return false;
    }
    QProcess p;
    p.start(exe, arguments);
    if (!p.waitForFinished(300'000)) {
        error = program + QStringLiteral(" did not finish");
        return false;
    }
    out = p.readAllStandardOutput();
    // zbarimg exits 4 when an image has no symbol: the caller sees the missing codes.
    if (p.exitStatus() != QProcess::NormalExit || (p.exitCode() != 0 && p.exitCode() != 4)) {
        error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace

QByteArrayList decodeQrPdf(const QString &pdfPath, int dpi, QString &error)
{
    QTemporaryDir pages;
    QByteArray ignored;
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), pdfPath, pages.filePath(QStringLiteral("page"))},
             ignored, error))
        return {};
    QByteArrayList codes;
    const QStringList images = QDir(pages.path()).entryList({QStringLiteral("page*")}, QDir::Files, QDir::Name);
    if (images.isEmpty()) {
        error = QStringLiteral("pdftoppm wrote no page");
        return {};
    }
    for (const QString &image : images) {
        QByteArray out;
        if (!run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                                             QStringLiteral("-Sqrcode.enable"), pages.filePath(image)},
                 out, error))
            return {};
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                codes.append(line.trimmed());
    }
    return codes;
}

QByteArrayList voucherCsvCodes(const QString &csvPath)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList codes;
    for (const QByteArray &line : f.readAll().split('\n').mid(1))
        if (!line.trimmed().isEmpty())
            codes.append(line.trimmed().split(',').value(1));
    return codes;
}

} // namespace mc::test
