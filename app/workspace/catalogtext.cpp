#include "app/workspace/catalogtext.h"

#include "app/workspace/ordertext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mc::workspace {

namespace {
constexpr char kContext[] = "mc::workspace::CatalogText";

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// Column names used by both the export and the import.
constexpr const char *kSkuId = QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "SKU ID");
constexpr const char *kMerchantCode = QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Merchant code");
constexpr const char *kLocationId = QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Location ID");
constexpr const char *kQuantity = QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Quantity");

QString yesNo(bool value)
{
    return value ? translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "yes"))
                 : translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "no"));
}

// Ids as text: Excel and WPS would round long numbers.
QString idText(std::int64_t id)
{
    return u'\t' + QString::number(id);
}
} // namespace

QStringList CatalogText::catalogCsvHeader()
{
    return {translated(kSkuId),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Item ID")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Title")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Specification")),
            translated(kMerchantCode),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Category")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Price (CNY)")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "On sale")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Stock in total")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Locations stocked")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Low-stock threshold")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Locations low"))};
}

QStringList CatalogText::catalogCsvRow(const CatalogRow &r)
{
    return {idText(r.skuId),
            idText(r.numIid),
            r.title,
            r.properties,
            r.outerId,
            r.category,
            OrderText::yuan(r.priceFen),
            yesNo(r.onSale),
            QString::number(r.totalQuantity),
            QString::number(r.locationsStocked),
            QString::number(r.threshold),
            QString::number(r.lowLocations)};
}

QStringList CatalogText::stockCsvHeader()
{
    return {translated(kSkuId),
            translated(kMerchantCode),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Title")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Specification")),
            translated(kLocationId),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Location")),
            translated(kQuantity),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Low-stock threshold")),
            translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Low"))};
}

QStringList CatalogText::stockCsvRow(const CatalogRow &r, const StockLocation &location, std::int64_t quantity)
{
    return {idText(r.skuId),        r.outerId,
            r.title,                r.properties,
            idText(location.id),    locationLabel(location),
            QString::number(quantity), QString::number(r.threshold),
            yesNo(quantity <= r.threshold)};
}

QString CatalogText::locationLabel(const StockLocation &location)
{
    if (location.kind == u"warehouse")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Warehouse: %1")).arg(location.name);
    return location.name;
}

QString CatalogText::adjustmentState(const QString &state)
{
    if (state == u"pending")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Waiting to be sent"));
    if (state == u"acked")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Applied by the platform"));
    if (state == u"conflict")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Conflict: stock had changed"));
    if (state == u"rejected")
        return translated(QT_TRANSLATE_NOOP("mc::workspace::CatalogText", "Refused by the platform"));
    return state;
}

QStringList CatalogText::skuIdNames()
{
    return {translated(kSkuId), QString::fromLatin1(kSkuId), u"sku_id"_s, u"SKU编号"_s};
}

QStringList CatalogText::merchantCodeNames()
{
    return {translated(kMerchantCode), QString::fromLatin1(kMerchantCode), u"outer_id"_s, u"商家编码"_s};
}

QStringList CatalogText::locationIdNames()
{
    return {translated(kLocationId), QString::fromLatin1(kLocationId), u"location_id"_s, u"库存地点编号"_s};
}

QStringList CatalogText::quantityNames()
{
    return {translated(kQuantity), QString::fromLatin1(kQuantity), u"quantity"_s, u"数量"_s};
}

} // namespace mc::workspace
