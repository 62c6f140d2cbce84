// ShareBarDelegate: the bar first, then the text as usual over it.
#include "ui/dashboard/sharebardelegate.h"

#include "ui/dashboard/dashboardcolors.h"
#include "ui/dashboard/snapshottablemodel.h"

#include <QPainter>

namespace mc::ui {

ShareBarDelegate::ShareBarDelegate(int valueColumn, QObject *parent)
    : QStyledItemDelegate(parent), m_valueColumn(valueColumn)
{}

ShareBarDelegate::~ShareBarDelegate() = default;

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QAbstractItemModel *model = index.model();
    qlonglong top = 0;
    for (int row = 0; row < model->rowCount(index.parent()); ++row)
        top = std::max(top, model->index(row, m_valueColumn, index.parent()).data(kRawValueRole).toLongLong());
    const qlonglong value = index.siblingAtColumn(m_valueColumn).data(kRawValueRole).toLongLong();
    if (top > 0 && value > 0) {
        // A data bar behind the text, a tint of the GMV accent.
        const QRect cell = option.rect.adjusted(0, 2, 0, -2);
        const int width = static_cast<int>(cell.width() * value / top);
        QColor bar = accentColor(Accent::Gmv, option.palette);
        bar.setAlpha(isDarkPalette(option.palette) ? 70 : 40);
        painter->fillRect(QRect(cell.left(), cell.top(), std::max(2, width), cell.height()), bar);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace mc::ui
