// RedemptionQueueModel: text first (the state in words), tinted by state as a second cue.
#include "ui/counter/redemptionqueuemodel.h"

#include "app/core/money.h"
#include "ui/counter/countertext.h"
#include "ui/dashboard/dashboardcolors.h"

#include <QGuiApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::ui {

using vouchers::UploadState;

RedemptionQueueModel::RedemptionQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

RedemptionQueueModel::~RedemptionQueueModel() = default;

void RedemptionQueueModel::setRecords(const QList<vouchers::RedemptionRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void RedemptionQueueModel::updateRecord(const vouchers::RedemptionRecord &record)
{
    const auto it = std::find_if(m_records.begin(), m_records.end(),
                                 [&](const vouchers::RedemptionRecord &r) { return r.serial == record.serial; });
    if (it == m_records.end()) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_records.prepend(record);
        endInsertRows();
        return;
    }
    *it = record;
    const int row = static_cast<int>(it - m_records.begin());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RedemptionQueueModel::count(UploadState state) const
{
    return static_cast<int>(std::count_if(m_records.cbegin(), m_records.cend(),
                                          [state](const vouchers::RedemptionRecord &r) { return r.state == state; }));
}

int RedemptionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RedemptionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedemptionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const vouchers::RedemptionRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return CounterText::beijingDateTime(r.redeemedMs).mid(5); // "11-11 10:00": the queue is recent
        case Voucher:
            return QString::fromUtf8(r.voucherId);
        case Amount:
            return core::Money::fromMinor(r.faceValueFen).toDisplayString();
        case Operator:
            return r.operatorName;
        case State: // the platform's answer beside its state: the message column is hidden when narrow
            return r.platformMessage.isEmpty() || r.state == UploadState::Confirmed
                       ? CounterText::uploadState(r.state)
                       : tr("%1 (%2)").arg(CounterText::uploadState(r.state), r.platformMessage);
        case Message:
            return r.platformMessage;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Serial number: %1").arg(r.serial);
        if (r.attempts > 0)
            tip += u"\n"_s + tr("Upload attempts: %1").arg(r.attempts);
        if (!r.platformMessage.isEmpty())
            tip += u"\n"_s + tr("Platform's answer: %1").arg(r.platformMessage);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == State) {
        const QPalette palette = QGuiApplication::palette();
        switch (r.state) {
        case UploadState::Pending:
            return accentColor(Accent::Warning, palette);
        case UploadState::Confirmed:
            return accentColor(Accent::Live, palette);
        case UploadState::Refused:
        case UploadState::Conflict:
            return accentColor(Accent::Alert, palette);
        }
    }
    return {};
}

QVariant RedemptionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (Beijing)");
    case Voucher:
        return tr("Voucher");
    case Amount:
        return tr("Amount");
    case Operator:
        return tr("Operator");
    case State:
        return tr("Upload");
    case Message:
        return tr("Platform's answer");
    default:
        return {};
    }
}

} // namespace mc::ui
