// The dashboard's lists: top categories, provinces and products by GMV, and the stock-out
// risk list, each a table view over its model (sorted through a proxy on raw values).
#pragma once

#include "app/metrics/daysnapshot.h"

#include <QWidget>

class QTableView;

namespace mc::ui {

class RankedTableModel;
class SectionCard;
class StockRiskTableModel;

class RankingTables final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingTables)

public:
    static constexpr int kTopRows = 10;
    static constexpr int kRiskRows = 20;

    explicit RankingTables(QWidget *parent = nullptr);
    ~RankingTables() override;

    void showSnapshot(const metrics::DaySnapshot &snapshot);
    void setMoneyMasked(bool masked);
    void setTypeScale(qreal scale);

    RankedTableModel *categories() const { return m_categories; }
    RankedTableModel *provinces() const { return m_provinces; }
    RankedTableModel *products() const { return m_products; }
    StockRiskTableModel *stockRisks() const { return m_risks; }

protected:
    void changeEvent(QEvent *event) override;

private:
    SectionCard *addTable(const QString &name, const QString &title, RankedTableModel *model);
    QTableView *createView(const QString &name, QWidget *parent);
    void applyUrgencyColours();

    RankedTableModel *m_categories = nullptr;
    RankedTableModel *m_provinces = nullptr;
    RankedTableModel *m_products = nullptr;
    StockRiskTableModel *m_risks = nullptr;
    QList<SectionCard *> m_cards;
    QList<QTableView *> m_views;
    QTableView *m_riskView = nullptr; // two lines per row
};

} // namespace mc::ui
