#include "ui/catalog/catalogmodel.h"

#include "app/workspace/ordertext.h"

#include <QApplication>
#include <QColor>
#include <QPalette>

namespace mc::ui {

namespace {
bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}
} // namespace

QColor lowStockBackground()
{
    return darkPalette() ? QColor(0x6b, 0x24, 0x24) : QColor(0xfd, 0xde, 0xdc);
}

QColor pendingStockBackground()
{
    return darkPalette() ? QColor(0x5c, 0x4a, 0x12) : QColor(0xff, 0xf1, 0xc2);
}

CatalogModel::CatalogModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogModel::setRows(const QList<workspace::CatalogRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const workspace::CatalogRow *CatalogModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CatalogModel::rowOfSku(std::int64_t skuId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).skuId == skuId)
            return static_cast<int>(i);
    return -1;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    const workspace::CatalogRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Product:
            return r->title;
        case Specification:
            return r->properties;
        case MerchantCode:
            return r->outerId;
        case Category:
            return r->category;
        case Price:
            return workspace::OrderText::yuan(r->priceFen);
        case Stock:
            return QLocale().toString(static_cast<qlonglong>(r->totalQuantity));
        case Locations:
            return r->locationsStocked;
        case Low:
            return r->lowLocations > 0 ? tr("%n low", nullptr, r->lowLocations) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Price)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == Low && r->lowLocations > 0)
        return lowStockBackground();
    if (role == Qt::ToolTipRole && index.column() == Low)
        return tr("Low at or below %n", nullptr, static_cast<int>(r->threshold));
    if (role == Qt::ForegroundRole && !r->onSale)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Specification:
        return tr("Specification");
    case MerchantCode:
        return tr("Merchant code");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    case Locations:
        return tr("Locations");
    case Low:
        return tr("Low");
    default:
        return {};
    }
}

} // namespace mc::ui
