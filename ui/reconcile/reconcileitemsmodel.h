// The drill-down of a day report: one row per redemption or till line of the category
// chosen (or every discrepancy), with its amounts, detail and resolution.
#pragma once

#include "app/reconcile/dayreport.h"

#include <QAbstractTableModel>

#include <optional>

namespace mc::ui {

// "Accept", "Write off", "Dispute" for accept, write-off, dispute (translated).
QString resolutionKindLabel(const QString &kind);

class ReconcileItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Store, Serial, Redeemed, Amount, Expected, Found, Detail, Resolution, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // nullopt: every discrepancy (all but matched).
    void setReport(const reconcile::DayReport &report, std::optional<reconcile::Category> category);
    const reconcile::Item *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<reconcile::Item> m_items;
    QMap<QString, reconcile::Resolution> m_resolutions;
};

} // namespace mc::ui
