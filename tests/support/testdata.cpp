// Paths handed to tests by CTest through the environment (see tests/CMakeLists.txt).
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mc::test {

namespace {
QString fromEnv(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}
} // namespace

QString sourceDataPath(const QString &relative)
{
    return QDir(fromEnv("MC_SOURCE_DIR", QStringLiteral(".")) + u"/tests/data").filePath(relative);
}

QString outputPath(const QString &relative)
{
    const QString path = QDir(fromEnv("MC_TEST_OUTPUT_DIR", QDir::tempPath())).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

QString binaryPath(const QString &name)
{
    // Outside CTest (a benchmark run by hand from build/tests), look beside us in ../bin.
    const QString fallback = QCoreApplication::applicationDirPath() + u"/../bin";
    return QDir::cleanPath(QDir(fromEnv("MC_TEST_BIN_DIR", fallback)).filePath(name));
}

} // namespace mc::test
