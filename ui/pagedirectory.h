// The pages of the main window, in navigation order: what each is called, what it is for
// and, while its feature is not built, what it will show.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mc::ui {

enum class PageId { Dashboard, Orders, Catalog, Stock, Campaigns, Vouchers, Reconciliation, Settings };

struct PageEntry
{
    PageId id;
    QString key; // stable, untranslated: the page's objectName is "page.<key>"
    QString title;
    QString summary;
    QString upcoming; // empty once the page is built
};

class PageDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PageDirectory)

public:
    // Translated with the translators installed at the time of the call.
    static QList<PageEntry> entries();
};

} // namespace mc::ui
