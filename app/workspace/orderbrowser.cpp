#include "app/workspace/orderbrowser.h"

#include "app/storage/databases.h"
#include "app/workspace/orderexport.h"
#include "app/workspace/orderquery.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrderBrowser, "mc.workspace.orders")

namespace mc::workspace {

namespace {
constexpr std::int64_t kScanChunk = 250'000; // matches walked per turn of the event loop
constexpr int kFirstRows = 100;
constexpr int kChangeCoalesceMs = 1000;
constexpr OrderKey kBeforeEverything{std::numeric_limits<std::int64_t>::min(),
                                     std::numeric_limits<std::int64_t>::min()};

// The key just above `key` in the list's order, so that a walk "after" it starts at `key`.
OrderKey nextAbove(const OrderKey &key)
{
    if (key.tid < std::numeric_limits<std::int64_t>::max())
        return {key.createdMs, key.tid + 1};
    return {key.createdMs + 1, std::numeric_limits<std::int64_t>::min()};
}
} // namespace

void registerWorkspaceMetaTypes()
{
    qRegisterMetaType<OrderFilter>();
    qRegisterMetaType<OrderRow>();
    qRegisterMetaType<QList<OrderRow>>();
    qRegisterMetaType<OrderDetail>();
    qRegisterMetaType<SearchIndexState>();
}

struct OrderBrowser::Connection
{
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<OrderQuery> query;
};

// A walk over a list's matches at or below its top: an anchor every kAnchorEvery rows.
struct Walk
{
    QList<OrderKey> anchors;
    std::int64_t counted = 0;
    OrderKey last;
    bool complete = false;
};

// One list: the rows at creation (at or below `top`, reached through the walk's anchors),
// and those that arrived since, above it (`newer` of them). Orders inserted below the top
// later (history catching up) shift positions: the list is walked again beside the current
// walk, which answers until the new one is complete.
struct OrderBrowser::List
{
    quint64 generation = 0;
    OrderFilter filter;
    OrderKey top = kBeforeEverything;
    Walk walk;
    std::optional<Walk> rewalk;
    bool rewalkAgain = false; // more arrived inside the list while walking again
    std::int64_t newer = 0;
};

OrderBrowser::OrderBrowser(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_changeTimer(new QTimer(this))
{
    registerWorkspaceMetaTypes();
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeCoalesceMs);
    connect(m_changeTimer, &QTimer::timeout, this, &OrderBrowser::lookForNewRows);
}

OrderBrowser::~OrderBrowser()
{
    *m_cancelExport = true; // a running export stops and leaves no file
}

bool OrderBrowser::ensureOpen()
{
    if (m_connection)
        return true;
    auto db = storage::openReader(m_dataDir, storage::DatabaseRole::Cache);
    if (!db) {
        Q_EMIT failed(db.error().toString());
        return false;
    }
    m_connection = std::make_unique<Connection>();
    m_connection->db = std::move(db).value();
    m_connection->query = std::make_unique<OrderQuery>(*m_connection->db);
    return true;
}

void OrderBrowser::setFilter(quint64 generation, const OrderFilter &filter)
{
    if (!ensureOpen())
        return;
    m_list = std::make_unique<List>();
    m_list->generation = generation;
    m_list->filter = filter;
    auto first = m_connection->query->rows(filter, std::nullopt, kFirstRows);
    if (!first) {
        Q_EMIT failed(first.error().toString());
        return;
    }
    if (!first.value().isEmpty())
        m_list->top = first.value().constFirst().key();
    Q_EMIT rowsReady(generation, false, 0, first.value());
    if (auto state = m_connection->query->indexState(); state && !filter.search.isEmpty())
        Q_EMIT searchIndexProgress(state.value());
    if (first.value().size() < kFirstRows) { // all of it: no walk needed
        Walk &walk = m_list->walk;
        walk.counted = first.value().size();
        walk.complete = true;
        for (qsizetype i = 0; i < first.value().size(); i += OrderQuery::kAnchorEvery)
            walk.anchors.append(first.value().at(i).key());
        Q_EMIT counted(generation, walk.counted, true);
        return;
    }
    QMetaObject::invokeMethod(this, [this, generation] { scanChunk(generation); }, Qt::QueuedConnection);
}

void OrderBrowser::scanChunk(quint64 generation)
{
    if (!m_list || m_list->generation != generation)
        return; // a newer list replaced this one
    List &list = *m_list;
    const bool again = list.rewalk.has_value();
    Walk &walk = again ? *list.rewalk : list.walk;
    if (walk.complete)
        return;
    const std::optional<OrderKey> after = walk.counted == 0 ? std::nullopt : std::optional(walk.last);
    // Bounded by the top: what arrived above it is the `newer` part, not the walk's.
    OrderFilter filter = list.filter;
    auto walked = m_connection->query->scanAnchors(filter, after ? after : std::optional(nextAbove(list.top)),
                                                   walk.counted, kScanChunk, walk.anchors, walk.last);
    if (!walked) {
        Q_EMIT failed(walked.error().toString());
        return;
    }
    walk.counted += walked.value();
    walk.complete = walked.value() < kScanChunk;
    if (!again) {
        Q_EMIT counted(generation, walk.counted, walk.complete);
    } else if (walk.complete) {
        list.walk = std::move(*list.rewalk);
        list.rewalk.reset();
        Q_EMIT counted(generation, list.walk.counted, true);
        Q_EMIT rowsChanged(generation);
        Q_EMIT rowsMoved(generation);
        if (std::exchange(list.rewalkAgain, false))
            startRewalk();
        return;
    }
    if (!walk.complete)
        QMetaObject::invokeMethod(this, [this, generation] { scanChunk(generation); }, Qt::QueuedConnection);
}

void OrderBrowser::startRewalk()
{
    if (!m_list || m_list->top == kBeforeEverything)
        return;
    if (m_list->rewalk) {
        m_list->rewalkAgain = true;
        return;
    }
    m_list->rewalk.emplace();
    const quint64 generation = m_list->generation;
    QMetaObject::invokeMethod(this, [this, generation] { scanChunk(generation); }, Qt::QueuedConnection);
}

void OrderBrowser::fetchRows(quint64 generation, bool arrived, qint64 first, int count)
{
    if (!m_list || m_list->generation != generation || first < 0 || count <= 0)
        return;
    const List &list = *m_list;
    core::Result<QList<OrderRow>> rows = QList<OrderRow>();
    if (arrived) {
        if (first < list.newer)
            rows = m_connection->query->newerThan(list.filter, list.top,
                                                  static_cast<int>(std::min<qint64>(count, list.newer - first)),
                                                  static_cast<int>(first));
    } else if (first < list.walk.counted) {
        // From the anchor at or before the row, a short offset down.
        const qsizetype anchor = static_cast<qsizetype>(first / OrderQuery::kAnchorEvery);
        if (anchor < list.walk.anchors.size())
            rows = m_connection->query->rows(list.filter, list.walk.anchors.at(anchor), count,
                                             static_cast<int>(first % OrderQuery::kAnchorEvery), true);
    }
    if (!rows) {
        Q_EMIT failed(rows.error().toString());
        return;
    }
    Q_EMIT rowsReady(generation, arrived, first, rows.value());
}

void OrderBrowser::fetchDetail(qint64 tid)
{
    if (!ensureOpen())
        return;
    auto detail = m_connection->query->detail(tid);
    if (!detail) {
        Q_EMIT failed(detail.error().toString());
        return;
    }
    Q_EMIT detailReady(detail.value());
}

void OrderBrowser::locate(quint64 generation, qint64 tid)
{
    if (!m_list || m_list->generation != generation)
        return;
    auto row = m_connection->query->positionOf(m_list->filter, tid);
    if (!row) {
        Q_EMIT failed(row.error().toString());
        return;
    }
    Q_EMIT located(generation, tid, row.value());
}

void OrderBrowser::cacheChanged(const core::ChangeSummary &summary)
{
    // Orders created at or before the list's top were inserted inside it: walk it again.
    if (m_list && summary.oldestInsertedCreatedMs > 0 && summary.oldestInsertedCreatedMs <= m_list->top.createdMs)
        m_insertedInside = true;
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void OrderBrowser::lookForNewRows()
{
    if (!m_list || !m_connection)
        return;
    List &list = *m_list;
    auto newer = m_connection->query->countNewerThan(list.filter, list.top);
    if (!newer) {
        qCWarning(lcOrderBrowser).noquote() << newer.error().toString();
        return;
    }
    if (newer.value() > list.newer) {
        const qint64 added = newer.value() - list.newer;
        list.newer = newer.value();
        Q_EMIT rowsArrived(list.generation, added);
    }
    Q_EMIT rowsChanged(list.generation);
    if (std::exchange(m_insertedInside, false))
        startRewalk();
}

void OrderBrowser::exportCsv(const OrderFilter &filter, const QString &path)
{
    if (m_exporting) {
        Q_EMIT exportFinished(false, 0, tr("An export is already running."));
        return;
    }
    m_exporting = true;
    *m_cancelExport = false;
    // Its own thread and connection: browsing goes on while the file is written.
    QPointer<OrderBrowser> self(this);
    QThread *worker = QThread::create([self, dataDir = m_dataDir, filter, path, cancel = m_cancelExport] {
        auto written = exportOrders(dataDir, filter, path, [self, cancel](std::int64_t rows) {
            if (!cancel->load())
                QMetaObject::invokeMethod(self.data(), [self, rows] {
                    if (self)
                        Q_EMIT self->exportProgress(rows);
                });
            return !cancel->load();
        });
        if (!self)
            return;
        const bool ok = written.ok();
        QMetaObject::invokeMethod(self.data(), [self, ok, rows = written.valueOr(0),
                                                message = ok ? QString() : written.error().toString()] {
            if (!self)
                return;
            self->m_exporting = false;
            Q_EMIT self->exportFinished(ok, rows, message);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

} // namespace mc::workspace
