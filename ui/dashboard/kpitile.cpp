// KPI tile: a card with the value large and the note below it.
#include "ui/dashboard/kpitile.h"

#include "ui/page.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

KpiTile::KpiTile(const QString &name, const QString &caption, QWidget *parent) : SectionCard(caption, parent)
{
    setObjectName(name);
    titleLabel()->setObjectName(name + u".caption"_s);
    m_value = new QLabel(this);
    m_value->setObjectName(name + u".value"_s);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new AccentLabel(this);
    m_note->setObjectName(name + u".note"_s);
    m_note->setWordWrap(true); // a long comparison takes two lines, not a wider page
    content()->addWidget(m_value);
    content()->addWidget(m_note);
    content()->addStretch(1);
    KpiTile::setTypeScale(1.0);
}

KpiTile::~KpiTile() = default;

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::setNote(const QString &note, std::optional<Accent> accent)
{
    m_note->setText(note);
    m_note->setAccent(accent);
}

void KpiTile::setTypeScale(qreal scale)
{
    SectionCard::setTypeScale(scale * 0.95);
    setFontScale(m_value, scale * 1.9, true);
    setFontScale(m_note, scale * 0.9, false);
}

} // namespace mc::ui
