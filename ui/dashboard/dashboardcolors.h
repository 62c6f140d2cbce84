// Accent colours of the dashboard, chosen for the palette in use: the light variants are
// dark enough on white, the dark variants light enough on near-black.
#pragma once

#include <QColor>
#include <QPalette>

namespace mc::ui {

enum class Accent { Gmv, Orders, Online, InStore, Live, Warning, Alert };

bool isDarkPalette(const QPalette &palette);
QColor accentColor(Accent accent, const QPalette &palette);
// A faint tint of an accent over the palette's base, for card and badge backgrounds.
QColor accentTint(Accent accent, const QPalette &palette);

} // namespace mc::ui
