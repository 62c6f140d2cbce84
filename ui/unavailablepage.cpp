// The "not available yet" panel, centred in the page body.
#include "ui/unavailablepage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

UnavailablePage::UnavailablePage(const QString &title, const QString &summary, const QString &upcoming, QWidget *parent)
    : Page(title, summary, parent)
{
    auto *panel = new QFrame(this);
    panel->setObjectName(u"unavailable.panel"_s);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setBackgroundRole(QPalette::AlternateBase);
    panel->setAutoFillBackground(true);
    panel->setFixedWidth(560); // a fixed width lets the wrapped text take its real height

    auto *heading = new QLabel(tr("Not available yet"), panel);
    heading->setObjectName(u"unavailable.heading"_s);
    heading->setAlignment(Qt::AlignCenter);
    scaleFont(heading, 1.25, true);

    auto *text = new QLabel(upcoming, panel);
    text->setObjectName(u"unavailable.text"_s);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    makeMuted(text);

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 28, 32, 28);
    panelLayout->setSpacing(8);
    panelLayout->addWidget(heading);
    panelLayout->addWidget(text);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    body()->addStretch(1);
    body()->addLayout(row);
    body()->addStretch(2);
}

UnavailablePage::~UnavailablePage() = default;

} // namespace mc::ui
