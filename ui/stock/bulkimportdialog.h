// BulkImportDialog: the preview of a bulk stock adjustment file: every change (product,
// location, before -> after) when the file is good, or every bad line with its reason when it
// is not. "Apply" exists only for a file whose every line is good; nothing is written before.
#pragma once

#include "app/workspace/stockimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace mc::ui {

class BulkImportDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkImportDialog(const QString &path, const workspace::StockImport &result, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void showChanges(const workspace::StockImport &result);
    void showErrors(const workspace::StockImport &result);

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mc::ui
