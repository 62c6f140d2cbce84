<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DesktopApplication</name>
    <message>
        <source>Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant Console is already open with this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the open window, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your shop&apos;s data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild it from the platform? Your counter ledger (redemptions not yet uploaded) is kept as it is. The damaged copy is set aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageDirectory</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sales at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed with your shop on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order synchronised from the platform, with fast search and filters over millions of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your products and their listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your products and SKUs as listed on the platform, with their prices and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels in each warehouse and store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock for every location, and adjustments that are sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and in-store promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount campaigns you can set up and try out on past orders before publishing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher redemption at the store counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption of customers&apos; vouchers in store, also while offline; redemptions are sent to the platform when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day&apos;s redemptions checked against the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily comparison of store redemptions, point-of-sale exports and platform records that lists every difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and where your data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::AboutDialog</name>
    <message>
        <source>About Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog, stock, orders, campaigns and vouchers for merchants on the platform, online and in store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::ChannelSplit</name>
    <message>
        <source>Online %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::DashboardPage</name>
    <message>
        <source>Hide amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask every money amount, for a screen others can see (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large type, for a wall display (F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 problems so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::FreshnessBadge</name>
    <message>
        <source>figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading orders from the platform, totals still growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform paused our requests until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last order message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform refused the app key, app secret or session: check the credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (polling)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::GmvCounter</name>
    <message>
        <source>Today&apos;s GMV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::MainWindow</name>
    <message>
        <source>Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard on the whole screen in large type, for a wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::RankedTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::RankingTables</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-out risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::SalesCharts</name>
    <message>
        <source>Sales per minute today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per second, last 5 minutes (5-second average)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::SalesHeadline</name>
    <message>
        <source>None yesterday at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs yesterday at this time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct buyers with paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live: figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting buyers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::SalesSeries</name>
    <message>
        <source>-%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::ScopeSelector</name>
    <message>
        <source>Sales shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in covers this store only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sales the dashboard shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::SettingsPage</name>
    <message>
        <source>Takes effect the next time Merchant Console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local databases: cached platform data and this computer&apos;s redemption ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::StatusIndicators</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the e-commerce platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When data was last synchronised with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here that the platform has not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::StockRiskTableModel</name>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sells out in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SKU %2)
%3: %4 in stock, %5 sold per hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::UnavailablePage</name>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
