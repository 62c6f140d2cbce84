// Base of the dashboard's table models: rows replaced from each snapshot as item-model
// changes (rows removed or inserted at the end, dataChanged for rows that differ), never a
// reset, so selection and scroll position survive five updates a second.
#pragma once

#include <QAbstractTableModel>

namespace mc::ui {

// The unformatted value of a cell (qlonglong fen, counts, double hours), so a proxy sorts
// numbers instead of text and tests read figures without parsing.
inline constexpr int kRawValueRole = Qt::UserRole + 1;

class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotTableModel)

public:
    using QAbstractTableModel::QAbstractTableModel;
    ~SnapshotTableModel() override;

    // Money columns show "¥•••••" while masked (the raw value stays for sorting).
    void setMoneyMasked(bool masked);
    bool moneyMasked() const { return m_masked; }

protected:
    virtual QList<int> moneyColumns() const = 0;

    template<typename Row> void replaceRows(QList<Row> &rows, QList<Row> next)
    {
        const auto oldCount = rows.size();
        const auto newCount = next.size();
        if (newCount < oldCount) {
            beginRemoveRows({}, static_cast<int>(newCount), static_cast<int>(oldCount - 1));
            rows.resize(newCount);
            endRemoveRows();
        }
        qsizetype first = -1;
        qsizetype last = -1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == next.at(i))
                continue;
            rows[i] = next.at(i);
            first = first < 0 ? i : first;
            last = i;
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(static_cast<int>(first), 0), index(static_cast<int>(last), columnCount() - 1));
        if (newCount > oldCount) {
            beginInsertRows({}, static_cast<int>(oldCount), static_cast<int>(newCount - 1));
            rows.append(next.mid(oldCount));
            endInsertRows();
        }
    }

private:
    bool m_masked = false;
};

} // namespace mc::ui
