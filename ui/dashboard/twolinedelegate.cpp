// TwoLineDelegate: the item's background and focus as the style draws them, then two elided
// lines of text in the style's text rectangle.
#include "ui/dashboard/twolinedelegate.h"

#include <QApplication>
#include <QPainter>

namespace mc::ui {

TwoLineDelegate::TwoLineDelegate(int secondLineColumn, QObject *parent)
    : QStyledItemDelegate(parent), m_column(secondLineColumn)
{}

TwoLineDelegate::~TwoLineDelegate() = default;

QFont TwoLineDelegate::secondLineFont(const QFont &cellFont)
{
    QFont font = cellFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    return font;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString first = opt.text;
    const QString second = index.siblingAtColumn(m_column).data(Qt::DisplayRole).toString();
    opt.text.clear(); // the style paints background, selection and focus; we paint the text
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(4, 0, -4, 0);
    const QFont small = secondLineFont(opt.font);
    const QFontMetrics big(opt.font);
    const QFontMetrics little(small);
    const int top = text.top() + (text.height() - big.height() - little.height()) / 2;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(QRect(text.left(), top, text.width(), big.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      big.elidedText(first, Qt::ElideRight, text.width()));
    ink.setAlphaF(selected ? 0.85f : 0.6f); // muted, still readable on either palette
    painter->setPen(ink);
    painter->setFont(small);
    painter->drawText(QRect(text.left(), top + big.height(), text.width(), little.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, little.elidedText(second, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(QFontMetrics(option.font).height() + QFontMetrics(secondLineFont(option.font)).height() + 6);
    return size;
}

} // namespace mc::ui
