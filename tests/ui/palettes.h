// A dark palette for ui tests, so screenshots and colour checks cover both system themes.
#pragma once

#include <QColor>
#include <QPalette>

namespace mc::test {

inline QPalette darkPalette(QPalette base)
{
    base.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    base.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    base.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        base.setColor(role, QColor(0xe6, 0xe6, 0xe6));
    base.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    base.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    return base;
}

} // namespace mc::test
