// StockHistoryModel: the stock adjustments made from this console, newest first: when, who,
// product, location, before -> after, and what the platform did with it.
#pragma once

#include "app/workspace/catalogtypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mc::ui {

class StockHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Requested, By, Product, Location, Before, After, State, ColumnCount };

    explicit StockHistoryModel(QObject *parent = nullptr);

    // Only this SKU's (0: every SKU's).
    void setSkuFilter(std::int64_t skuId);
    void setAdjustments(const QList<workspace::StockAdjustment> &adjustments);
    void setNames(const QList<workspace::CatalogRow> &rows, const QList<workspace::StockLocation> &locations);
    const workspace::StockAdjustment *adjustmentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::int64_t m_sku = 0;
    QList<workspace::StockAdjustment> m_all;
    QList<workspace::StockAdjustment> m_shown;
    QHash<std::int64_t, QString> m_products;
    QHash<std::int64_t, QString> m_locations;
};

} // namespace mc::ui
