#include "ui/campaigns/campaignspage.h"

#include "app/campaigns/campaignstore.h"
#include "app/core/money.h"
#include "app/core/uuid7.h"
#include "ui/campaigns/campaignchanges.h"
#include "ui/campaigns/campaigneditor.h"
#include "ui/campaigns/campaignpublishpanel.h"
#include "ui/campaigns/campaignvoucherpanel.h"
#include "ui/campaigns/campaigntext.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

const QTimeZone kBeijing(8 * 3600);

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// This file's short names for ui/campaigns/campaigntext.h.
QString money(std::int64_t fen) { return campaignMoney(fen); }
QString day(std::int64_t ms) { return campaignTime(ms); }
QString reachText(const campaigns::CampaignSpec &c) { return campaignReachText(c); }
QString typeText(const campaigns::CampaignSpec &c) { return campaignDiscountText(c); }

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// Orders paid today and their discount in one channel, as the platform applied the campaign
// (campaigntoday.h): "388 · ¥67,720.00".
QString todayText(const core::CampaignChannelToday &t)
{
    return QLocale().toString(qlonglong(t.orders)) + u" · "_s + money(t.discountFen);
}

} // namespace

CampaignsPage::CampaignsPage(const QString &title, const QString &summary, QWidget *parent)
    : Page(title, summary, parent), m_author(qEnvironmentVariable("USER", u"merchant"_s))
{
    auto *split = new QSplitter(Qt::Vertical, this);
    body()->addWidget(split, 1);

    // The list.
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New campaign"), top);
    add->setObjectName(u"campaigns.new"_s);
    m_state = new QLabel(top);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long message gives way
    m_state->setWordWrap(true);
    makeMuted(m_state);
    buttons->addWidget(add);
    buttons->addWidget(m_state, 1);
    topLayout->addLayout(buttons);
    m_list = table({tr("Campaign"), tr("Status"), tr("Discount"), tr("Reach"), tr("Window (Beijing)"),
                    tr("Cost so far / budget"), tr("Today online"), tr("Today in store")},
                   top);
    m_list->setObjectName(u"campaigns.list"_s);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setMinimumHeight(m_list->horizontalHeader()->sizeHint().height() + 4 * m_list->verticalHeader()->defaultSectionSize() + 4);
    topLayout->addWidget(m_list);
    connect(add, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) { selectCampaign(row); });

    // The editor beside the rehearsal and the versions.
    // Each side scrolls when the window is narrower than it likes (a 1024-pixel screen):
    // neither sets the window's minimum width.
    auto *bottom = new QSplitter(Qt::Horizontal, split);
    const auto scrolling = [bottom](QWidget *content) {
        auto *area = new QScrollArea(bottom);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setWidget(content);
        return area;
    };
    auto *editorBox = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 8, 0);
    m_editor = new CampaignEditor(editorBox);
    editorLayout->addWidget(m_editor);
    m_issues = new QLabel(editorBox);
    m_issues->setObjectName(u"campaigns.issues"_s);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::PlainText);
    editorLayout->addWidget(m_issues);
    auto *save = new QPushButton(tr("Save version"), editorBox);
    save->setObjectName(u"campaigns.save"_s);
    editorLayout->addWidget(save, 0, Qt::AlignRight);
    editorLayout->addStretch(1);
    connect(save, &QPushButton::clicked, this, &CampaignsPage::saveCampaign);
    connect(m_editor, &CampaignEditor::edited, this, &CampaignsPage::onEdited);

    scrolling(editorBox);
    m_tabs = new QTabWidget;
    auto *rehearsal = new QWidget(m_tabs);
    auto *rl = new QVBoxLayout(rehearsal);
    auto *range = new QHBoxLayout;
    m_from = new QDateEdit(rehearsal);
    m_to = new QDateEdit(rehearsal);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setDate(lastElevenEleven());
    m_to->setDate(lastElevenEleven());
    auto *last1111 = new QPushButton(tr("Last 11.11"), rehearsal);
    m_run = new QPushButton(tr("Rehearse"), rehearsal);
    m_run->setObjectName(u"campaigns.rehearse"_s);
    m_cancel = new QPushButton(tr("Cancel"), rehearsal);
    m_cancel->setEnabled(false);
    range->addWidget(new QLabel(tr("Orders from"), rehearsal));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), rehearsal));
    range->addWidget(m_to);
    range->addWidget(last1111);
    range->addStretch(1);
    rl->addLayout(range);
    // Rehearse and Cancel on a line of their own: the tab fits beside the editor on a
    // 1,280-pixel screen.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    rl->addLayout(actions);
    connect(last1111, &QPushButton::clicked, this, [this] { setRehearsalDays(lastElevenEleven(), lastElevenEleven()); });
    connect(m_run, &QPushButton::clicked, this, &CampaignsPage::runRehearsal);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_desk)
            m_desk->cancelRehearsal();
    });
    m_summary = new QLabel(tr("Rehearse the campaign on past orders to see what it would have cost."), rehearsal);
    m_summary->setObjectName(u"campaigns.summary"_s);
    m_summary->setWordWrap(true);
    rl->addWidget(m_summary);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chart = new QChartView(chart, rehearsal);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    auto *results = new QHBoxLayout;
    results->addWidget(m_chart, 3);
    m_skus = table({tr("SKU"), tr("Units"), tr("Discount")}, rehearsal);
    m_skus->setObjectName(u"campaigns.skus"_s);
    // The SKU's name takes the room; the figures keep theirs.
    m_skus->horizontalHeader()->setStretchLastSection(false);
    m_skus->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {1, 2})
        m_skus->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    results->addWidget(m_skus, 2);
    rl->addLayout(results, 1);
    m_tabs->addTab(rehearsal, tr("Rehearsal"));

    auto *versions = new QWidget(m_tabs);
    auto *vl = new QVBoxLayout(versions);
    m_versionTable = table({tr("Version"), tr("Saved (Beijing)"), tr("Author"), tr("Note"), tr("Platform")}, versions);
    m_versionTable->setObjectName(u"campaigns.versions"_s);
    vl->addWidget(m_versionTable, 1);
    vl->addWidget(new QLabel(tr("Changes from the version before:"), versions));
    m_diff = table({tr("Field"), tr("Before"), tr("After")}, versions);
    m_diff->setObjectName(u"campaigns.diff"_s);
    vl->addWidget(m_diff, 1);
    m_rollback = new QPushButton(tr("Roll back to this version"), versions);
    m_rollback->setObjectName(u"campaigns.rollback"_s);
    m_rollback->setEnabled(false);
    vl->addWidget(m_rollback, 0, Qt::AlignRight);
    m_tabs->addTab(versions, tr("Versions"));
    connect(m_versionTable, &QTableWidget::currentCellChanged, this, [this] { showDiff(); });
    connect(m_rollback, &QPushButton::clicked, this, &CampaignsPage::rollbackSelected);

    // Publishing and vouchers (the platform's side of the selected campaign).
    auto *platform = new QWidget(m_tabs);
    auto *pl = new QVBoxLayout(platform);
    pl->addWidget(new QLabel(tr("<b>Publish</b> the newest version to the platform"), platform));
    m_publishPanel = new CampaignPublishPanel(platform);
    pl->addWidget(m_publishPanel);
    pl->addSpacing(12);
    pl->addWidget(new QLabel(tr("<b>Vouchers</b>: codes for flyers, posters and the till"), platform));
    m_voucherPanel = new CampaignVoucherPanel(platform);
    pl->addWidget(m_voucherPanel);
    pl->addStretch(1);
    m_tabs->addTab(platform, tr("Publish and vouchers"));
    connect(m_publishPanel, &CampaignPublishPanel::campaignChanged, this, [this] {
        onDesk([desk = m_desk] { desk->refresh(); });
    });

    scrolling(m_tabs);
    // The editor gets the width it needs when there is room; the rehearsal the rest.
    bottom->setSizes({editorBox->sizeHint().width() + 20, 700});
    bottom->setStretchFactor(0, 0);
    bottom->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    newCampaign();
    m_state->setText(tr("Campaigns are kept in this console's ledger until published."));
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::setRehearsalDays(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CampaignsPage::setClock(const std::function<std::int64_t()> &nowMs)
{
    m_editor->setClock(nowMs);
    setRehearsalDays(lastElevenEleven(), lastElevenEleven());
    if (m_list->currentRow() < 0) // the new campaign shown at start: its 11.11 by this clock
        m_editor->presetElevenEleven(m_editor->nextElevenElevenYear());
}

QDate CampaignsPage::lastElevenEleven() const
{
    // nextElevenElevenYear() is this year's until it has ended: the last one is a year before.
    return QDate(m_editor->nextElevenElevenYear() - 1, 11, 11);
}

template<typename F> void CampaignsPage::onDesk(F &&call)
{
    if (!m_desk) {
        m_state->setText(tr("Campaigns are not available: the data folder is not open."));
        return;
    }
    QMetaObject::invokeMethod(m_desk, std::forward<F>(call), Qt::QueuedConnection);
}

void CampaignsPage::setDesk(campaigns::CampaignDesk *desk)
{
    m_desk = desk;
    if (!desk)
        return;
    connect(desk, &campaigns::CampaignDesk::listed, this, &CampaignsPage::showRows);
    connect(desk, &campaigns::CampaignDesk::versionsLoaded, this, &CampaignsPage::showVersions);
    connect(desk, &campaigns::CampaignDesk::checked, this,
            [this](quint64 ticket, const QList<campaigns::ValidationIssue> &issues) {
                if (ticket == m_checkTicket) // an older answer would show messages the edits since have fixed
                    showIssues(issues);
            });
    connect(desk, &campaigns::CampaignDesk::rehearsed, this, &CampaignsPage::showRehearsal);
    connect(desk, &campaigns::CampaignDesk::saved, this, [this](const QString &, int version) {
        m_state->setText(tr("Saved as version %1.").arg(version));
        onEdited(); // the saved campaigns are what an overlap is checked against
    });
    connect(desk, &campaigns::CampaignDesk::failed, this, [this](const QString &message) {
        m_state->setText(message);
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
    });
    connect(desk, &campaigns::CampaignDesk::choicesLoaded, this, [this](const campaigns::CampaignChoices &choices) {
        if (choices.skus.isEmpty() && choices.stores.isEmpty())
            m_choicesAge.invalidate(); // nothing cached yet: ask again at the next tick
        else
            m_choicesAge.start();
        m_editor->setChoices(choices);
        m_publishPanel->setNames(m_editor->names());
    });
    onDesk([desk] {
        desk->refresh();
        desk->loadChoices();
    });
    auto *live = new QTimer(this); // today's figures move while the page is open
    connect(live, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        onDesk([desk = m_desk] { desk->refresh(); });
        // The catalog and stores change seldom (a sync may still be filling them): read again now and then.
        if (!m_choicesAge.isValid() || m_choicesAge.hasExpired(kChoicesRefreshMs)) {
            m_choicesAge.start();
            onDesk([desk = m_desk] { desk->loadChoices(); });
        }
    });
    live->start(kLiveRefreshMs);
    onEdited();
}

