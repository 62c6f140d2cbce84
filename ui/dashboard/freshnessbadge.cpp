// Freshness rules: the sync state decides first (offline or stopped is stale), then the lag
// behind the platform in real time, then a ban by the platform.
#include "ui/dashboard/freshnessbadge.h"

#include "ui/dashboard/accentlabel.h"
#include "ui/dashboard/figureformat.h"
#include "ui/page.h"

#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
Accent accentFor(FreshnessLevel level)
{
    switch (level) {
    case FreshnessLevel::Live:
        return Accent::Live;
    case FreshnessLevel::Delayed:
        return Accent::Warning;
    case FreshnessLevel::Stale:
        return Accent::Alert;
    }
    return Accent::Alert;
}

std::int64_t realMs(std::int64_t platformMs, double speed)
{
    return speed > 1.0 ? static_cast<std::int64_t>(static_cast<double>(platformMs) / speed) : platformMs;
}
} // namespace

FreshnessBadge::FreshnessBadge(QWidget *parent) : QWidget(parent)
{
    m_pill = new AccentLabel(this);
    m_pill->setObjectName(u"freshness.state"_s);
    m_pill->setPill(true);
    m_detail = new AccentLabel(this);
    m_detail->setObjectName(u"freshness.detail"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_pill);
    layout->addWidget(m_detail, 1);
    setTypeScale(1.0);
}

FreshnessBadge::~FreshnessBadge() = default;

void FreshnessBadge::setTypeScale(qreal scale)
{
    setFontScale(m_pill, scale * 0.95, true);
    setFontScale(m_detail, scale * 0.9, false);
}

void FreshnessBadge::setFreshness(const DataFreshness &f, std::int64_t nowMs, const FigureFormat &format)
{
    using State = DataFreshness::State;
    const QString asOf = f.lastSyncMs > 0 ? tr("figures as of %1").arg(format.beijingTime(f.lastSyncMs))
                                          : tr("nothing synchronised yet");
    QString state;
    QStringList details;
    FreshnessLevel level = FreshnessLevel::Stale;
    switch (f.state) {
    case State::NotConnected:
        state = tr("Not connected");
        details << asOf;
        break;
    case State::Connecting:
        state = tr("Connecting");
        level = FreshnessLevel::Delayed;
        details << asOf;
        break;
    case State::CatchingUp:
        state = tr("Catching up");
        level = FreshnessLevel::Delayed;
        details << tr("loading orders from the platform, totals still growing");
        break;
    case State::Retrying:
        state = tr("Offline");
        details << tr("connection lost, retrying") << asOf;
        break;
    case State::Failed:
        if (f.credentialsRefused) {
            state = tr("Credentials refused");
            details << tr("the platform refused the app key, app secret or session: check the credentials file")
                    << asOf;
            break;
        }
        state = tr("Sync stopped");
        details << (f.message.isEmpty() ? asOf : f.message);
        break;
    case State::Live: {
        const std::int64_t behindReal = f.behindMs < 0 ? 0 : realMs(f.behindMs, f.platformSpeed);
        level = behindReal >= kStaleAfterRealMs     ? FreshnessLevel::Stale
                : behindReal >= kDelayedAfterRealMs ? FreshnessLevel::Delayed
                                                    : FreshnessLevel::Live;
        // Polling: a store manager's credential may not read the message feed.
        state = level == FreshnessLevel::Live      ? (f.polling ? tr("Live (polling)") : tr("Live"))
                : level == FreshnessLevel::Delayed ? tr("Delayed")
                                                   : tr("Stale");
        if (f.behindMs >= 0)
            details << tr("%1 behind the platform").arg(format.duration(f.behindMs));
        if (level == FreshnessLevel::Stale)
            details << asOf;
        break;
    }
    }
    if (f.bannedUntilMs > nowMs) {
        if (level == FreshnessLevel::Live) {
            level = FreshnessLevel::Delayed;
            state = tr("Throttled");
        }
        details << tr("the platform paused our requests until %1").arg(format.beijingTime(f.bannedUntilMs));
    }
    if (f.lastMessageMs > 0)
        details << tr("last order message %1").arg(format.beijingTime(f.lastMessageMs));
    if (f.budgetRemaining >= 0)
        details << tr("%1 requests left").arg(format.count(f.budgetRemaining));

    m_level = level;
    m_pill->setText(state);
    m_pill->setAccent(accentFor(level));
    QString detail = details.join(u" · "_s);
    if (!detail.isEmpty())
        detail[0] = detail.at(0).toUpper();
    m_detail->setText(detail);
    m_detail->setAccent(level == FreshnessLevel::Live ? std::nullopt : std::optional(accentFor(level)));
    m_detail->setToolTip(f.message);
}

} // namespace mc::ui
