// Paints a cell as two lines: its own text, and under it, smaller and muted, the text of
// another column of the same row. The stock-out risk table folds the location under the
// product name this way, so both are readable in a card a quarter of the screen wide.
#pragma once

#include <QStyledItemDelegate>

namespace mc::ui {

class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoLineDelegate)

public:
    // secondLineColumn: the column (usually hidden) whose text is the second line.
    TwoLineDelegate(int secondLineColumn, QObject *parent = nullptr);
    ~TwoLineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The second line's font: the cell's, a step smaller.
    static QFont secondLineFont(const QFont &cellFont);

private:
    int m_column;
};

} // namespace mc::ui
