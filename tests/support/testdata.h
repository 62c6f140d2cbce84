// Helpers every suite uses: where test data and artifacts live.
#pragma once

#include <QString>

namespace mc::test {

// tests/data inside the source tree.
QString sourceDataPath(const QString &relative);
// build/test-output/<suite>: screenshots and other artifacts worth keeping after a run.
QString outputPath(const QString &relative);
// bin/ of the build tree (merchant-console, platform-sandbox).
QString binaryPath(const QString &name);

} // namespace mc::test
