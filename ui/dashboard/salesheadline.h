// The top of the dashboard: today's GMV counting up, the comparison with yesterday at the
// same time, the online/in-store split, and tiles for paid orders, buyers, average order
// value and refunds.
#pragma once

#include "app/metrics/daysnapshot.h"

#include <QWidget>

class QLabel;

namespace mc::ui {

class AccentLabel;
class ChannelSplit;
class FigureFormat;
class GmvCounter;
class KpiTile;
class SectionCard;

class SalesHeadline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesHeadline)

public:
    explicit SalesHeadline(QWidget *parent = nullptr);
    ~SalesHeadline() override;

    // animate: count up from the figure shown (false for a new scope or day).
    void showSnapshot(const metrics::DaySnapshot &snapshot, const FigureFormat &format, bool animate);
    // Stale: the counter greys out and says when its figure is from.
    void setStale(bool stale, const QString &asOf);
    void setTypeScale(qreal scale);
    GmvCounter *counter() const { return m_counter; }

private:
    SectionCard *m_gmvCard = nullptr;
    GmvCounter *m_counter = nullptr;
    AccentLabel *m_comparison = nullptr;
    AccentLabel *m_staleNote = nullptr;
    ChannelSplit *m_split = nullptr;
    KpiTile *m_orders = nullptr;
    KpiTile *m_buyers = nullptr;
    KpiTile *m_averageOrder = nullptr;
    KpiTile *m_refunds = nullptr;
    qreal m_scale = 1.0;
};

} // namespace mc::ui
