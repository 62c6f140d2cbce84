// TimeSeriesChart: the small chart interface the pages draw through, so no page touches
// Qt Charts (deprecated from Qt 6.10). Points and axes are set whole and shown at most
// kMaxUpdatesPerSecond times a second, only when they changed: one replace() per series.
#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimer>
#include <QWidget>

namespace mc::ui {

struct AxisTick
{
    double value = 0;
    QString label;
    friend bool operator==(const AxisTick &, const AxisTick &) = default;
};

// An axis from 0 (or min) to max with gridlines at the ticks. Labels may be hidden (for
// example while money is masked) and the gridlines stay.
struct AxisSpec
{
    double min = 0;
    double max = 1;
    QList<AxisTick> ticks;
    bool labelsVisible = true;
    friend bool operator==(const AxisSpec &, const AxisSpec &) = default;
};

class TimeSeriesChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    enum class Style { Line, Area };
    enum class Axis { X, Left, Right };
    static constexpr int kMaxUpdatesPerSecond = 10;

    ~TimeSeriesChart() override;

    // Series are added once, before points are set; returns the series' index.
    virtual int addSeries(const QString &name, const QColor &color, Style style, Axis valueAxis = Axis::Left) = 0;
    virtual void setSeriesColor(int series, const QColor &color) = 0;
    virtual void setLegendVisible(bool visible) = 0;
    // Pixel width of the plot area.
    virtual int plotWidth() const = 0;
    // A series should carry at most about two points per pixel of plot width.
    int maxPoints() const;

    // Shown at the next tick; nothing is redrawn when the points or axis are unchanged.
    void setPoints(int series, QList<QPointF> points);
    void setAxis(Axis axis, AxisSpec spec);

    // What was asked for last (shown at the latest by the next tick), and how often a
    // series' points were handed to the chart: for tests and benchmarks.
    AxisSpec axis(Axis axis) const;
    QList<QPointF> points(int series) const;
    int pointUpdates(int series) const;

protected:
    explicit TimeSeriesChart(QWidget *parent);
    // One call per changed series per tick: implementations replace all points at once.
    virtual void applyPoints(int series, const QList<QPointF> &points) = 0;
    virtual void applyAxis(Axis axis, const AxisSpec &spec) = 0;
    void seriesAdded(); // subclasses call this from addSeries()

private:
    struct Slot
    {
        QList<QPointF> shown;
        QList<QPointF> pending;
        bool dirty = false;
        int updates = 0;
    };
    struct AxisSlot
    {
        AxisSpec shown;
        AxisSpec pending;
        bool dirty = false;
    };
    void scheduleFlush();
    void flush();

    QList<Slot> m_series;
    AxisSlot m_axes[3];
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
};

// The Qt Charts implementation (ui/charts/qtchartstimeserieschart.cpp).
TimeSeriesChart *createTimeSeriesChart(QWidget *parent = nullptr);

} // namespace mc::ui
