// ChannelSplit: labels from FigureFormat, the bar painted with the channel accents.
#include "ui/dashboard/channelsplit.h"

#include "ui/dashboard/accentlabel.h"
#include "ui/dashboard/figureformat.h"
#include "ui/page.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

class ChannelSplit::Bar final : public QWidget
{
public:
    explicit Bar(QWidget *parent) : QWidget(parent) { setFixedHeight(10); }

    void setShares(std::int64_t online, std::int64_t inStore)
    {
        m_online = online;
        m_inStore = inStore;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const QRectF bar = rect();
        const qreal radius = bar.height() / 2;
        const std::int64_t whole = m_online + m_inStore;
        if (whole <= 0) {
            QColor empty = palette().color(QPalette::Text);
            empty.setAlpha(30);
            painter.setBrush(empty);
            painter.drawRoundedRect(bar, radius, radius);
            return;
        }
        // Clip to the rounded bar, then fill the two parts as plain rectangles.
        QPainterPath outline;
        outline.addRoundedRect(bar, radius, radius);
        painter.setClipPath(outline);
        const qreal split = bar.width() * static_cast<qreal>(m_online) / static_cast<qreal>(whole);
        painter.fillRect(QRectF(bar.left(), bar.top(), split, bar.height()), accentColor(Accent::Online, palette()));
        painter.fillRect(QRectF(bar.left() + split, bar.top(), bar.width() - split, bar.height()),
                         accentColor(Accent::InStore, palette()));
    }

private:
    std::int64_t m_online = 0;
    std::int64_t m_inStore = 0;
};

ChannelSplit::ChannelSplit(QWidget *parent) : QWidget(parent)
{
    m_online = new AccentLabel(this);
    m_online->setObjectName(u"split.online"_s);
    m_online->setAccent(Accent::Online);
    m_inStore = new AccentLabel(this);
    m_inStore->setObjectName(u"split.inStore"_s);
    m_inStore->setAccent(Accent::InStore);
    m_inStore->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // In a narrow card the labels clip instead of widening the page.
    for (QLabel *label : {static_cast<QLabel *>(m_online), static_cast<QLabel *>(m_inStore)})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bar = new Bar(this);

    auto *labels = new QHBoxLayout;
    labels->setContentsMargins(0, 0, 0, 0);
    labels->addWidget(m_online, 1);
    labels->addWidget(m_inStore, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(labels);
    layout->addWidget(m_bar);
    setTypeScale(1.0);
}

ChannelSplit::~ChannelSplit() = default;

void ChannelSplit::setSplit(std::int64_t onlineFen, std::int64_t inStoreFen, const FigureFormat &format)
{
    const std::int64_t whole = onlineFen + inStoreFen;
    m_online->setText(tr("Online %1 · %2").arg(format.wholeMoney(onlineFen), format.share(onlineFen, whole)));
    m_inStore->setText(tr("In store %1 · %2").arg(format.wholeMoney(inStoreFen), format.share(inStoreFen, whole)));
    m_bar->setShares(onlineFen, inStoreFen);
}

void ChannelSplit::setTypeScale(qreal scale)
{
    setFontScale(m_online, scale, true);
    setFontScale(m_inStore, scale, true);
    m_bar->setFixedHeight(static_cast<int>(10 * scale));
}

} // namespace mc::ui
