#include "ui/catalog/catalogfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace mc::ui {

namespace {
constexpr int kDebounceMs = 250;
}

CatalogFilterBar::CatalogFilterBar(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent), m_debounce(new QTimer(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(objectPrefix + QStringLiteral(".search"));
    m_search->setPlaceholderText(tr("Title, merchant code, or scan a barcode"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_category = new QComboBox(this);
    m_category->setObjectName(objectPrefix + QStringLiteral(".category"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lowOnly = new QCheckBox(tr("Low stock only"), this);
    m_lowOnly->setObjectName(objectPrefix + QStringLiteral(".lowOnly"));
    m_lowOnly->setToolTip(tr("Only products at or below their low-stock threshold somewhere"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CatalogFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        Q_EMIT changed();
        Q_EMIT codeEntered(m_search->text().trimmed());
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &CatalogFilterBar::changed);
    connect(m_lowOnly, &QCheckBox::toggled, this, &CatalogFilterBar::changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_category);
    layout->addWidget(m_lowOnly);
    layout->addStretch(1);
}

workspace::CatalogFilter CatalogFilterBar::filter() const
{
    return {m_search->text().trimmed(), m_category->currentData().toString(), m_lowOnly->isChecked()};
}

void CatalogFilterBar::setCategories(const QStringList &categories)
{
    QStringList shown;
    for (int i = 1; i < m_category->count(); ++i)
        shown << m_category->itemData(i).toString();
    if (shown == categories)
        return;
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const QString &c : categories)
        m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void CatalogFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace mc::ui
