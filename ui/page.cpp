// Page header layout shared by all pages.
#include "ui/page.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

void makeMuted(QWidget *label)
{
    label->setForegroundRole(QPalette::PlaceholderText);
}

void scaleFont(QWidget *widget, qreal factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

void setFontScale(QWidget *widget, qreal factor, bool bold)
{
    QFont font = QApplication::font(widget);
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

Page::Page(const QString &title, const QString &summary, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(4);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(u"page.title"_s);
    scaleFont(titleLabel, 1.6, true);
    layout->addWidget(titleLabel);

    auto *summaryLabel = new QLabel(summary, this);
    m_summary = summaryLabel;
    summaryLabel->setObjectName(u"page.summary"_s);
    summaryLabel->setWordWrap(true);
    makeMuted(summaryLabel);
    layout->addWidget(summaryLabel);

    // The rule and the space around it hide together in a compact header.
    m_rule = new QWidget(this);
    auto *ruleLayout = new QVBoxLayout(m_rule);
    ruleLayout->setContentsMargins(0, 12, 0, 16);
    auto *rule = new QFrame(m_rule);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    ruleLayout->addWidget(rule);
    layout->addWidget(m_rule);

    m_body = new QVBoxLayout;
    m_body->setSpacing(12);
    layout->addLayout(m_body, 1);
}

Page::~Page() = default;

void Page::setCompactHeader(bool compact)
{
    m_summary->setVisible(!compact);
    m_rule->setVisible(!compact);
}

} // namespace mc::ui
