#include "app/campaigns/digestkeeper.h"

#include "app/campaigns/digestbuilder.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDigest, "mc.campaigns.digest")

namespace mc::campaigns {

namespace {
constexpr int kPauseBetweenBatchesMs = 2; // other events on the thread go first
} // namespace

DigestKeeper::DigestKeeper(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DigestKeeper::step);
}

DigestKeeper::~DigestKeeper() = default;

core::Status DigestKeeper::open()
{
    auto db = storage::openWriter(m_dataDir, storage::DatabaseRole::Cache);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_builder = std::make_unique<DigestBuilder>(*m_db);
    return {};
}

void DigestKeeper::wake()
{
    if (m_builder && !m_timer->isActive())
        m_timer->start(kPauseBetweenBatchesMs);
}

void DigestKeeper::step()
{
    auto done = m_builder->buildBatch();
    if (!done) {
        qCWarning(lcDigest).noquote() << "order digest batch failed:" << done.error().toString();
        return; // tried again on the next change
    }
    if (done.value() > 0)
        m_timer->start(kPauseBetweenBatchesMs);
}

} // namespace mc::campaigns
