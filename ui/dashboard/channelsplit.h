// Online versus in-store sales: a two-colour proportion bar with the amount and share of
// each channel above it.
#pragma once

#include <QWidget>

#include <cstdint>

namespace mc::ui {

class AccentLabel;
class FigureFormat;

class ChannelSplit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSplit)

public:
    explicit ChannelSplit(QWidget *parent = nullptr);
    ~ChannelSplit() override;

    void setSplit(std::int64_t onlineFen, std::int64_t inStoreFen, const FigureFormat &format);
    void setTypeScale(qreal scale);

private:
    class Bar;
    AccentLabel *m_online = nullptr;
    AccentLabel *m_inStore = nullptr;
    Bar *m_bar = nullptr;
};

} // namespace mc::ui
