// Settings: the interface language (applied at the next start), where data is kept, and
// rebuilding the local cache from the platform.
#pragma once

#include "ui/page.h"

class QComboBox;

namespace mc::ui {

class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &title, const QString &summary, const QString &dataFolder, QWidget *parent = nullptr);
    ~SettingsPage() override;

Q_SIGNALS:
    // The user asked to set the cache aside and fetch it again (after confirming).
    void rebuildCacheRequested();

private:
    void saveLanguage();
    void confirmRebuild();

    QComboBox *m_language = nullptr;
};

} // namespace mc::ui
