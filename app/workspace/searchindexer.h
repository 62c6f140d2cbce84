// SearchIndexer: keeps order_search (cache migrations 0006, 0008) filled, and each order's list
// columns (units and first title, migration 0008), in small transactions
// beside the sync: first the orders queued by the insert triggers (search_pending), then
// the orders cached before the index existed, newest first, moving the resumable mark
// 'search.backfill_below' (a created_ms since migration 0008; '0': done) down with each batch. Never on the sync path itself: a batch runs
// when the thread is otherwise idle, so history sync and the live feed keep their pace.
// Lives on the sync thread with its own writer connection (the thread serialises writes).
#pragma once

#include "app/core/result.h"
#include "app/workspace/orderfilter.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace mc::storage {
class Database;
}

namespace mc::workspace {

class SearchIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndexer)

public:
    static constexpr int kBatchOrders = 2000;

    explicit SearchIndexer(QString dataDir, QObject *parent = nullptr);
    ~SearchIndexer() override;

    core::Status open();
    // Indexes up to `maxOrders` orders in one transaction; how many it did (0: all indexed).
    core::Result<int> indexBatch(int maxOrders = kBatchOrders);
    core::Result<SearchIndexState> state();

public Q_SLOTS:
    // Something changed (new orders): index in batches until nothing is left.
    void wake();

Q_SIGNALS:
    void progress(const mc::workspace::SearchIndexState &state);

private:
    void step();
    // Puts the orders matching `condition` (over `orders o`) at their list keys (searchkey.h).
    core::Result<int> indexWhere(const QString &condition);

    QString m_dataDir;
    std::unique_ptr<storage::Database> m_db;
    QTimer *m_timer = nullptr;
    int m_batchesSinceReport = 0;
    std::optional<SearchIndexState> m_state; // during a drain
};

} // namespace mc::workspace
