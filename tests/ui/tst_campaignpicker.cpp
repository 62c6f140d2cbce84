// The campaign editor's pickers against the real CampaignDesk over a cache with a catalog of
// 100,000 SKUs and six stores: SKUs found by words of their name and ticked, exclusions,
// stores by city, a typed id kept, and all of it in the saved version in the ledger. The
// choices' load and a search over 100,000 SKUs are timed (printed; a ceiling fails a slow one).
// Screenshot test-output/ui/campaigns-picker-en.png.
#include "app/campaigns/campaigndesk.h"
#include "app/campaigns/campaignstore.h"
#include "app/core/clock.h"
#include "app/storage/database.h"
#include "app/storage/databases.h"
#include "tests/support/catalogcache.h"
#include "tests/support/testdata.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/campaigns/campaigneditor.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/campaigns/choicepicker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mc;
using namespace Qt::StringLiterals;

class TestCampaignPicker : public QObject
{
    Q_OBJECT
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    QThread m_thread;
    std::unique_ptr<campaigns::CampaignDesk> m_desk;
    int m_skus = 0;

    // SKUs whose item title and properties contain both words, counted by SQL on the cache.
    int countInCache(const QString &title, const QString &properties)
    {
        auto reader = storage::openReader(m_dir.path(), storage::DatabaseRole::Cache);
        auto s = reader.value()->prepare(u"SELECT count(*) FROM skus s JOIN items i USING (num_iid) "
                                         u"WHERE instr(i.title, ?1) > 0 AND instr(s.properties, ?2) > 0"_s);
        s.value().bind(1, title).bind(2, properties);
        return s.value().step().valueOr(false) ? int(s.value().int64(0)) : -1;
    }

    static void choose(ui::CampaignEditor *editor, const char *combo, int data)
    {
        auto *c = editor->findChild<QComboBox *>(QString::fromLatin1(combo));
        c->setCurrentIndex(c->findData(data));
    }

    // Ticks the first `n` rows shown; returns their keys.
    static QStringList tickFirst(ui::ChoicePicker *picker, int n)
    {
        QStringList keys;
        for (int r = 0; r < n; ++r) {
            const QModelIndex i = picker->shown()->index(r, 0);
            picker->shown()->setData(i, Qt::Checked, Qt::CheckStateRole);
            keys << i.data(ui::ChoiceListModel::kKeyRole).toString();
        }
        return keys;
    }