void CampaignsPage::setPlatformDesk(campaigns::CampaignPlatformDesk *desk)
{
    m_publishPanel->setDesk(desk);
    m_voucherPanel->setDesk(desk);
}

void CampaignsPage::showOnPlatformTab(const campaigns::CampaignVersion &newest)
{
    m_publishPanel->setAuthor(m_author);
    m_publishPanel->setCampaign(newest);
    m_voucherPanel->setCampaign(newest.spec);
}

void CampaignsPage::newCampaign()
{
    campaigns::CampaignSpec c;
    c.id = core::Uuid7Generator().next().toString(QUuid::WithoutBraces);
    c.name = tr("New campaign");
    c.thresholdFen = 30'000;
    c.amountFen = 4'000;
    m_editor->setCampaign(c);
    showOnPlatformTab({}); // nothing to publish or issue before it is saved
    m_editor->presetElevenEleven(m_editor->nextElevenElevenYear());
    m_list->clearSelection();
    m_versionTable->setRowCount(0);
    m_diff->setRowCount(0);
}

void CampaignsPage::onEdited()
{
    campaigns::CampaignSpec c;
    QString why;
    if (!m_editor->campaign(c, why))
        return showInputProblem(why);
    onDesk([desk = m_desk, c, ticket = ++m_checkTicket] { desk->check(c, ticket); });
}

