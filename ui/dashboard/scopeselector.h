// The dashboard's scope: all channels, online only, or one store. A store manager's
// credential covers one store, so the selector is locked to it.
#pragma once

#include "app/core/location.h"
#include "app/metrics/salesscope.h"

#include <QComboBox>

namespace mc::ui {

class ScopeSelector final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeSelector)

public:
    explicit ScopeSelector(QWidget *parent = nullptr);
    ~ScopeSelector() override;

    // The stores become choices (warehouses are the online channel). Keeps the selection.
    void setLocations(const QList<mc::core::Location> &locations);
    // Locks the selector to one store (0 unlocks).
    void lockToStore(std::int64_t storeId);
    bool isLocked() const { return m_lockedStore != 0; }
    metrics::SalesScope scope() const;

Q_SIGNALS:
    void scopeChanged(const mc::metrics::SalesScope &scope);

private:
    void rebuild();

    QList<core::Location> m_stores;
    std::int64_t m_lockedStore = 0;
    bool m_rebuilding = false;
};

} // namespace mc::ui
