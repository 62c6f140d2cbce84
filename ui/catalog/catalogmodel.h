// CatalogModel: the SKUs of the catalog filter, one row each: product, specification,
// merchant code, category, price, stock in total, locations stocked and low. SKUs are few
// next to orders, so the whole list arrives at once from the CatalogBrowser.
#pragma once

#include "app/workspace/catalogtypes.h"

#include <QAbstractTableModel>
#include <QColor>

namespace mc::ui {

class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Specification, MerchantCode, Category, Price, Stock, Locations, Low, ColumnCount };

    explicit CatalogModel(QObject *parent = nullptr);

    void setRows(const QList<workspace::CatalogRow> &rows);
    const QList<workspace::CatalogRow> &rows() const { return m_rows; }
    const workspace::CatalogRow *rowAt(int row) const;
    int rowOfSku(std::int64_t skuId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workspace::CatalogRow> m_rows;
};

// Colours for stock that is low or waiting to be sent, readable in light and dark palettes.
QColor lowStockBackground();
QColor pendingStockBackground();

} // namespace mc::ui
