// Version, commit and library versions of this build.
#include "app/buildinfo/buildinfo.h"

#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <sqlite3.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace mc::buildinfo {

QString version()
{
    return QStringLiteral(MC_VERSION);
}

QString commit()
{
    return QStringLiteral(MC_GIT_DESCRIBE);
}

QList<Library> libraries()
{
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)},
        {u"SQLite"_s, QString::fromLatin1(sqlite3_libversion()), QStringLiteral(SQLITE_VERSION)},
        {u"OpenSSL"_s, QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral(OPENSSL_VERSION_STR)},
    };
}

QString versionText(const QString &program)
{
    QString text = program + u' ' + version() + u'\n';
    const QString described = commit();
    text += described.isEmpty() ? u"commit: unknown (not built from a git checkout)\n"_s
                                : u"commit: "_s + described + u'\n';
    for (const Library &library : libraries()) {
        text += library.name + u' ' + library.running;
        if (library.built != library.running)
            text += u" (built with "_s + library.built + u')';
        text += u'\n';
    }
    return text;
}

} // namespace mc::buildinfo
