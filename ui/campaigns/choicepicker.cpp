#include "ui/campaigns/choicepicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

// Rows matching every word of the search (any order, any case), and only the ticked ones
// when asked.
class ChoiceFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text, bool onlyTicked)
    {
        m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
        m_onlyTicked = onlyTicked;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_onlyTicked && i.data(Qt::CheckStateRole).toInt() != Qt::Checked)
            return false;
        if (m_words.isEmpty())
            return true;
        const QString text = i.data(ChoiceListModel::kSearchRole).toString();
        for (const QString &w : m_words)
            if (!text.contains(w))
                return false;
        return true;
    }

private:
    QStringList m_words;
    bool m_onlyTicked = false;
};

} // namespace

ChoicePicker::ChoicePicker(const QString &title, QList<Choice> choices, const QStringList &ticked, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(u"campaign.picker"_s);
    auto *layout = new QVBoxLayout(this);
    m_model = new ChoiceListModel(this);
    m_model->setChoices(std::move(choices), ticked);
    m_proxy = new ChoiceFilter(this);
    m_proxy->setSourceModel(m_model);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"campaign.picker.search"_s);
    m_search->setPlaceholderText(tr("Search by name, code or id; several words narrow it down"));
    m_search->setClearButtonEnabled(true);
    m_onlyTicked = new QCheckBox(tr("Only ticked"), this);
    top->addWidget(m_search, 1);
    top->addWidget(m_onlyTicked);
    layout->addLayout(top);

    m_view = new QListView(this);
    m_view->setObjectName(u"campaign.picker.list"_s);
    m_view->setUniformItemSizes(true); // 100,000 rows: no per-row size query
    m_view->setModel(m_proxy);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"campaign.picker.count"_s);
    auto *clear = new QPushButton(tr("Clear all ticks"), this);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(clear);
    layout->addLayout(bottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    // Typing restarts a short wait, so a fast typist filters once, not per key.
    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    wait->setInterval(150);
    connect(wait, &QTimer::timeout, this, &ChoicePicker::applySearch);
    connect(m_search, &QLineEdit::textChanged, wait, qOverload<>(&QTimer::start));
    connect(m_onlyTicked, &QCheckBox::toggled, this, &ChoicePicker::applySearch);
    connect(clear, &QPushButton::clicked, m_model, &ChoiceListModel::clearTicks);
    connect(m_model, &ChoiceListModel::tickedChanged, this, &ChoicePicker::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount(m_model->tickedCount());
    resize(680, 520);
}

void ChoicePicker::applySearch()
{
    static_cast<ChoiceFilter *>(m_proxy)->setWords(m_search->text(), m_onlyTicked->isChecked());
}

void ChoicePicker::updateCount(int ticked)
{
    m_count->setText(tr("%n ticked of %1", nullptr, ticked).arg(QLocale().toString(m_model->rowCount())));
}

} // namespace mc::ui
