// Titles and descriptions of the pages. A page whose feature lands gets its own class (like
// SettingsPage) and loses its "upcoming" sentence here.
#include "ui/pagedirectory.h"

using namespace Qt::StringLiterals;

namespace mc::ui {

QList<PageEntry> PageDirectory::entries()
{
    return {
        {PageId::Dashboard, u"dashboard"_s, tr("Dashboard"), tr("Today's sales at a glance."), QString()},
        {PageId::Orders, u"orders"_s, tr("Orders"), tr("Orders placed with your shop on the platform."), QString()},
        {PageId::Catalog, u"catalog"_s, tr("Catalog"), tr("Your products and their listings."), QString()},
        {PageId::Stock, u"stock"_s, tr("Stock"), tr("Stock levels in each warehouse and store."), QString()},
        {PageId::Campaigns, u"campaigns"_s, tr("Campaigns"), tr("Online and in-store promotions."), QString()},
        {PageId::Vouchers, u"vouchers"_s, tr("Vouchers"), tr("Voucher redemption at the store counter."), QString()},
        {PageId::Reconciliation, u"reconciliation"_s, tr("Reconciliation"),
         tr("Each day's redemptions checked against the platform."), QString()},
        {PageId::Settings, u"settings"_s, tr("Settings"), tr("Language and where your data is kept."), QString()},
    };
}

} // namespace mc::ui
