// Settings: the interface language (applied at the next start) and where data is kept.
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

private:
    void saveLanguage();

    QComboBox *m_language = nullptr;
};

} // namespace mc::ui
