// Help > About: name, version, Qt version and what the app is for.
#pragma once

#include <QDialog>

namespace mc::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;
};

} // namespace mc::ui
