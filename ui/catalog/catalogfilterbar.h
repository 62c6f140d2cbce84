// CatalogFilterBar: the Catalog and Stock pages' filters in one row: a search field for a
// title or merchant code (a barcode scanner types the code and Enter), the category, and
// "low stock only". Emits the whole filter, debounced while typing; Enter applies at once.
#pragma once

#include "app/workspace/catalogtypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace mc::ui {

class CatalogFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogFilterBar(const QString &objectPrefix, QWidget *parent = nullptr);

    workspace::CatalogFilter filter() const;
    void setCategories(const QStringList &categories);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void changed();
    // Enter in the search field (a scanner's code): apply and go to the exact match.
    void codeEntered(const QString &text);

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_lowOnly = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace mc::ui
