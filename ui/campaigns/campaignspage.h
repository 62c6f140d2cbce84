// The Campaigns page: the campaigns with their status (draft, scheduled, live, ended), reach,
// window and cost so far against the budget; the editor with validation as you type; the
// rehearsal on the cached orders of a past window, with a chart per channel and store and the
// most affected SKUs; the versions with their author and time, a diff and rollback. It talks
// only to a campaigns::CampaignDesk on its own thread (queued); without one it says so.
#pragma once

#include "app/campaigns/campaigndesk.h"
#include "ui/page.h"

#include <QElapsedTimer>
#include <QPointer>

#include <functional>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace mc::campaigns {
class CampaignPlatformDesk;
}

namespace mc::ui {

class CampaignEditor;
class CampaignPublishPanel;
class CampaignVoucherPanel;

class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    static constexpr int kLiveRefreshMs = 10'000; // the list (and today's figures) while shown
    static constexpr int kChoicesRefreshMs = 300'000; // the pickers' catalog and stores
    CampaignsPage(const QString &title, const QString &summary, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    // The desk lives on another thread; the page never calls it directly.
    void setDesk(mc::campaigns::CampaignDesk *desk);
    void setAuthor(const QString &author) { m_author = author; }
    CampaignEditor *editor() const { return m_editor; }
    // Publishing and vouchers: a desk on the platform client's thread (queued calls only).
    void setPlatformDesk(mc::campaigns::CampaignPlatformDesk *desk);
    CampaignPublishPanel *publishPanel() const { return m_publishPanel; }
    CampaignVoucherPanel *voucherPanel() const { return m_voucherPanel; }
    // The past days the rehearsal reads (Beijing days, both included).
    void setRehearsalDays(const QDate &from, const QDate &to);
    // The platform's time, for the 11.11 presets (the demo lives an 11.11 of its own); a new
    // campaign not yet chosen from the list takes the 11.11 by it.
    void setClock(const std::function<std::int64_t()> &nowMs);

public Q_SLOTS:
    void newCampaign();
    void saveCampaign();
    void runRehearsal();
    void rollbackSelected();

private:
    void showRows(const QList<mc::campaigns::CampaignRow> &rows);
    void showVersions(const QString &campaignId, const QList<mc::campaigns::CampaignVersion> &versions);
    void showIssues(const QList<mc::campaigns::ValidationIssue> &issues);
    // An amount or list the editor cannot read; answers to checks asked before it are dropped.
    void showInputProblem(const QString &why);
    void showRehearsal(const mc::campaigns::RehearsalResult &result);
    void showDiff();
    void selectCampaign(int row);
    void onEdited();
    void showOnPlatformTab(const mc::campaigns::CampaignVersion &newest);
    // The last 11.11 that has ended (Beijing time), by the editor's clock.
    QDate lastElevenEleven() const;
    template<typename F> void onDesk(F &&call);

    QPointer<mc::campaigns::CampaignDesk> m_desk;
    QString m_author;
    QElapsedTimer m_choicesAge; // since the pickers' choices were last asked for
    quint64 m_checkTicket = 0; // the newest validation asked for: only its answer is shown
    QList<mc::campaigns::CampaignRow> m_rows;
    QList<mc::campaigns::CampaignVersion> m_versions;
    QTableWidget *m_list = nullptr;
    CampaignEditor *m_editor = nullptr;
    QLabel *m_issues = nullptr;
    QLabel *m_state = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_skus = nullptr;
    QTableWidget *m_versionTable = nullptr;
    QTableWidget *m_diff = nullptr;
    QPushButton *m_rollback = nullptr;
    CampaignPublishPanel *m_publishPanel = nullptr;
    CampaignVoucherPanel *m_voucherPanel = nullptr;
};

} // namespace mc::ui
