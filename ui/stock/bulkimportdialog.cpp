#include "ui/stock/bulkimportdialog.h"

#include "app/workspace/catalogtext.h"
#include "ui/catalog/catalogmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mc::ui {

namespace {
QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

BulkImportDialog::BulkImportDialog(const QString &path, const workspace::StockImport &result, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Adjust stock from %1").arg(QFileInfo(path).fileName()));
    setObjectName(QStringLiteral("stock.importDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stock.importSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("stock.importTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (result.ok())
        showChanges(result);
    else
        showErrors(result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(820, 520);
}

void BulkImportDialog::showChanges(const workspace::StockImport &result)
{
    m_summary->setText(tr("%n changes to send to the platform", nullptr, static_cast<int>(result.changes.size())) +
                       QStringLiteral(" · ") +
                       tr("%n lines already at their quantity", nullptr, result.unchanged) + QStringLiteral("\n") +
                       tr("Each change applies only if the platform still has the stock shown under Before; "
                          "otherwise it is reported as a conflict and nothing is overwritten."));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Location"), tr("Before"), tr("After")});
    m_table->setRowCount(static_cast<int>(result.changes.size()));
    for (int i = 0; i < result.changes.size(); ++i) {
        const workspace::StockImportLine &l = result.changes.at(i);
        m_table->setItem(i, 0, cell(QString::number(l.line), true));
        m_table->setItem(i, 1, cell(l.sku.title + QStringLiteral(" · ") + l.sku.properties + QStringLiteral(" (") +
                                    l.sku.outerId + u')'));
        m_table->setItem(i, 2, cell(workspace::CatalogText::locationLabel(l.location)));
        m_table->setItem(i, 3, cell(QString::number(l.before), true));
        m_table->setItem(i, 4, cell(QString::number(l.after), true));
    }
    m_table->setColumnWidth(1, 320);
    m_table->setColumnWidth(2, 200);
    if (!result.changes.isEmpty()) {
        QPushButton *apply = m_buttons->addButton(tr("Send %n changes", nullptr, static_cast<int>(result.changes.size())),
                                                  QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("stock.importApply"));
        connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    }
}

void BulkImportDialog::showErrors(const workspace::StockImport &result)
{
    m_summary->setText(tr("Nothing was changed: %n lines cannot be used. Correct them and import the file again.",
                          nullptr, static_cast<int>(result.errors.size())));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_table->setRowCount(static_cast<int>(result.errors.size()));
    for (int i = 0; i < result.errors.size(); ++i) {
        const workspace::StockImportError &e = result.errors.at(i);
        m_table->setItem(i, 0, cell(e.line > 0 ? QString::number(e.line) : QString(), true));
        auto *problem = cell(e.message);
        problem->setBackground(lowStockBackground());
        m_table->setItem(i, 1, problem);
    }
}

} // namespace mc::ui
