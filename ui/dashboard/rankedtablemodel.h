// Top categories, provinces or SKUs of the day: rank, name, GMV, orders (or units) and the
// share of the scope's GMV.
#pragma once

#include "app/metrics/daysnapshot.h"
#include "ui/dashboard/snapshottablemodel.h"

namespace mc::ui {

class RankedTableModel final : public SnapshotTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankedTableModel)

public:
    enum Column { Rank, Name, Gmv, Count, Share, ColumnCount };

    // nameHeader: "Category"...; countHeader: "Orders" or "Units".
    RankedTableModel(QString nameHeader, QString countHeader, QObject *parent = nullptr);
    ~RankedTableModel() override;

    // At most `limit` rows; shares are of totalGmvFen.
    void setRanking(const QList<metrics::Ranked> &ranking, std::int64_t totalGmvFen, int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> moneyColumns() const override { return {Gmv}; }

private:
    struct Row
    {
        QString label;
        std::int64_t gmvFen = 0;
        std::int64_t count = 0;
        std::int64_t shareBasisPoints = 0; // of the scope's GMV, 10,000 = all
        friend bool operator==(const Row &, const Row &) = default;
    };
    QVariant display(const Row &row, int column, int rank) const;

    QString m_nameHeader;
    QString m_countHeader;
    QList<Row> m_rows;
};

} // namespace mc::ui
