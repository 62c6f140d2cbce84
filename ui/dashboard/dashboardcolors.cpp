// Accent colour table (light, dark).
#include "ui/dashboard/dashboardcolors.h"

namespace mc::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor accentColor(Accent accent, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (accent) {
    case Accent::Gmv:
        return dark ? QColor(0xff, 0x5c, 0x72) : QColor(0xd7, 0x00, 0x2a);
    case Accent::Orders:
        return dark ? QColor(0x6e, 0xa8, 0xff) : QColor(0x1a, 0x5f, 0xd0);
    case Accent::Online:
        return dark ? QColor(0xff, 0x9a, 0x4d) : QColor(0xe0, 0x5a, 0x00);
    case Accent::InStore:
        return dark ? QColor(0x4d, 0xd0, 0xc4) : QColor(0x00, 0x86, 0x78);
    case Accent::Live:
        return dark ? QColor(0x5b, 0xd2, 0x7a) : QColor(0x1b, 0x87, 0x3b);
    case Accent::Warning:
        return dark ? QColor(0xff, 0xc0, 0x4d) : QColor(0xa8, 0x62, 0x00);
    case Accent::Alert:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Text);
}

QColor accentTint(Accent accent, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = accentColor(accent, palette);
    const int alpha = isDarkPalette(palette) ? 40 : 22; // out of 255
    auto mix = [&](int b, int t) { return (b * (255 - alpha) + t * alpha) / 255; };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
}

} // namespace mc::ui
