#include "app/workspace/csvfile.h"

#include "app/workspace/csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {
constexpr std::int64_t kProgressEvery = 1000;

core::Error cannotWrite(const QString &path, const QString &why)
{
    return core::Error{u"workspace.export"_s,
                       QCoreApplication::translate("mc::workspace::OrderText", "Cannot write %1: %2").arg(path, why),
                       {}};
}
} // namespace

core::Result<std::int64_t> writeCsvFile(const QString &path, const QStringList &header,
                                        const std::function<core::Status(const CsvRowSink &)> &produce,
                                        const std::function<bool(std::int64_t)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    std::int64_t written = 0;
    bool cancelled = false;
    {
        CsvWriter csv(file);
        csv.writeRow(header);
        core::Status s = produce([&](const QStringList &fields) {
            csv.writeRow(fields);
            ++written;
            if (written % kProgressEvery == 0 && progress && !progress(written)) {
                cancelled = true;
                return false;
            }
            return csv.ok();
        });
        if (!s) {
            file.cancelWriting();
            return s.error();
        }
        if (!csv.flush() && !cancelled) {
            file.cancelWriting();
            return cannotWrite(path, file.errorString());
        }
    }
    if (cancelled) {
        file.cancelWriting();
        return core::Error{QString::fromLatin1(kCancelled),
                           QCoreApplication::translate("mc::workspace::OrderText", "Export cancelled"), {}};
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    if (progress)
        progress(written);
    return written;
}

} // namespace mc::workspace
