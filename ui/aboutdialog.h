// Help > About: name, version, the git commit it was built from, what the app is for, and the
// versions of Qt, SQLite and OpenSSL it runs with.
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