void CampaignsPage::showInputProblem(const QString &why)
{
    ++m_checkTicket;
    showIssues({{u"input"_s, why}});
}

void CampaignsPage::showIssues(const QList<campaigns::ValidationIssue> &issues)
{
    QStringList lines;
    for (const auto &i : issues)
        lines.append(u"• "_s + i.message);
    m_issues->setText(lines.isEmpty() ? tr("No problems found.") : lines.join(u'\n'));
    // Both text roles: in the editor's scroll area a label paints with Text (the issues showed black).
    QPalette p = m_issues->palette();
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        p.setColor(role, lines.isEmpty() ? palette().color(role) : QColor(0xc0, 0x39, 0x2b));
    m_issues->setPalette(p);
}

void CampaignsPage::saveCampaign()
{
    campaigns::CampaignSpec c;
    QString why;
    if (!m_editor->campaign(c, why))
        return showInputProblem(why);
    onDesk([desk = m_desk, c, author = m_author] { desk->save(c, author); });
}

void CampaignsPage::runRehearsal()
{
    campaigns::CampaignSpec c;
    QString why;
    if (!m_editor->campaign(c, why))
        return showInputProblem(why);
    const qint64 from = QDateTime(m_from->date(), QTime(0, 0), kBeijing).toMSecsSinceEpoch();
    const qint64 to = QDateTime(m_to->date().addDays(1), QTime(0, 0), kBeijing).toMSecsSinceEpoch();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Rehearsing on the cached orders…"));
    onDesk([desk = m_desk, c, from, to] { desk->rehearse(c, from, to); });
}

