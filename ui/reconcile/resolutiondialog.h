// Asks the manager for a resolution of one discrepancy (accept, write off, dispute, with a
// note), or for a sign-off or a reopening (their name, and a reason to reopen).
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mc::ui {

class ResolutionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Resolve, SignOff, Reopen };
    ResolutionDialog(Mode mode, const QString &subject, const QString &manager, QWidget *parent = nullptr);

    QString kind() const; // accept, write-off, dispute
    QString note() const;
    QString manager() const;

private:
    void updateOk();

    Mode m_mode;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_manager = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace mc::ui
