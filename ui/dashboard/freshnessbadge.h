// The data freshness line of the dashboard: a coloured pill (Live / Delayed / Stale ...)
// and the details behind it: lag behind the platform, last order message, request budget.
#pragma once

#include "ui/dashboard/datafreshness.h"

#include <QWidget>

class QLabel;

namespace mc::ui {

class AccentLabel;
class FigureFormat;

class FreshnessBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreshnessBadge)

public:
    static constexpr std::int64_t kDelayedAfterRealMs = 15'000; // behind the platform by this much
    static constexpr std::int64_t kStaleAfterRealMs = 120'000;
    static constexpr int kBudgetLow = 10; // requests; the client's burst is 50

    explicit FreshnessBadge(QWidget *parent = nullptr);
    ~FreshnessBadge() override;

    void setFreshness(const DataFreshness &freshness, std::int64_t nowMs, const FigureFormat &format);
    FreshnessLevel level() const { return m_level; }
    void setTypeScale(qreal scale);

private:
    AccentLabel *m_pill = nullptr;
    AccentLabel *m_detail = nullptr;
    FreshnessLevel m_level = FreshnessLevel::Stale;
};

} // namespace mc::ui
