// Paints a data bar behind a ranked row's name, as long as its GMV relative to the top row,
// so a glance at the list shows how far ahead the leaders are.
#pragma once

#include <QStyledItemDelegate>

namespace mc::ui {

class ShareBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareBarDelegate)

public:
    // valueColumn: the column whose kRawValueRole the bars are proportional to.
    ShareBarDelegate(int valueColumn, QObject *parent = nullptr);
    ~ShareBarDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valueColumn;
};

} // namespace mc::ui
