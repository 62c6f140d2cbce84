// The dashboard's table models under QAbstractItemModelTester: rows follow each snapshot as
// inserts, removals and dataChanged (never a reset), raw values sort numerically through a
// proxy, masking hides money cells, stock risks come most urgent first.
#include "tests/ui/dashboardsnapshots.h"
#include "ui/dashboard/figureformat.h"
#include "ui/dashboard/rankedtablemodel.h"
#include "ui/dashboard/stockrisktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using mc::metrics::Ranked;
using mc::ui::kRawValueRole;
using mc::ui::RankedTableModel;
using mc::ui::StockRiskTableModel;

class TestDashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void rankedRowsFollowTheSnapshot()
    {
        RankedTableModel model(u"Category"_s, u"Orders"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QList<Ranked> three{
            {u"a"_s, u"美妆"_s, 50'000, 5}, {u"b"_s, u"母婴"_s, 30'000, 3}, {u"c"_s, QString(), 20'000, 2}};
        model.setRanking(three, 100'000, 10);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(2, RankedTableModel::Name).data().toString(), u"c"_s); // no label: the key
        QCOMPARE(model.index(0, RankedTableModel::Gmv).data().toString(), u"¥500"_s);
        QCOMPARE(model.index(0, RankedTableModel::Gmv).data(kRawValueRole).toLongLong(), 50'000);
        QCOMPARE(model.index(0, RankedTableModel::Share).data().toString(), u"50%"_s);
        QCOMPARE(model.index(0, RankedTableModel::Share).data(kRawValueRole).toLongLong(), 5'000);
        QCOMPARE(model.index(1, RankedTableModel::Rank).data(kRawValueRole).toInt(), 2);

        // The same figures again: no signal at all.
        model.setRanking(three, 100'000, 10);
        QCOMPARE(changed.count(), 0);

        // One row grows: one dataChanged over that row.
        QList<Ranked> grown = three;
        grown[1].gmvFen = 35'000;
        model.setRanking(grown, 105'000, 10);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0); // the shares of every row moved
        QCOMPARE(model.index(1, RankedTableModel::Gmv).data(kRawValueRole).toLongLong(), 35'000);

        // Fewer rows, then a cap.
        model.setRanking(grown.mid(0, 1), 105'000, 10);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.count(), 1);
        model.setRanking(grown, 105'000, 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void rawValuesSortNumerically()
    {
        RankedTableModel model(u"Province"_s, u"Orders"_s);
        model.setRanking({{u"x"_s, u"X"_s, 900, 9}, {u"y"_s, u"Y"_s, 10'000, 10}, {u"z"_s, u"Z"_s, 2'000'000, 100}},
                         3'000'000, 10);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(kRawValueRole);
        proxy.sort(RankedTableModel::Gmv, Qt::DescendingOrder);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, RankedTableModel::Name).data().toString();
        // As text, "¥9" would sort above "¥20,000" and "¥100".
        QCOMPARE(names, QStringList({u"Z"_s, u"Y"_s, u"X"_s}));
    }

    void maskingHidesMoneyCellsOnly()
    {
        RankedTableModel model(u"Product"_s, u"Units"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRanking({{u"1"_s, u"Cream"_s, 123'456, 7}}, 123'456, 10);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMoneyMasked(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(RankedTableModel::Gmv));
        QCOMPARE(model.index(0, RankedTableModel::Gmv).data().toString(), mc::ui::FigureFormat::maskedMoney());
        QCOMPARE(model.index(0, RankedTableModel::Count).data().toString(), u"7"_s);
        QCOMPARE(model.index(0, RankedTableModel::Gmv).data(kRawValueRole).toLongLong(), 123'456); // still sorts
        model.setMoneyMasked(false);
        QCOMPARE(model.index(0, RankedTableModel::Gmv).data().toString(), u"¥1,235"_s);
    }

    void stockRisksMostUrgentFirst()
    {
        StockRiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUrgencyColours(Qt::red, Qt::darkYellow);
        const mc::metrics::DaySnapshot s = mc::test::daySnapshot(0);
        model.setRisks(s.stockRisks, 20);
        QCOMPARE(model.rowCount(), 4);
        QList<double> hours;
        for (int row = 0; row < model.rowCount(); ++row)
            hours << model.index(row, StockRiskTableModel::SellsOutIn).data(kRawValueRole).toDouble();
        QCOMPARE(hours, QList<double>({0.0, 0.5, 1.5, 6.0}));
        QCOMPARE(model.index(0, StockRiskTableModel::SellsOutIn).data().toString(), u"Sold out"_s);
        QCOMPARE(model.index(1, StockRiskTableModel::Product).data().toString(), u"Glacier Spring 冰泉 面霜 2"_s);
        QCOMPARE(model.index(1, StockRiskTableModel::Location).data().toString(), u"悦选 杭州湖滨店"_s);
        QCOMPARE(model.index(1, StockRiskTableModel::Stock).data(kRawValueRole).toLongLong(), 4);
        QCOMPARE(model.index(1, StockRiskTableModel::Rate).data().toString(), u"8.0"_s);
        QCOMPARE(model.index(1, StockRiskTableModel::SellsOutIn).data().toString(), u"30 min"_s);
        QCOMPARE(model.index(1, StockRiskTableModel::SellsOutIn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::red));
        QCOMPARE(model.index(2, StockRiskTableModel::SellsOutIn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::darkYellow));
        QVERIFY(!model.index(3, StockRiskTableModel::SellsOutIn).data(Qt::ForegroundRole).isValid());

        model.setRisks(s.stockRisks.mid(0, 2), 1); // capped at one row
        QCOMPARE(model.rowCount(), 1);
        model.setRisks({}, 20);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
