// The redemptions the counter service reports (pending uploads first, then today's), one row
// each: time, voucher, amount, operator, upload state and the platform's last word.
#pragma once

#include "app/vouchers/redemptionrecord.h"

#include <QAbstractTableModel>

namespace mc::ui {

class RedemptionQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedemptionQueueModel)

public:
    enum Column { Time, Voucher, Amount, Operator, State, Message, ColumnCount };

    explicit RedemptionQueueModel(QObject *parent = nullptr);
    ~RedemptionQueueModel() override;

    void setRecords(const QList<vouchers::RedemptionRecord> &records);
    // Replaces the record with the same serial, or puts it first.
    void updateRecord(const vouchers::RedemptionRecord &record);
    const vouchers::RedemptionRecord &record(int row) const { return m_records.at(row); }
    int count(vouchers::UploadState state) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<vouchers::RedemptionRecord> m_records;
};

} // namespace mc::ui
