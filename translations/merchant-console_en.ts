<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Live sales for today: GMV, orders per minute and best-selling products, updated as orders arrive from the platform.</source>
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
</context>
<context>
    <name>mc::ui::UnavailablePage</name>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
