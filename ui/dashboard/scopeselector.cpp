// ScopeSelector: item data encodes the scope (-1 all channels, -2 online, >0 a store id).
#include "ui/dashboard/scopeselector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
constexpr qlonglong kAllChannels = -1;
constexpr qlonglong kOnline = -2;
} // namespace

ScopeSelector::ScopeSelector(QWidget *parent) : QComboBox(parent)
{
    setObjectName(u"dashboard.scope"_s);
    setAccessibleName(tr("Sales shown"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuild();
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding)
            Q_EMIT scopeChanged(scope());
    });
}

ScopeSelector::~ScopeSelector() = default;

metrics::SalesScope ScopeSelector::scope() const
{
    const qlonglong key = currentData().toLongLong();
    if (key == kOnline)
        return metrics::SalesScope::online();
    if (key > 0)
        return metrics::SalesScope::store(key);
    return metrics::SalesScope::all();
}

void ScopeSelector::setLocations(const QList<core::Location> &locations)
{
    QList<core::Location> stores;
    std::copy_if(locations.cbegin(), locations.cend(), std::back_inserter(stores),
                 [](const core::Location &l) { return l.kind == core::LocationKind::Store; });
    std::sort(stores.begin(), stores.end(),
              [](const core::Location &a, const core::Location &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (stores == m_stores)
        return;
    const metrics::SalesScope before = scope();
    m_stores = stores;
    rebuild();
    if (scope() != before) // the chosen store is gone
        Q_EMIT scopeChanged(scope());
}

void ScopeSelector::lockToStore(std::int64_t storeId)
{
    if (storeId == m_lockedStore)
        return;
    const metrics::SalesScope before = scope();
    m_lockedStore = storeId;
    rebuild();
    if (scope() != before)
        Q_EMIT scopeChanged(scope());
}

void ScopeSelector::rebuild()
{
    m_rebuilding = true;
    const qlonglong selected = m_lockedStore != 0 ? m_lockedStore : currentData().toLongLong();
    clear();
    if (m_lockedStore == 0) {
        addItem(tr("All channels"), kAllChannels);
        addItem(tr("Online"), kOnline);
    }
    for (const core::Location &store : std::as_const(m_stores))
        if (m_lockedStore == 0 || store.id == m_lockedStore)
            addItem(tr("Store: %1").arg(store.name), static_cast<qlonglong>(store.id));
    if (m_lockedStore != 0 && findData(static_cast<qlonglong>(m_lockedStore)) < 0)
        addItem(tr("Store %1").arg(m_lockedStore), static_cast<qlonglong>(m_lockedStore)); // name not loaded yet
    const int index = findData(selected);
    setCurrentIndex(index >= 0 ? index : 0);
    setEnabled(m_lockedStore == 0);
    setToolTip(m_lockedStore != 0 ? tr("Your sign-in covers this store only.") : tr("Which sales the dashboard shows"));
    m_rebuilding = false;
}

} // namespace mc::ui
