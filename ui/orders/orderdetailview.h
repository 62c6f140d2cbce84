// OrderDetailView: one order in full beside the list: when, who, where, status, amounts, and
// each line with its price, payment and refund state.
#pragma once

#include "app/workspace/orderfilter.h"

#include <QHash>
#include <QTextBrowser>

namespace mc::ui {

class OrderDetailView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OrderDetailView(QWidget *parent = nullptr);

    void showDetail(const workspace::OrderDetail &detail, const QHash<std::int64_t, QString> &locationNames);
    void showNothing();
    std::int64_t shownOrder() const { return m_tid; }

private:
    std::int64_t m_tid = 0;
};

} // namespace mc::ui
