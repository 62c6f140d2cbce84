<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PageDirectory</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Today&apos;s sales at a glance.</source>
        <translation>今日销售一览。</translation>
    </message>
    <message>
        <source>Live sales for today: GMV, orders per minute and best-selling products, updated as orders arrive from the platform.</source>
        <translation>今日实时销售：成交额（GMV）、每分钟订单数和热销商品，随平台订单实时更新。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Orders placed with your shop on the platform.</source>
        <translation>顾客在平台上向本店下的订单。</translation>
    </message>
    <message>
        <source>Every order synchronised from the platform, with fast search and filters over millions of orders.</source>
        <translation>从平台同步的全部订单，可在数百万笔订单中快速搜索和筛选。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Your products and their listings.</source>
        <translation>您的商品及其上架信息。</translation>
    </message>
    <message>
        <source>Your products and SKUs as listed on the platform, with their prices and status.</source>
        <translation>您在平台上架的商品和 SKU，以及它们的价格和状态。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stock levels in each warehouse and store.</source>
        <translation>各仓库和门店的库存水平。</translation>
    </message>
    <message>
        <source>Stock for every location, and adjustments that are sent to the platform.</source>
        <translation>每个仓库和门店的库存，以及发送到平台的库存调整。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Online and in-store promotions.</source>
        <translation>线上和门店的促销活动。</translation>
    </message>
    <message>
        <source>Discount campaigns you can set up and try out on past orders before publishing them.</source>
        <translation>创建折扣活动，并在发布前用历史订单试算效果。</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>卡券</translation>
    </message>
    <message>
        <source>Voucher redemption at the store counter.</source>
        <translation>在门店柜台核销卡券。</translation>
    </message>
    <message>
        <source>Redemption of customers&apos; vouchers in store, also while offline; redemptions are sent to the platform when the connection returns.</source>
        <translation>在门店核销顾客的卡券，断网时也能核销；网络恢复后，核销记录会发送到平台。</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <source>Each day&apos;s redemptions checked against the platform.</source>
        <translation>每日核销记录与平台数据逐笔核对。</translation>
    </message>
    <message>
        <source>A daily comparison of store redemptions, point-of-sale exports and platform records that lists every difference.</source>
        <translation>每日比对门店核销记录、收银系统导出数据和平台记录，列出每一处差异。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language and where your data is kept.</source>
        <translation>界面语言和数据存放位置。</translation>
    </message>
</context>
<context>
    <name>mc::ui::AboutDialog</name>
    <message>
        <source>About Merchant Console</source>
        <translation>关于商家控制台</translation>
    </message>
    <message>
        <source>Merchant Console</source>
        <translation>商家控制台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Catalog, stock, orders, campaigns and vouchers for merchants on the platform, online and in store.</source>
        <translation>为平台商家管理商品、库存、订单、营销活动和卡券，线上线下一体。</translation>
    </message>
    <message>
        <source>Qt version %1</source>
        <translation>Qt 版本 %1</translation>
    </message>
</context>
<context>
    <name>mc::ui::MainWindow</name>
    <message>
        <source>Merchant Console</source>
        <translation>商家控制台</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Merchant Console</source>
        <translation>关于商家控制台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>mc::ui::SettingsPage</name>
    <message>
        <source>Takes effect the next time Merchant Console starts.</source>
        <translation>下次启动商家控制台时生效。</translation>
    </message>
    <message>
        <source>Local databases: cached platform data and this computer&apos;s redemption ledger.</source>
        <translation>本地数据库：缓存的平台数据和本机的核销台账。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>数据文件夹(&amp;D)</translation>
    </message>
</context>
<context>
    <name>mc::ui::StatusIndicators</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connection to the e-commerce platform</source>
        <translation>与电商平台的连接</translation>
    </message>
    <message>
        <source>When data was last synchronised with the platform</source>
        <translation>上次与平台同步数据的时间</translation>
    </message>
    <message>
        <source>Changes made here that the platform has not confirmed yet</source>
        <translation>在本机所做、平台尚未确认的更改</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Unsynced changes: %1</source>
        <translation>未同步更改：%1</translation>
    </message>
</context>
<context>
    <name>mc::ui::UnavailablePage</name>
    <message>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
</context>
</TS>