    template<typename T> static QStringList texts(const QList<T> &ids)
    {
        QStringList out;
        for (T id : ids)
            out << QString::number(id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = storage::openWriter(m_dir.path(), storage::DatabaseRole::Cache);
        QVERIFY(cache.ok());
        m_skus = test::seedCatalog(*cache.value(), 50'001); // 1, 2 or 3 SKUs an item: 100,002
        QVERIFY(m_skus >= 100'000);
        m_desk = std::make_unique<campaigns::CampaignDesk>(m_dir.path(), core::SystemClock::instance());
        m_desk->moveToThread(&m_thread);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
        m_desk.reset();
    }

    void pickSkusExclusionsAndCitiesIntoTheSavedVersion()
    {
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.setAuthor(u"李娜"_s);
        page.resize(1440, 900);
        QElapsedTimer load;
        load.start();
        page.setDesk(m_desk.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::CampaignEditor *editor = page.editor();
        auto *pickExcluded = editor->findChild<QPushButton *>(u"campaign.pickExcluded"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pickExcluded->isEnabled(), 30'000);
        qInfo("choices of %d SKUs loaded and shown in %lld ms", m_skus, load.elapsed());

        // SKUs: two words of the name, any order; the list holds every cached SKU.
        choose(editor, "campaign.products", int(campaigns::ProductScope::Skus));
        ui::ChoicePicker *picker = editor->openPicker(ui::CampaignEditor::Picker::Products);
        QVERIFY(picker);
        QCOMPARE(picker->model()->rowCount(), m_skus);
        picker->search()->setText(u"150ML 冰川泉"_s);
        QElapsedTimer search;
        search.start();
        picker->applySearch();
        const qint64 searchMs = search.elapsed();
        qInfo("search over %d SKUs: %lld ms, %d shown", m_skus, searchMs, picker->shown()->rowCount());
        QVERIFY2(searchMs < 1'000, qPrintable(QString::number(searchMs)));
        QCOMPARE(picker->shown()->rowCount(), countInCache(u"冰川泉"_s, u"150ml"_s));
        QVERIFY(picker->shown()->rowCount() > 1'000);
        const QStringList skus = tickFirst(picker, 3);
        QVERIFY(picker->findChild<QLabel *>(u"campaign.picker.count"_s)->text().startsWith(u"3 ticked"_s));
        QVERIFY(QTest::qWaitForWindowExposed(picker));
        QDir().mkpath(u"test-output/ui"_s);
        QVERIFY(picker->grab().save(test::outputPath(u"ui/campaigns-picker-en.png"_s)));
        picker->accept();
        QCOMPARE(editor->findChild<QLineEdit *>(u"campaign.productList"_s)->text(), skus.join(u", "_s));

        // Exclusions: a typed id not in the catalog stays; two SKUs ticked beside it.
        auto *excluded = editor->findChild<QLineEdit *>(u"campaign.excluded"_s);
        excluded->setText(u"999999999"_s);
        picker = editor->openPicker(ui::CampaignEditor::Picker::ExcludedSkus);
        QVERIFY(picker);
        QCOMPARE(picker->model()->rowCount(), m_skus + 1);
        QCOMPARE(picker->ticked(), QStringList{u"999999999"_s});
        picker->search()->setText(u"DUP-01"_s); // the merchant code two SKUs share
        picker->applySearch();
        QCOMPARE(picker->shown()->rowCount(), 2);
        const QStringList dup = tickFirst(picker, 2);
        picker->accept();

        // Stores by city: the six cities, each once.
        choose(editor, "campaign.storesBy", int(campaigns::StoreSelection::City));
        picker = editor->openPicker(ui::CampaignEditor::Picker::Stores);
        QVERIFY(picker);
        QCOMPARE(picker->model()->rowCount(), test::kCatalogStores);
        picker->search()->setText(u"杭州"_s);
        picker->applySearch();
        QCOMPARE(picker->shown()->rowCount(), 1);
        tickFirst(picker, 1);
        picker->search()->setText(u"上海"_s);
        picker->applySearch();
        tickFirst(picker, 1);
        picker->accept();

        campaigns::CampaignSpec spec;
        QString why;
        QVERIFY2(editor->campaign(spec, why), qPrintable(why));
        QCOMPARE(texts(spec.skuIds), skus);
        QCOMPARE(texts(spec.excludedSkuIds), dup + QStringList{u"999999999"_s});
        QCOMPARE(QSet<QString>(spec.cities.begin(), spec.cities.end()), (QSet<QString>{u"杭州"_s, u"上海"_s}));

        // Saved: the ledger's newest version holds what was picked.
        QTest::mouseClick(page.findChild<QPushButton *>(u"campaigns.save"_s), Qt::LeftButton);
        auto ledger = storage::openReader(m_dir.path(), storage::DatabaseRole::Ledger);
        QVERIFY(ledger.ok());
        campaigns::CampaignStore store(*ledger.value(), core::SystemClock::instance());
        QTRY_VERIFY(store.version(spec.id, 0).ok());
        const campaigns::CampaignSpec saved = store.version(spec.id, 0).value().spec;
        QCOMPARE(saved.products, campaigns::ProductScope::Skus);
        QCOMPARE(saved.skuIds, spec.skuIds);
        QCOMPARE(saved.excludedSkuIds, spec.excludedSkuIds);
        QCOMPARE(saved.storesBy, campaigns::StoreSelection::City);
        QCOMPARE(saved.cities, spec.cities);

        // The fields' tooltips name what the ids stand for.
        QVERIFY2(excluded->toolTip().contains(u"(999999999)"_s) == false && excluded->toolTip().contains(u"999999999"_s),
                 qPrintable(excluded->toolTip())); // not in the cache: by its number
        QVERIFY2(editor->findChild<QLineEdit *>(u"campaign.productList"_s)->toolTip().contains(u"冰川泉"_s),
                 qPrintable(editor->findChild<QLineEdit *>(u"campaign.productList"_s)->toolTip()));

        // The names come with the choices: the conflict dialog and the diff show them.
        QCOMPARE(editor->names().stores.size(), test::kCatalogStores);
        QVERIFY(editor->names().skus.value(spec.skuIds.first()).contains(u"冰川泉"_s));
    }

    // The model alone, under QAbstractItemModelTester: ticks by key, typed keys kept as rows of
    // their own, the ticked keys in the list's order, clearing, the proxy's word filter.
    void modelKeepsTicksByKey()
    {
        ui::ChoicePicker picker(u"Stores"_s, {{u"1001"_s, u"悦选 上海万达店 · 上海"_s}, {u"1002"_s, u"悦选 杭州湖滨店 · 杭州"_s},
                                              {u"1003"_s, u"悦选 杭州西溪店 · 杭州"_s}},
                                {u"1003"_s, u"9999"_s});
        ui::ChoiceListModel *model = picker.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(picker.shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4); // the typed 9999 as a row of its own
        QCOMPARE(model->index(3).data().toString(), u"9999"_s);
        QCOMPARE(picker.ticked(), (QStringList{u"1003"_s, u"9999"_s}));
        QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(picker.ticked(), (QStringList{u"1001"_s, u"1003"_s, u"9999"_s}));
        QVERIFY(model->flags(model->index(0)).testFlag(Qt::ItemIsUserCheckable));
        picker.search()->setText(u"杭州 西溪"_s);
        picker.applySearch();
        QCOMPARE(picker.shown()->rowCount(), 1);
        QCOMPARE(picker.shown()->index(0, 0).data(ui::ChoiceListModel::kKeyRole).toString(), u"1003"_s);
        picker.search()->setText(u"杭州"_s);
        picker.applySearch();
        QCOMPARE(picker.shown()->rowCount(), 2);
        picker.findChild<QCheckBox *>()->setChecked(true); // only ticked
        QCOMPARE(picker.shown()->rowCount(), 1);
        model->clearTicks();
        QVERIFY(picker.ticked().isEmpty());
        QCOMPARE(picker.findChild<QLabel *>(u"campaign.picker.count"_s)->text(), u"0 ticked of 4"_s);
    }

    // Nothing to choose from when the scope is "all"; a store picker for online only is off.
    void pickersFollowTheScope()
    {
        ui::CampaignsPage page(u"Campaigns"_s, QString());
        page.setDesk(m_desk.get());
        ui::CampaignEditor *editor = page.editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->findChild<QPushButton *>(u"campaign.pickExcluded"_s)->isEnabled(), 30'000);
        auto *pickStores = editor->findChild<QPushButton *>(u"campaign.pickStores"_s);
        auto *pickProducts = editor->findChild<QPushButton *>(u"campaign.pickProducts"_s);
        choose(editor, "campaign.products", int(campaigns::ProductScope::All));
        choose(editor, "campaign.storesBy", int(campaigns::StoreSelection::All));
        QVERIFY(!pickStores->isEnabled());
        QVERIFY(!pickProducts->isEnabled());
        QVERIFY(!editor->openPicker(ui::CampaignEditor::Picker::Products));
        choose(editor, "campaign.products", int(campaigns::ProductScope::Categories));
        QVERIFY(pickProducts->isEnabled());
        ui::ChoicePicker *picker = editor->openPicker(ui::CampaignEditor::Picker::Products);
        QCOMPARE(picker->model()->rowCount(), 4); // the seeded catalog's categories
        picker->reject();
        choose(editor, "campaign.storesBy", int(campaigns::StoreSelection::List));
        QVERIFY(pickStores->isEnabled());
        choose(editor, "campaign.reach", int(campaigns::Reach::Online));
        QVERIFY(!pickStores->isEnabled());
    }
};

QTEST_MAIN(TestCampaignPicker)
#include "tst_campaignpicker.moc"
