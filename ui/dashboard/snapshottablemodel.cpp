// SnapshotTableModel: masking toggles repaint the money columns only.
#include "ui/dashboard/snapshottablemodel.h"

namespace mc::ui {

SnapshotTableModel::~SnapshotTableModel() = default;

void SnapshotTableModel::setMoneyMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    if (rowCount() == 0)
        return;
    for (int column : moneyColumns())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
}

} // namespace mc::ui
