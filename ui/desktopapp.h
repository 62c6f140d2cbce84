// Entry point of the desktop (widgets) app, called by app/main.cpp.
#pragma once

namespace mc::ui {

int runDesktopApp(int &argc, char **argv);

} // namespace mc::ui
