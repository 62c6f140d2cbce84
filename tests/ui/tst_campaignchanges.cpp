// How a change between two campaign versions reads (ui/campaigns/campaignchanges.h): every
// field of the JSON form has a label of its own, values are formatted as the merchant typed
// them (yuan, Beijing times, reach and stores in words, names beside ids), in the editor's
// order; then the same in Simplified Chinese, and the conflict dialog shows no wire name.
#include "app/campaigns/campaignjson.h"
#include "app/campaigns/campaignpublisher.h"
#include "tests/ui/hantext.h"
#include "ui/campaigns/campaignchanges.h"
#include "ui/campaigns/publishconflictdialog.h"
#include "ui/uilanguage.h"

#include <QDateTime>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

std::int64_t beijing(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

campaigns::CampaignSpec mine()
{
    campaigns::CampaignSpec c;
    c.id = u"c-1111"_s;
    c.name = u"双11 每满300减40"_s;
    c.thresholdFen = 30'000;
    c.amountFen = 4'500;
    c.reach = campaigns::Reach::Both;
    c.storesBy = campaigns::StoreSelection::List;
    c.storeIds = {1001, 1002};
    c.startsMs = beijing(2026, 11, 11);
    c.endsMs = beijing(2026, 11, 12);
    return c;
}

campaigns::CampaignSpec theirs()
{
    campaigns::CampaignSpec c = mine();
    c.name = u"双11 每满300减60"_s;
    c.amountFen = 6'000;
    c.reach = campaigns::Reach::InStore;
    c.storeIds = {1001};
    c.startsMs = beijing(2026, 11, 10, 20);
    c.budgetFen = 1'000'000;
    c.perBuyerLimit = 3;
    c.excludedSkuIds = {5001};
    return c;
}

ui::CampaignNames names()
{
    return {{{1001, u"悦选 上海万达店"_s}}, {{5001, u"冰川泉 修护精华 容量:100ml"_s}}};
}

QStringList rows(const QList<ui::CampaignChange> &changes)
{
    QStringList out;
    for (const auto &c : changes)
        out << c.field + u'|' + c.label + u'|' + c.before + u'|' + c.after;
    return out;
}

} // namespace

class TestCampaignChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        QVERIFY(!ui::installTranslators(english).isEmpty()); // the numerus forms ("3 orders")
    }

    // A field added to the JSON form without a label would show its wire name: none does.
    void everyJsonFieldHasALabel()
    {
        const QJsonObject json = campaigns::toJson(mine());
        QVERIFY(json.size() > 20);
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QString label = ui::campaignFieldLabel(it.key());
            QVERIFY2(!label.isEmpty() && label != it.key(), qPrintable(it.key()));
        }
    }

    void readsAsTheMerchantTypedIt()
    {
        const QStringList got = rows(ui::campaignChanges(mine(), theirs(), names()));
        const QStringList expected{
            u"name|Name|双11 每满300减40|双11 每满300减60"_s,
            u"amount_off|Amount off|¥45.00|¥60.00"_s,
            u"reach|Reach|Online and in store|In store only"_s,
            u"store_ids|Stores|悦选 上海万达店 (1001), Store 1002|悦选 上海万达店 (1001)"_s,
            u"excluded_sku_ids|Except SKUs|none|冰川泉 修护精华 容量:100ml (5001)"_s,
            u"starts|Starts (Beijing time)|2026-11-11 00:00|2026-11-10 20:00"_s,
            u"budget|Budget|no cap|¥10,000.00"_s,
            u"per_buyer_limit|Per buyer|no limit|3 orders"_s,
        };
        QCOMPARE(got, expected);
    }

    void typesPercentagesAndScopes()
    {
        campaigns::CampaignSpec a = mine();
        campaigns::CampaignSpec b = a;
        b.type = campaigns::CampaignType::PercentOff;
        b.basisPoints = 1'550;
        b.products = campaigns::ProductScope::Categories;
        b.categories = {u"美妆"_s, u"母婴"_s};
        b.storesBy = campaigns::StoreSelection::Province;
        b.storeIds.clear();
        b.provinces = {u"浙江省"_s};
        const QStringList got = rows(ui::campaignChanges(a, b));
        QVERIFY2(got.contains(u"type|Type|Every threshold, amount off (满减)|Percentage off"_s),
                 qPrintable(got.join(u'\n')));
        QVERIFY(got.contains(u"basis_points|Percentage off|0.00 %|15.50 %"_s));
        QVERIFY(got.contains(u"stores_by|Stores chosen by|A list of stores|Province"_s));
        QVERIFY(got.contains(u"store_ids|Stores|Store 1001, Store 1002|none"_s));
        QVERIFY(got.contains(u"provinces|Provinces|none|浙江省"_s));
        QVERIFY(got.contains(u"products|Products|All products|Categories"_s));
        QVERIFY(got.contains(u"categories|Categories|none|美妆, 母婴"_s));
    }

    // In Chinese: labels, words and the list separator translated; no English word left.
    void inChinese()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(chinese);
        QVERIFY(!ui::installTranslators(chinese).isEmpty());
        const QList<ui::CampaignChange> changes = ui::campaignChanges(mine(), theirs(), names());
        QCOMPARE(changes.at(1).label, u"减免金额"_s);
        QCOMPARE(changes.at(3).before, u"悦选 上海万达店 (1001)、门店 1002"_s);
        for (const auto &c : changes) {
            QVERIFY2(test::hasHan(c.label), qPrintable(c.label));
            for (const QString &value : {c.before, c.after})
                QVERIFY2(!value.contains(QRegularExpression(u"[A-Za-z]{3,}"_s)), qPrintable(c.field + u": "_s + value));
        }

        campaigns::CampaignConflict conflict;
        conflict.campaignId = mine().id;
        conflict.localVersion = 2;
        conflict.ours = mine();
        conflict.theirs = theirs();
        conflict.platformVersion = 2;
        conflict.modified = u"2026-11-01 09:30:00"_s;
        ui::PublishConflictDialog dialog(conflict, names());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), changes.size());
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, 0)->text(), changes.at(r).label);
            QCOMPARE(table->item(r, 0)->data(Qt::UserRole).toString(), changes.at(r).field);
            QCOMPARE(table->item(r, 2)->text(), changes.at(r).after);
        }
        const QString intro = dialog.findChild<QLabel *>()->text();
        QVERIFY2(intro.contains(u"2026-11-01 09:30"_s) && intro.contains(u"北京时间"_s), qPrintable(intro));
        ui::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestCampaignChanges)
#include "tst_campaignchanges.moc"
