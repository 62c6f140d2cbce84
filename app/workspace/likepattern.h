// A LIKE pattern matching `text` anywhere, its wildcards (and the escape character) escaped:
// use it with ESCAPE '\'.
#pragma once

#include <QString>

namespace mc::workspace {

inline QString likeContaining(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace mc::workspace
