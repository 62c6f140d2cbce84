// OrderBrowser: the Orders page's service, on a thread of its own with a reader connection
// to cache.sqlite. The page's model asks for windows of rows by position; the browser answers
// from keyset anchors (orderquery.h), so any position of millions of matches is a short query
// and only the rows on screen are ever in memory. A list is a generation: answers carry the
// generation they were asked for, and answers for an older one are to be dropped.
// New orders matching the list arrive at its top (rowsArrived) without rebuilding it.
// Talk to it with queued calls only, except cancelExport().
#pragma once

#include "app/core/syncevents.h"
#include "app/workspace/orderfilter.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace mc::workspace {

class OrderBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBrowser)

public:
    explicit OrderBrowser(QString dataDir, QObject *parent = nullptr);
    ~OrderBrowser() override;

    // Thread-safe: the running export stops at its next row and leaves no file.
    void cancelExport() { *m_cancelExport = true; }

public Q_SLOTS:
    // A new list: the first rows come at once (rowsReady from row 0), then counted() as the
    // matches are walked, a chunk at a time, until complete.
    void setFilter(quint64 generation, const mc::workspace::OrderFilter &filter);
    // Rows of the list as built (`arrived` false: position from its top) or of the orders that
    // arrived since, above it (`arrived` true: position from the very top).
    void fetchRows(quint64 generation, bool arrived, qint64 first, int count);
    void fetchDetail(qint64 tid);
    // Where order `tid` is in the list now (located() follows; row -1: not in it).
    void locate(quint64 generation, qint64 tid);
    // The cache committed new data (connect the sync engine's change summaries here);
    // coalesced to one look per second.
    void cacheChanged(const mc::core::ChangeSummary &summary);
    // Writes the current list's matches to a CSV file; exportProgress, then exportFinished.
    void exportCsv(const mc::workspace::OrderFilter &filter, const QString &path);

Q_SIGNALS:
    void counted(quint64 generation, qint64 matches, bool complete);
    void rowsReady(quint64 generation, bool arrived, qint64 first, const QList<mc::workspace::OrderRow> &rows);
    // `added` new matches now sit above the rows the list had (row 0 and down).
    void rowsArrived(quint64 generation, qint64 added);
    // Rows already listed may have changed (status, refunds): fetch what is shown again.
    void rowsChanged(quint64 generation);
    // Orders were inserted inside the list (history catching up): rows below them moved down.
    void rowsMoved(quint64 generation);
    void located(quint64 generation, qint64 tid, qint64 row);
    void detailReady(const mc::workspace::OrderDetail &detail);
    void searchIndexProgress(const mc::workspace::SearchIndexState &state);
    void failed(const QString &message);
    void exportProgress(qint64 rowsWritten);
    void exportFinished(bool ok, qint64 rowsWritten, const QString &message);

private:
    struct List;
    bool ensureOpen();
    void scanChunk(quint64 generation);
    void startRewalk();
    void lookForNewRows();

    QString m_dataDir;
    struct Connection;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<List> m_list;
    QTimer *m_changeTimer = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelExport = std::make_shared<std::atomic<bool>>(false);
    bool m_exporting = false;
    bool m_insertedInside = false;
};

void registerWorkspaceMetaTypes();

} // namespace mc::workspace
