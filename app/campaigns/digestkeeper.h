// DigestKeeper: keeps order_digest (cache migration 0010) filled beside the sync, as the
// search indexer keeps the search index: woken by each committed change, it builds the digest
// in small transactions (digestbuilder.h) while the thread is otherwise idle, so history sync
// and the live feed keep their pace. Lives on the sync thread with its own writer connection.
#pragma once

#include "app/core/result.h"

#include <QObject>

#include <memory>

class QTimer;

namespace mc::storage {
class Database;
}

namespace mc::campaigns {

class DigestBuilder;

class DigestKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestKeeper)

public:
    explicit DigestKeeper(QString dataDir, QObject *parent = nullptr);
    ~DigestKeeper() override;

    core::Status open();

public Q_SLOTS:
    // Something changed: build in batches until nothing is left.
    void wake();

private:
    void step();

    QString m_dataDir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<DigestBuilder> m_builder;
    QTimer *m_timer = nullptr;
};

} // namespace mc::campaigns
