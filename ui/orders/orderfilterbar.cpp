#include "ui/orders/orderfilterbar.h"

#include "app/core/money.h"
#include "app/workspace/ordertext.h"

#include <QComboBox>
#include <QDateTime>
#include <QTimeZone>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kBeijingOffsetMs = 8 * 3'600'000;
constexpr int kDebounceMs = 250;

enum class Period { All, Today, Yesterday, Last7Days, Last30Days, SinglesDay, SinglesDayLastYear };

std::int64_t beijingMidnight(std::int64_t ms)
{
    return ms - (ms + kBeijingOffsetMs) % kDayMs;
}

// 00:00 on 11 November of `year`, Beijing time, in UTC ms.
std::int64_t singlesDayStart(int year)
{
    return QDateTime(QDate(year, 11, 11), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

int beijingYear(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date().year();
}

// China's provinces, regions and municipalities, as the platform names them on orders.
const QStringList &provinces()
{
    static const QStringList names{
        u"北京市"_s,   u"天津市"_s,   u"河北省"_s,   u"山西省"_s,     u"内蒙古自治区"_s, u"辽宁省"_s,
        u"吉林省"_s,   u"黑龙江省"_s, u"上海市"_s,   u"江苏省"_s,     u"浙江省"_s,       u"安徽省"_s,
        u"福建省"_s,   u"江西省"_s,   u"山东省"_s,   u"河南省"_s,     u"湖北省"_s,       u"湖南省"_s,
        u"广东省"_s,   u"广西壮族自治区"_s, u"海南省"_s, u"重庆市"_s,  u"四川省"_s,       u"贵州省"_s,
        u"云南省"_s,   u"西藏自治区"_s, u"陕西省"_s,  u"甘肃省"_s,     u"青海省"_s,       u"宁夏回族自治区"_s,
        u"新疆维吾尔自治区"_s, u"香港特别行政区"_s, u"澳门特别行政区"_s, u"台湾省"_s};
    return names;
}
} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent) : QWidget(parent), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &OrderFilterBar::changed);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"orders.search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Order number, buyer or product (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    m_period = combo(u"orders.period"_s, tr("Period"));
    fillPeriods();
    m_status = combo(u"orders.status"_s, tr("Status"));
    m_status->addItem(tr("Any status"));
    for (const QString &status : workspace::OrderText::statuses())
        m_status->addItem(workspace::OrderText::status(status), status);
    m_channel = combo(u"orders.channel"_s, tr("Channel"));
    m_channel->addItem(tr("Online and in store"));
    m_channel->addItem(workspace::OrderText::channel(u"online"_s), u"online"_s);
    m_channel->addItem(workspace::OrderText::channel(u"store"_s), u"store"_s);
    m_location = combo(u"orders.location"_s, tr("Store"));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(16); // long store names are elided, not widening the page
    m_location->addItem(tr("All locations"), qint64(-1));
    m_province = combo(u"orders.province"_s, tr("Province"));
    m_province->addItem(tr("All provinces"));
    for (const QString &p : provinces())
        m_province->addItem(p, p);

    auto amount = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setMaximumWidth(90);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,10}(\\.\\d{0,2})?"_s), edit));
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        return edit;
    };
    m_minAmount = amount(u"orders.minAmount"_s, tr("From ¥"));
    m_maxAmount = amount(u"orders.maxAmount"_s, tr("to ¥"));

    // Two rows, so that the page fits a small laptop's screen (1024 pixels wide).
    auto *first = new QHBoxLayout;
    first->setSpacing(8);
    first->addWidget(m_search, 1);
    first->addWidget(m_period);
    first->addWidget(m_status);
    auto *second = new QHBoxLayout;
    second->setSpacing(8);
    for (QWidget *w : {static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_location),
                       static_cast<QWidget *>(m_province)})
        second->addWidget(w);
    second->addWidget(new QLabel(tr("Paid:"), this));
    second->addWidget(m_minAmount);
    second->addWidget(m_maxAmount);
    second->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(first);
    layout->addLayout(second);
}

QComboBox *OrderFilterBar::combo(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(box, &QComboBox::currentIndexChanged, this, &OrderFilterBar::changed);
    return box;
}

void OrderFilterBar::fillPeriods()
{
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Yesterday"), int(Period::Yesterday));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("11.11 (latest)"), int(Period::SinglesDay));
    m_period->addItem(tr("11.11 a year before"), int(Period::SinglesDayLastYear));
}

void OrderFilterBar::setLocations(const QList<core::Location> &locations)
{
    const qint64 current = m_location->currentData().toLongLong();
    const QSignalBlocker quiet(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), qint64(-1));
    for (const core::Location &l : locations)
        m_location->addItem(l.name, qint64(l.id));
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
}

QString OrderFilterBar::amountProblem() const
{
    const auto min = core::Money::parse(m_minAmount->text());
    const auto max = core::Money::parse(m_maxAmount->text());
    if (!m_minAmount->text().isEmpty() && !m_maxAmount->text().isEmpty() && min && max &&
        min.value().minor() > max.value().minor())
        return tr("The lowest amount is above the highest: no order can match.");
    return {};
}

void OrderFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

workspace::OrderFilter OrderFilterBar::filter(std::int64_t nowMs) const
{
    workspace::OrderFilter f;
    const std::int64_t today = beijingMidnight(nowMs);
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Today:
        f.fromMs = today;
        break;
    case Period::Yesterday:
        f.fromMs = today - kDayMs;
        f.toMs = today;
        break;
    case Period::Last7Days:
        f.fromMs = today - 6 * kDayMs;
        break;
    case Period::Last30Days:
        f.fromMs = today - 29 * kDayMs;
        break;
    case Period::SinglesDay:
    case Period::SinglesDayLastYear: {
        // The latest 11.11 that has begun, or the one a year before it.
        int year = beijingYear(nowMs);
        if (singlesDayStart(year) > nowMs)
            --year;
        if (static_cast<Period>(m_period->currentData().toInt()) == Period::SinglesDayLastYear)
            --year;
        f.fromMs = singlesDayStart(year);
        f.toMs = f.fromMs + kDayMs;
        break;
    }
    }
    if (m_status->currentIndex() > 0)
        f.statuses = {m_status->currentData().toString()};
    f.channel = m_channel->currentData().toString();
    f.locationId = m_location->currentData().toLongLong();
    f.province = m_province->currentData().toString();
    if (auto min = core::Money::parse(m_minAmount->text()); !m_minAmount->text().isEmpty() && min)
        f.minFen = min.value().minor();
    if (auto max = core::Money::parse(m_maxAmount->text()); !m_maxAmount->text().isEmpty() && max)
        f.maxFen = max.value().minor();
    f.search = m_search->text().trimmed();
    return f;
}

} // namespace mc::ui
