#include "app/workspace/catalogbrowser.h"

#include "app/storage/database.h"
#include "app/workspace/catalogexport.h"
#include "app/workspace/catalogquery.h"

#include <QFile>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace mc::workspace {

namespace {
constexpr int kChangeCoalesceMs = 1000;
constexpr int kAdjustmentsShown = 500;
constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
} // namespace

void registerCatalogMetaTypes()
{
    qRegisterMetaType<CatalogFilter>();
    qRegisterMetaType<QList<CatalogRow>>();
    qRegisterMetaType<QList<StockLocation>>();
    qRegisterMetaType<StockBlock>();
    qRegisterMetaType<QList<StockAdjustment>>();
    qRegisterMetaType<StockImport>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<QList<core::StockChange>>();
    qRegisterMetaType<core::StockConflict>();
    qRegisterMetaType<CatalogBrowser::ExportKind>();
}

struct CatalogBrowser::Connection
{
    WorkspaceReaders readers;
    std::unique_ptr<CatalogQuery> query;
    // Locations and categories change rarely: read again only after the sync said so.
    std::optional<QList<StockLocation>> locations;
    std::optional<QStringList> categories;
};

CatalogBrowser::CatalogBrowser(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_changeTimer(new QTimer(this))
{
    registerCatalogMetaTypes();
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeCoalesceMs);
    connect(m_changeTimer, &QTimer::timeout, this, &CatalogBrowser::changed);
}

CatalogBrowser::~CatalogBrowser()
{
    *m_cancelExport = true;
}

bool CatalogBrowser::ensureOpen()
{
    if (m_connection)
        return true;
    auto readers = openWorkspaceReaders(m_dataDir);
    if (!readers) {
        Q_EMIT failed(readers.error().toString());
        return false;
    }
    m_connection = std::make_unique<Connection>();
    m_connection->readers = std::move(readers.value());
    m_connection->query =
        std::make_unique<CatalogQuery>(*m_connection->readers.cache, m_connection->readers.ledger.get());
    return true;
}

void CatalogBrowser::setFilter(quint64 generation, const CatalogFilter &filter)
{
    if (!ensureOpen())
        return;
    auto rows = m_connection->query->rows(filter);
    if (!rows) {
        Q_EMIT failed(rows.error().toString());
        return;
    }
    Connection &c = *m_connection;
    if (!c.locations || !c.categories) {
        auto locations = c.query->locations();
        auto categories = c.query->categories();
        if (!locations || !categories) {
            Q_EMIT failed((!locations ? locations.error() : categories.error()).toString());
            return;
        }
        c.locations = std::move(locations.value());
        c.categories = std::move(categories.value());
    }
    Q_EMIT locationsReady(*c.locations, *c.categories);
    if (auto limits = m_connection->query->thresholds())
        Q_EMIT defaultThresholdReady(limits.value().value(0, kDefaultLowStockThreshold));
    Q_EMIT rowsReady(generation, rows.value());
}

void CatalogBrowser::fetchStock(quint64 generation, const QList<qint64> &skuIds)
{
    if (!ensureOpen())
        return;
    QList<std::int64_t> ids(skuIds.cbegin(), skuIds.cend());
    auto block = m_connection->query->stock(ids);
    if (!block) {
        Q_EMIT failed(block.error().toString());
        return;
    }
    Q_EMIT stockReady(generation, block.value());
}

void CatalogBrowser::fetchAdjustments(qint64 skuId)
{
    if (!ensureOpen())
        return;
    auto adjustments = m_connection->query->adjustments(skuId, kAdjustmentsShown);
    if (!adjustments) {
        Q_EMIT failed(adjustments.error().toString());
        return;
    }
    Q_EMIT adjustmentsReady(skuId, adjustments.value());
}

void CatalogBrowser::exportCsv(ExportKind kind, const CatalogFilter &filter, const QString &path)
{
    *m_cancelExport = false;
    const auto progress = [this, cancel = m_cancelExport](std::int64_t rows) {
        Q_EMIT exportProgress(rows);
        return !cancel->load();
    };
    auto written = kind == ExportKind::Catalog ? exportCatalog(m_dataDir, filter, path, progress)
                                               : exportStock(m_dataDir, filter, path, progress);
    Q_EMIT exportFinished(written.ok(), written.valueOr(0), written.ok() ? QString() : written.error().toString());
}

void CatalogBrowser::checkImport(const QString &path)
{
    if (!ensureOpen())
        return;
    QFile file(path);
    StockImport result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({0, tr("Cannot read %1: %2").arg(path, file.errorString())});
    } else if (file.size() > kMaxImportBytes) {
        result.errors.append({0, tr("%1 is larger than 64 MiB: split it into several files.").arg(path)});
    } else {
        result = readStockCsv(file.readAll(), *m_connection->query);
    }
    Q_EMIT importChecked(path, result);
}

void CatalogBrowser::cacheChanged(const core::ChangeSummary &summary)
{
    if (m_connection && (summary.productsChanged > 0 || summary.locationsChanged > 0)) {
        m_connection->locations.reset();
        m_connection->categories.reset();
    }
    if (!summary.stock.isEmpty() || summary.productsChanged > 0 || summary.locationsChanged > 0)
        m_changeTimer->start();
}

void CatalogBrowser::ledgerChanged()
{
    if (!m_connection || !m_connection->readers.ledger)
        m_connection.reset(); // the ledger may exist now
    m_changeTimer->start();
}

} // namespace mc::workspace
