// Whether text is (at least partly) Chinese: the check the zh_CN ui tests make of every label.
#pragma once

#include <QString>

#include <algorithm>

namespace mc::test {

inline bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace mc::test
