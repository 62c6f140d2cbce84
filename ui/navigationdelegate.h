// Paints the sidebar's page list: roomy rows, a rounded highlight on the current page and a
// faint one under the mouse, all in palette colours.
#pragma once

#include <QStyledItemDelegate>

namespace mc::ui {

class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~NavigationDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kPadding = 12;
};

} // namespace mc::ui
