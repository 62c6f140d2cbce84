// Sidebar row painting.
#include "ui/navigationdelegate.h"

#include <QPainter>

namespace mc::ui {

NavigationDelegate::~NavigationDelegate() = default;

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QRect row = option.rect.adjusted(0, 2, 0, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hovered) {
        QColor fill = option.palette.color(QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.15f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(row, 6, 6);
    }
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
    QFont font = option.font;
    font.setBold(selected);
    painter->setFont(font);
    painter->drawText(row.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * kPadding;
    return {width, metrics.height() + 20};
}

} // namespace mc::ui
