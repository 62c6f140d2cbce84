#include "ui/reconcile/resolutiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mc::ui {

ResolutionDialog::ResolutionDialog(Mode mode, const QString &subject, const QString &manager, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(u"reconcile.resolutionDialog"_s);
    setWindowTitle(mode == Mode::Resolve   ? tr("Resolve a discrepancy")
                   : mode == Mode::SignOff ? tr("Sign off the day")
                                           : tr("Reopen the day"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(subject, this);
    what->setWordWrap(true);
    form->addRow(what);
    if (mode == Mode::Resolve) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(u"reconcile.kind"_s);
        m_kind->addItem(tr("Accept"), u"accept"_s);
        m_kind->addItem(tr("Write off"), u"write-off"_s);
        m_kind->addItem(tr("Dispute with the platform"), u"dispute"_s);
        form->addRow(tr("Resolution"), m_kind);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ResolutionDialog::updateOk);
    }
    if (mode != Mode::SignOff) {
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(u"reconcile.note"_s);
        m_note->setTabChangesFocus(true);
        m_note->setMaximumHeight(90);
        form->addRow(mode == Mode::Reopen ? tr("Reason") : tr("Note"), m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &ResolutionDialog::updateOk);
    } else {
        auto *lock = new QLabel(tr("Once signed off, the day cannot change until it is reopened with a reason."), this);
        lock->setWordWrap(true);
        form->addRow(lock);
    }
    m_manager = new QLineEdit(manager, this);
    m_manager->setObjectName(u"reconcile.manager"_s);
    m_manager->setMaxLength(64);
    form->addRow(tr("Manager"), m_manager);
    connect(m_manager, &QLineEdit::textChanged, this, &ResolutionDialog::updateOk);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateOk();
}

QString ResolutionDialog::kind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

QString ResolutionDialog::note() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

QString ResolutionDialog::manager() const
{
    return m_manager->text().trimmed();
}

void ResolutionDialog::updateOk()
{
    // A write-off, a dispute and a reopening say why; every decision says who.
    const bool needsNote = m_mode == Mode::Reopen || (m_kind && kind() != u"accept");
    m_ok->setEnabled(!manager().isEmpty() && (!needsNote || !note().isEmpty()));
}

} // namespace mc::ui
