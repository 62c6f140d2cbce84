// What this build is and which libraries it runs with: `merchant-console --version` and
// Help > About. The commit comes from `git describe` when CMake configured the build.
#pragma once

#include <QList>
#include <QString>

namespace mc::buildinfo {

// A library the console links: the version found at run time and the one compiled against.
struct Library
{
    QString name;    // "Qt", "SQLite", "OpenSSL"
    QString running; // e.g. "3.40.1"
    QString built;   // e.g. "3.40.1"
};

QString version();          // the project's version, e.g. "0.1.0"
QString commit();           // `git describe --always --dirty`, or empty when not built from a git checkout
QList<Library> libraries(); // Qt, SQLite, OpenSSL, in that order
QString versionText(const QString &program); // the lines `--version` prints

} // namespace mc::buildinfo
