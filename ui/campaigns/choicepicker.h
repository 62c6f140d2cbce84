// ChoicePicker: a dialog to tick SKUs, categories, stores, cities or provinces from the cached
// catalog and stores: a search field over a checkable list (ChoiceListModel behind a
// QSortFilterProxyModel, uniform rows: fast with 100,000 SKUs), "Only ticked", "Clear".
// Keys typed in the editor but not in the cache stay ticked.
#pragma once

#include "ui/campaigns/choicelistmodel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace mc::ui {

class ChoicePicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicePicker)

public:
    ChoicePicker(const QString &title, QList<Choice> choices, const QStringList &ticked, QWidget *parent = nullptr);

    QStringList ticked() const { return m_model->ticked(); }
    // Filters by the search field now (typing waits 150 ms for the next key first).
    void applySearch();
    // For tests: the list as filtered, and the search field.
    QSortFilterProxyModel *shown() const { return m_proxy; }
    QLineEdit *search() const { return m_search; }
    ChoiceListModel *model() const { return m_model; }

private:
    void updateCount(int ticked);

    ChoiceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_onlyTicked = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace mc::ui