void CampaignsPage::showRows(const QList<campaigns::CampaignRow> &rows)
{
    const QString selected = m_list->currentRow() >= 0 && m_list->currentRow() < m_rows.size()
                                 ? m_rows[m_list->currentRow()].newest.spec.id
                                 : QString();
    m_rows = rows;
    QSignalBlocker block(m_list);
    m_list->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &c = rows[r].newest.spec;
        const QString budget = c.budgetFen > 0 ? money(c.budgetFen) : tr("no cap");
        setRow(m_list, r,
               {c.name, campaigns::statusName(rows[r].status), typeText(c), reachText(c),
                day(c.startsMs) + u" – "_s + day(c.endsMs), money(rows[r].costSoFarFen) + u" / "_s + budget,
                todayText(rows[r].today.online), todayText(rows[r].today.inStore)});
        const QString applied = tr("Orders paid today and the discount the platform gave them (promotion_details); "
                                   "%1 to date, of a budget of %2.")
                                    .arg(money(rows[r].today.costToDateFen), budget);
        for (int column : {6, 7})
            m_list->item(r, column)->setToolTip(applied);
        if (c.id == selected)
            m_list->setCurrentCell(r, 0);
    }
    if (const int current = m_list->currentRow(); current >= 0 && current < m_rows.size())
        showOnPlatformTab(m_rows[current].newest); // its publish state or vouchers may have changed
    if (rows.isEmpty())
        m_state->setText(tr("No campaign yet: set one up below, rehearse it on past orders, save it."));
}

void CampaignsPage::selectCampaign(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const auto &v = m_rows[row].newest;
    m_editor->setCampaign(v.spec);
    showOnPlatformTab(v);
    onDesk([desk = m_desk, id = v.spec.id] { desk->loadVersions(id); });
    onEdited();
}

void CampaignsPage::showVersions(const QString &, const QList<campaigns::CampaignVersion> &versions)
{
    m_versions = versions;
    QSignalBlocker block(m_versionTable);
    m_versionTable->setRowCount(int(versions.size()));
    for (int r = 0; r < versions.size(); ++r) {
        const auto &v = versions[versions.size() - 1 - r]; // newest first
        const QString platform = v.publishState == u"published" ? tr("published (v%1)").arg(v.platformVersion)
                                 : v.publishState == u"conflict" ? tr("conflict")
                                 : v.publishState == u"publishing" ? tr("publishing")
                                 : v.publishState == u"rejected" ? tr("refused")
                                                                  : tr("draft");
        setRow(m_versionTable, r,
               {QString::number(v.version), day(v.savedMs), v.author,
                v.note.startsWith(u"rollback to version "_s) ? tr("rollback to version %1").arg(v.note.mid(20)) : v.note,
                platform});
    }
    m_versionTable->setCurrentCell(versions.isEmpty() ? -1 : 0, 0);
    showDiff();
}

