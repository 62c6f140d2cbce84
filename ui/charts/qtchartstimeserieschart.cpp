// The Qt Charts implementation of TimeSeriesChart, the only file that includes Qt Charts.
// Category axes carry our own tick labels (times of day, money in the user's locale). An
// area is a fill without outline plus a line along its top: Qt Charts strokes an area's
// outline as a generic path, measured 15x slower than the same points drawn as a line.
#include "ui/charts/timeserieschart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

class QtChartsTimeSeriesChart final : public TimeSeriesChart
{
public:
    explicit QtChartsTimeSeriesChart(QWidget *parent) : TimeSeriesChart(parent)
    {
        m_chart = new QChart;
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->setBackgroundVisible(false);
        m_chart->setBackgroundRoundness(0);
        m_chart->setMargins(QMargins(2, 4, 2, 2));
        m_chart->legend()->setVisible(false);
        m_chart->legend()->setAlignment(Qt::AlignTop);
        m_chart->legend()->setBackgroundVisible(false);

        m_view = new QChartView(m_chart, this); // the view owns the chart
        m_view->setRenderHint(QPainter::Antialiasing);
        // Series and labels change geometry at every update: a BSP index of the scene would be
        // rebuilt each time (measured: 50-80 ms spikes on the GUI thread).
        m_view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
        m_view->setFrameShape(QFrame::NoFrame);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);

        m_x = addAxis(Qt::AlignBottom);
        m_left = addAxis(Qt::AlignLeft);
        applyPalette();
        applyFont();
    }

    int addSeries(const QString &name, const QColor &color, Style style, Axis valueAxis) override
    {
        QCategoryAxis *yAxis = valueAxis == Axis::Right ? rightAxis() : m_left;
        QAreaSeries *area = nullptr;
        if (style == Style::Area) {
            area = new QAreaSeries(new QLineSeries);
            area->setPen(Qt::NoPen);
            m_chart->addSeries(area);
            area->attachAxis(m_x);
            area->attachAxis(yAxis);
            for (QLegendMarker *marker : m_chart->legend()->markers(area))
                marker->setVisible(false); // the line's marker names the series
        }
        auto *line = new QLineSeries;
        line->setName(name);
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(yAxis);
        m_lines.append(line);
        m_areas.append(area);
        seriesAdded();
        const int index = static_cast<int>(m_lines.size()) - 1;
        setSeriesColor(index, color);
        applyPalette(); // the legend label of a new series
        return index;
    }

    void setSeriesColor(int series, const QColor &color) override
    {
        if (series < 0 || series >= m_lines.size())
            return;
        m_lines.at(series)->setPen(QPen(color, 2));
        if (QAreaSeries *area = m_areas.at(series)) {
            QColor top = color;
            top.setAlpha(150);
            QColor bottom = color;
            bottom.setAlpha(20);
            QLinearGradient fill(0, 0, 0, 1);
            fill.setCoordinateMode(QGradient::ObjectBoundingMode);
            fill.setColorAt(0, top);
            fill.setColorAt(1, bottom);
            area->setBrush(fill);
        }
    }

    void setLegendVisible(bool visible) override { m_chart->legend()->setVisible(visible); }

    int plotWidth() const override { return static_cast<int>(m_chart->plotArea().width()); }

protected:
    // One replace() per drawn series: the line, and the top of its area if it has one.
    void applyPoints(int series, const QList<QPointF> &points) override
    {
        m_lines.at(series)->replace(points);
        if (QAreaSeries *area = m_areas.at(series))
            area->upperSeries()->replace(points);
    }

    void applyAxis(Axis axis, const AxisSpec &spec) override
    {
        QCategoryAxis *target = axis == Axis::X ? m_x : axis == Axis::Left ? m_left : rightAxis();
        for (const QString &label : target->categoriesLabels())
            target->remove(label);
        target->setStartValue(spec.min);
        for (const AxisTick &tick : spec.ticks)
            target->append(tick.label, tick.value); // labels must be unique on one axis
        target->setRange(spec.min, spec.max);
        target->setLabelsVisible(spec.labelsVisible);
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            applyPalette();
        else if (event->type() == QEvent::FontChange)
            applyFont();
        TimeSeriesChart::changeEvent(event);
    }

private:
    QCategoryAxis *addAxis(Qt::Alignment alignment)
    {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setGridLineVisible(alignment != Qt::AlignBottom);
        axis->setLineVisible(alignment == Qt::AlignBottom);
        axis->setRange(0, 1);
        m_chart->addAxis(axis, alignment);
        return axis;
    }

    QCategoryAxis *rightAxis()
    {
        if (!m_right) {
            m_right = addAxis(Qt::AlignRight);
            m_right->setGridLineVisible(false); // the left axis' grid serves both
            applyPalette();
            applyFont();
        }
        return m_right;
    }

    void applyPalette()
    {
        const QPalette &p = palette();
        m_view->setBackgroundBrush(p.brush(QPalette::Base));
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(28);
        for (QCategoryAxis *axis : {m_x, m_left, m_right}) {
            if (!axis)
                continue;
            axis->setLabelsBrush(p.brush(QPalette::PlaceholderText));
            axis->setGridLinePen(QPen(grid, 1));
            axis->setLinePen(QPen(grid, 1));
        }
        m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    }

    void applyFont()
    {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        for (QCategoryAxis *axis : {m_x, m_left, m_right})
            if (axis)
                axis->setLabelsFont(small);
        m_chart->legend()->setFont(small);
    }

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_x = nullptr;
    QCategoryAxis *m_left = nullptr;
    QCategoryAxis *m_right = nullptr;
    QList<QLineSeries *> m_lines; // the line of each series
    QList<QAreaSeries *> m_areas; // the fill under it, or nullptr for a plain line
};

} // namespace

TimeSeriesChart *createTimeSeriesChart(QWidget *parent)
{
    return new QtChartsTimeSeriesChart(parent);
}

} // namespace mc::ui
