// StockMatrixModel: SKUs by location, the quantity in each cell. The SKUs of the filter come
// at once (they are few); the quantities are asked of the CatalogBrowser a block of rows at
// a time as the view paints them, so only what was shown is in memory. A cell at or below
// the SKU's threshold is marked low; a change waiting for the platform shows its new value
// marked pending. Editing a cell asks for a change (compare-and-set against the quantity
// shown); the cell shows the new value once the ledger has recorded it.
#pragma once

#include "app/core/stock.h"
#include "app/workspace/catalogtypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace mc::ui {

class StockMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn { Product, Total, FirstLocation };
    static constexpr int kBlockRows = 100;

    explicit StockMatrixModel(QObject *parent = nullptr);

    void setRows(quint64 generation, const QList<workspace::CatalogRow> &rows);
    void setLocations(const QList<workspace::StockLocation> &locations);
    // Changes recorded but not yet answered by the platform, shown over the cached values.
    void setPending(const QList<workspace::StockAdjustment> &adjustments);
    // Quantities shown are asked again (kept on screen until the answer).
    void refreshStock();

    const workspace::CatalogRow *rowAt(int row) const;
    const workspace::StockLocation *locationAt(int column) const;
    // The cached quantity (nullopt: not loaded yet; -1: no record at that location).
    std::optional<std::int64_t> quantityAt(int row, int column) const;
    quint64 generation() const { return m_generation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public Q_SLOTS:
    void addStock(quint64 generation, const mc::workspace::StockBlock &block);

Q_SIGNALS:
    void stockRequested(quint64 generation, const QList<qint64> &skuIds);
    void changeRequested(const mc::core::StockChange &change);

private:
    void requestBlock(int block) const;

    quint64 m_generation = 0;
    QList<workspace::CatalogRow> m_rows;
    QList<workspace::StockLocation> m_locations;
    QString m_sharedPrefix; // the words every store's name starts with
    QHash<std::int64_t, QHash<std::int64_t, std::int64_t>> m_stock; // sku -> location -> quantity
    QHash<QPair<std::int64_t, std::int64_t>, workspace::StockAdjustment> m_pending;
    mutable QSet<int> m_requested;
    QSet<int> m_loaded;
};

} // namespace mc::ui