void CampaignsPage::showDiff()
{
    const int row = m_versionTable->currentRow();
    m_diff->setRowCount(0);
    m_rollback->setEnabled(row > 0);
    if (row < 0 || row >= m_versions.size())
        return;
    const int index = int(m_versions.size()) - 1 - row;
    if (index == 0)
        return;
    const auto changes = campaignChanges(m_versions[index - 1].spec, m_versions[index].spec, m_editor->names());
    m_diff->setRowCount(int(changes.size()));
    for (int r = 0; r < changes.size(); ++r) {
        setRow(m_diff, r, {changes[r].label, changes[r].before, changes[r].after});
        m_diff->item(r, 0)->setData(Qt::UserRole, changes[r].field);
    }
}

void CampaignsPage::rollbackSelected()
{
    const int row = m_versionTable->currentRow();
    if (row <= 0 || row >= m_versions.size())
        return;
    const auto &v = m_versions[m_versions.size() - 1 - row];
    onDesk([desk = m_desk, id = v.spec.id, version = v.version, author = m_author] { desk->rollback(id, version, author); });
}

void CampaignsPage::showRehearsal(const campaigns::RehearsalResult &r)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const QString share = QLocale().toString(r.costShareBp() / 100.0, 'f', 2);
    QString text = tr("%1 of %2 paid orders would have qualified; %3 discounted for %4 (%5 % of GMV %6).")
                       .arg(QLocale().toString(r.qualifyingOrders), QLocale().toString(r.ordersScanned),
                            QLocale().toString(r.discounted.orders), money(r.discounted.discountFen), share,
                            money(r.gmvFen));
    if (r.cutByBudget + r.cutByBuyerLimit + r.cutByVoucherQuantity > 0)
        text += u' ' + tr("Not discounted: %1 over the budget, %2 over the per-buyer limit, %3 without a voucher left.")
                           .arg(r.cutByBudget)
                           .arg(r.cutByBuyerLimit)
                           .arg(r.cutByVoucherQuantity);
    if (r.setAsideCount > 0)
        text += u' ' + tr("%n order(s) set aside as impossible (not counted).", nullptr, int(r.setAsideCount));
    text += u' ' + tr("(%1 s)").arg(QLocale().toString(r.seconds, 'f', 2));
    m_summary->setText(text);

    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *set = new QBarSet(tr("Discount (¥)"));
    QStringList names;
    double top = 0;
    auto bar = [&](const QString &name, std::int64_t fen) {
        names.append(name);
        *set << fen / 100.0; // display only: the figures above are exact fen
        top = std::max(top, fen / 100.0);
    };
    bar(tr("Online"), r.perChannel.value(u"online"_s).discountFen);
    for (auto it = r.perStore.begin(); it != r.perStore.end(); ++it)
        if (it.key() != 1000 || !r.perChannel.contains(u"online"_s))
            bar(tr("Store %1").arg(it.key()), it->discountFen);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top : 1);
    values->applyNiceNumbers();
    values->setTickCount(top > 0 ? 3 : 2); // the chart is narrow: more labels were elided ("1000...")
    values->setLabelFormat(u"%.0f"_s);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->setTitle(tr("Discount cost per channel and store"));

    m_skus->setRowCount(int(r.topSkus.size()));
    for (int i = 0; i < r.topSkus.size(); ++i) {
        const std::int64_t sku = r.topSkus[i].skuId;
        const QString name = m_editor->names().skus.value(sku); // the cached catalog's, when loaded
        setRow(m_skus, i,
               {name.isEmpty() ? QString::number(sku) : name, QLocale().toString(r.topSkus[i].units),
                money(r.topSkus[i].discountFen)});
        m_skus->item(i, 0)->setToolTip(tr("SKU %1").arg(sku) + (name.isEmpty() ? QString() : u" · "_s + name));
    }
}

} // namespace mc::ui
