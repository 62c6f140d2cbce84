<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The platform accepted your keys; the shop has %n store(s).</source>
        <translation>
            <numerusform>已连接。平台接受了您的密钥；该店铺有 %n 家门店。</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform does not know this app key. Copy it again from the platform&apos;s developer console.</source>
        <translation>平台不认识这个 App Key。请从平台的开发者控制台重新复制。</translation>
    </message>
    <message>
        <source>The app key is right but the app secret is wrong: the platform refused the signature. Copy the secret again.</source>
        <translation>App Key 正确，但 App Secret 错误：平台拒绝了签名。请重新复制 App Secret。</translation>
    </message>
    <message>
        <source>The session key was refused: it has expired or belongs to another app. Authorize the app again to get a new one.</source>
        <translation>会话密钥（SessionKey）被拒绝：它已过期或属于另一个应用。请重新授权应用以获取新的会话密钥。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one expected (the certificate pin differs, or it is not trusted). Check the address and the pin: someone may be in between.</source>
        <translation>服务器证书与预期不符（证书指纹不一致，或证书不受信任）。请检查地址和证书指纹：可能有人在中间拦截。</translation>
    </message>
    <message>
        <source>Use an https:// address: plain http:// is only allowed to this computer.</source>
        <translation>请使用 https:// 地址：明文 http:// 只允许连接本机。</translation>
    </message>
    <message>
        <source>The platform cannot be reached at this address. Check the address and this computer&apos;s network connection.</source>
        <translation>无法通过此地址连接到平台。请检查地址和这台电脑的网络连接。</translation>
    </message>
    <message>
        <source>The keys work, but the shop has no store with this store id. Leave it empty for the owner&apos;s sign-in.</source>
        <translation>密钥有效，但店铺没有这个门店 ID 的门店。以店主身份登录请留空。</translation>
    </message>
    <message>
        <source>The keys work, but this sign-in may not read the shop. Ask the shop&apos;s owner for access.</source>
        <translation>密钥有效，但此登录身份无权读取该店铺。请向店主申请权限。</translation>
    </message>
    <message>
        <source>The platform answered with an error it may recover from. Try again in a few minutes.</source>
        <translation>平台返回了一个可能会自行恢复的错误。请过几分钟再试。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</source>
        <translation>
            <numerusform>这台电脑的时钟比平台快 %n 分钟。请校正日期和时间（或开启自动设置时间），然后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</source>
        <translation>
            <numerusform>这台电脑的时钟比平台慢 %n 分钟。请校正日期和时间（或开启自动设置时间），然后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys are another store&apos;s manager sign-in. Enter that store&apos;s id, or the keys of this store.</source>
        <translation>这组密钥是另一家门店的店长登录信息。请填写那家门店的 ID，或填写本门店的密钥。</translation>
    </message>
</context>
<context>
    <name>CounterText</name>
    <message>
        <source>The voucher may be redeemed.</source>
        <translation>此券可以核销。</translation>
    </message>
    <message>
        <source>This is not a voucher code: it is incomplete or damaged. Scan it again, or type it carefully.</source>
        <translation>这不是卡券码：券码不完整或已损坏。请重新扫描，或仔细输入。</translation>
    </message>
    <message>
        <source>The voucher is signed with a key this console does not know yet. Let the console sync with the platform, then check again.</source>
        <translation>此券的签名密钥本机尚未获取。请先与平台同步，再重新校验。</translation>
    </message>
    <message>
        <source>The signature does not match: the code was forged or altered. Do not accept it.</source>
        <translation>签名不符：券码是伪造的或被篡改过。请勿受理。</translation>
    </message>
    <message>
        <source>Not valid yet: the voucher is valid from %1 (Beijing time).</source>
        <translation>尚未生效：此券自 %1（北京时间）起有效。</translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation>尚未生效。</translation>
    </message>
    <message>
        <source>Expired: the voucher was valid until %1 (Beijing time).</source>
        <translation>已过期：此券有效期至 %1（北京时间）。</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>已过期。</translation>
    </message>
    <message>
        <source>Not for this store: the voucher can only be redeemed in the stores listed below.</source>
        <translation>不适用于本店：此券只能在下列门店核销。</translation>
    </message>
    <message>
        <source>Used up: every use of this voucher has been redeemed already.</source>
        <translation>已用完：此券的所有次数均已核销。</translation>
    </message>
    <message>
        <source>Revoked: the voucher was refunded and can no longer be redeemed.</source>
        <translation>已作废：此券已退款，不能再核销。</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <source>Waiting for upload</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>Confirmed by the platform</source>
        <translation>平台已确认</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台已拒绝</translation>
    </message>
    <message>
        <source>Conflict: used elsewhere first</source>
        <translation>冲突：已先在别处使用</translation>
    </message>
    <message>
        <source>%1 – %2 (Beijing time)</source>
        <translation>%1 至 %2（北京时间）</translation>
    </message>
    <message>
        <source>Not known here (%1 in all)</source>
        <translation>本机未知（共 %1 次）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 次</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>所有门店</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>Merchant Console</source>
        <translation>商家控制台</translation>
    </message>
    <message>
        <source>Merchant Console is already open with this data folder.</source>
        <translation>商家控制台已在使用此数据文件夹。</translation>
    </message>
    <message>
        <source>Switch to the open window, or close it and start again.</source>
        <translation>请切换到已打开的窗口，或将其关闭后重新启动。</translation>
    </message>
    <message>
        <source>The local copy of your shop&apos;s data is damaged.</source>
        <translation>店铺数据的本地副本已损坏。</translation>
    </message>
    <message>
        <source>Rebuild it from the platform? Your counter ledger (redemptions not yet uploaded) is kept as it is. The damaged copy is set aside, not deleted.</source>
        <translation>是否从平台重建？柜台账本（尚未上传的核销记录）将原样保留。损坏的副本会被移到一旁，不会删除。</translation>
    </message>
    <message>
        <source>Rebuild cache</source>
        <translation>重建缓存</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This data folder holds another shop&apos;s data (or the demo&apos;s).</source>
        <translation>此数据文件夹存放的是另一家店铺（或演示）的数据。</translation>
    </message>
    <message>
        <source>Start with another data folder (--data-dir), so that the two are never mixed.</source>
        <translation>请使用另一个数据文件夹（--data-dir）启动，以免两者的数据混在一起。</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
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
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Orders placed with your shop on the platform.</source>
        <translation>顾客在平台上向本店下的订单。</translation>
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
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stock levels in each warehouse and store.</source>
        <translation>各仓库和门店的库存水平。</translation>
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
        <source>Vouchers</source>
        <translation>卡券</translation>
    </message>
    <message>
        <source>Voucher redemption at the store counter.</source>
        <translation>在门店柜台核销卡券。</translation>
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
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language and where your data is kept.</source>
        <translation>界面语言和数据存放位置。</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation>连接店铺(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Voucher redeemed</source>
        <translation>卡券核销凭证</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销时间</translation>
    </message>
    <message>
        <source>%1 (Beijing time)</source>
        <translation>%1（北京时间）</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>卡券</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>Keep this receipt: the serial number identifies the redemption.</source>
        <translation>请保留此凭证：流水号是本次核销的凭据。</translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>The endpoint is not an address such as https://gw.example.com/router/rest.</source>
        <translation>接口地址格式不对，应类似 https://gw.example.com/router/rest。</translation>
    </message>
    <message>
        <source>Use an https:// address: plain http:// is only allowed to this computer.</source>
        <translation>请使用 https:// 地址：明文 http:// 只允许连接本机。</translation>
    </message>
    <message>
        <source>The store id is a number; leave it empty for the owner&apos;s sign-in.</source>
        <translation>门店 ID 是一个数字；以店主身份登录请留空。</translation>
    </message>
    <message>
        <source>The certificate pin is a SHA-256: 64 hexadecimal digits (colons allowed).</source>
        <translation>证书指纹是 SHA-256：64 位十六进制数字（可含冒号）。</translation>
    </message>
    <message>
        <source>Fill in the app key, the app secret and the session key.</source>
        <translation>请填写 App Key、App Secret 和会话密钥。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The secrets of profile &quot;%1&quot; cannot be read from this computer&apos;s keychain: %2</source>
        <translation>无法从这台电脑的钥匙串读取配置“%1”的密钥：%2</translation>
    </message>
    <message>
        <source>The connection works, but this computer&apos;s keychain did not keep the secrets, so they would be lost. Nothing was saved.</source>
        <translation>连接正常，但这台电脑的钥匙串未能保存密钥，密钥将会丢失。因此没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>mc::campaigns::CampaignDesk</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>mc::campaigns::CampaignPlatformDesk</name>
    <message>
        <source>Issuing stopped: %1. Issue again to resume; no voucher is issued twice.</source>
        <translation>发放已中断：%1。再次发放即可继续，不会重复发放任何券。</translation>
    </message>
    <message>
        <source>Vouchers of another campaign are being issued; wait or cancel them.</source>
        <translation>正在发放另一个活动的券，请等待完成或取消。</translation>
    </message>
</context>
<context>
    <name>mc::campaigns::CampaignValidation</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为活动命名。</translation>
    </message>
    <message>
        <source>Enter both the spend threshold and the amount off.</source>
        <translation>请同时填写满减门槛和减免金额。</translation>
    </message>
    <message>
        <source>%1 off every %2 is a discount at or above the price it applies to.</source>
        <translation>每满 %2 减 %1：优惠等于或高于所适用的价格。</translation>
    </message>
    <message>
        <source>Enter a percentage off above 0 %.</source>
        <translation>请输入大于 0% 的折扣比例。</translation>
    </message>
    <message>
        <source>A percentage off of 100 % or more gives the goods away.</source>
        <translation>折扣达到或超过 100% 等于白送商品。</translation>
    </message>
    <message>
        <source>Enter a fixed price above ¥0.00.</source>
        <translation>请输入高于 ¥0.00 的一口价。</translation>
    </message>
    <message>
        <source>Enter the voucher&apos;s face value.</source>
        <translation>请输入优惠券面值。</translation>
    </message>
    <message>
        <source>A voucher of %1 is worth more than the minimum spend of %2.</source>
        <translation>面值 %1 的优惠券高于使用门槛 %2。</translation>
    </message>
    <message>
        <source>Issue between 1 and 100,000 vouchers.</source>
        <translation>发券数量应在 1 到 100,000 张之间。</translation>
    </message>
    <message>
        <source>SKU %1 costs %2: the campaign&apos;s price or voucher is not below it.</source>
        <translation>SKU %1 售价 %2：活动价或优惠券金额并不低于售价。</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>活动结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The window %1 – %2 (Beijing time) is in the past.</source>
        <translation>活动时间 %1 – %2（北京时间）已经过去。</translation>
    </message>
    <message>
        <source>Choose at least one store: none of the chosen cities or provinces has one.</source>
        <translation>请至少选择一家门店：所选城市或省份中没有门店。</translation>
    </message>
    <message>
        <source>Choose at least one category or SKU.</source>
        <translation>请至少选择一个类目或 SKU。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The budget of %1 is below the cost of one use (%2).</source>
        <translation>预算 %1 低于单次使用的成本（%2）。</translation>
    </message>
    <message>
        <source>The per-buyer limit cannot be negative.</source>
        <translation>每人限购次数不能为负数。</translation>
    </message>
    <message>
        <source>Overlaps with “%1” on SKU %2 in the same reach and window.</source>
        <translation>与“%1”在同一渠道和时段内重叠于 SKU %2。</translation>
    </message>
    <message>
        <source>Overlaps with “%1” on the same products, reach and window.</source>
        <translation>与“%1”在相同商品、渠道和时段上重叠。</translation>
    </message>
</context>
<context>
    <name>mc::reconcile::Category</name>
    <message>
        <source>Matched</source>
        <translation>已核对一致</translation>
    </message>
    <message>
        <source>At the counter, not yet at the platform</source>
        <translation>柜台已核销，平台尚未收到</translation>
    </message>
    <message>
        <source>At the counter, refused by the platform</source>
        <translation>柜台已核销，平台拒绝</translation>
    </message>
    <message>
        <source>At the platform, not at this counter</source>
        <translation>平台有记录，本柜台无</translation>
    </message>
    <message>
        <source>Same voucher at two stores</source>
        <translation>同一张券在两家门店使用</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation>尚未结算</translation>
    </message>
    <message>
        <source>Settled differently</source>
        <translation>结算与预期不符</translation>
    </message>
    <message>
        <source>Till sale without redemption</source>
        <translation>收银有销售但无核销</translation>
    </message>
    <message>
        <source>Redemption without till sale</source>
        <translation>有核销但收银无销售</translation>
    </message>
</context>
<context>
    <name>mc::reconcile::DayCloseBook</name>
    <message>
        <source>%1 of store %2 was signed off by %3: reopen it first</source>
        <translation>门店 %2 的 %1 已由 %3 签核：请先重新打开</translation>
    </message>
    <message>
        <source>%1 of store %2 is not signed off</source>
        <translation>门店 %2 的 %1 尚未签核</translation>
    </message>
    <message>
        <source>a resolution is accept, write-off or dispute, not &apos;%1&apos;</source>
        <translation>处理方式应为 accept、write-off 或 dispute，而不是“%1”</translation>
    </message>
    <message>
        <source>a resolution needs a discrepancy, a manager&apos;s name (up to 64 characters) and a note of at most 2000</source>
        <translation>处理需要指定差异、店长姓名（最多 64 个字符）以及不超过 2000 字的备注</translation>
    </message>
    <message>
        <source>a write-off or a dispute needs a note</source>
        <translation>核销损失或申诉需要备注</translation>
    </message>
    <message>
        <source>a sign-off needs the manager&apos;s name (up to 64 characters)</source>
        <translation>签核需要店长姓名（最多 64 个字符）</translation>
    </message>
    <message>
        <source>reopening needs the manager&apos;s name and a reason</source>
        <translation>重新打开需要店长姓名和原因</translation>
    </message>
</context>
<context>
    <name>mc::reconcile::DayCloseDesk</name>
    <message>
        <source>The platform could not be asked (%1); the report shows what was fetched before.</source>
        <translation>无法向平台查询（%1）；报告显示的是此前已获取的数据。</translation>
    </message>
</context>
<context>
    <name>mc::reconcile::DayMatcher</name>
    <message>
        <source>settled without a redemption on record</source>
        <translation>有结算但没有核销记录</translation>
    </message>
    <message>
        <source>store %1 is not the store reconciled</source>
        <translation>门店 %1 不是正在对账的门店</translation>
    </message>
    <message>
        <source>redeemed outside the day</source>
        <translation>核销时间不在当日</translation>
    </message>
    <message>
        <source>no serial</source>
        <translation>没有流水号</translation>
    </message>
    <message>
        <source>serial recorded twice</source>
        <translation>流水号记录了两次</translation>
    </message>
    <message>
        <source>face value or uses out of range</source>
        <translation>面值或次数超出范围</translation>
    </message>
    <message>
        <source>unknown upload state &apos;%1&apos;</source>
        <translation>未知的上传状态“%1”</translation>
    </message>
    <message>
        <source>no serial or voucher</source>
        <translation>没有流水号或卡券</translation>
    </message>
    <message>
        <source>serial listed twice</source>
        <translation>流水号列出了两次</translation>
    </message>
    <message>
        <source>settled twice</source>
        <translation>结算了两次</translation>
    </message>
    <message>
        <source>amounts out of range</source>
        <translation>金额超出范围</translation>
    </message>
    <message>
        <source>unknown settlement status &apos;%1&apos;</source>
        <translation>未知的结算状态“%1”</translation>
    </message>
    <message>
        <source>no voucher code or amount out of range</source>
        <translation>没有券码或金额超出范围</translation>
    </message>
    <message>
        <source>receipt and code listed twice</source>
        <translation>小票号和券码重复列出</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>used at %1; %2</source>
        <translation>已在 %1 使用；%2</translation>
    </message>
    <message>
        <source>confirmed by the platform, not in its records fetched so far</source>
        <translation>平台已确认，但尚未出现在已获取的平台记录中</translation>
    </message>
    <message>
        <source>the platform recorded another amount</source>
        <translation>平台记录的金额不同</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应于 %1 结算</translation>
    </message>
    <message>
        <source>receipt %1, line %2</source>
        <translation>小票 %1，第 %2 行</translation>
    </message>
    <message>
        <source>the till took another amount (%1)</source>
        <translation>收银收取的金额不同（%1）</translation>
    </message>
    <message>
        <source>Counter: redeemed by %1 at %2 (entry %3); upload %4</source>
        <translation>柜台：%1 于 %2 核销（第 %3 条）；上传状态 %4</translation>
    </message>
    <message>
        <source>Platform: recorded at %1, redeemed at %2 by %3 at store %4</source>
        <translation>平台：%1 收到，%2 由 %3 在门店 %4 核销</translation>
    </message>
    <message>
        <source>Settlement: %1 at %2, %3 paid of %4 (commission %5)</source>
        <translation>结算：%1，%2，实付 %3，总额 %4（佣金 %5）</translation>
    </message>
</context>
<context>
    <name>mc::reconcile::ReportCsv</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>卡券</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
</context>
<context>
    <name>mc::reconcile::TillCsv</name>
    <message>
        <source>&apos;%1&apos;: expected date=, receipt=, code= or amount= with a header name</source>
        <translation>“%1”：应为 date=、receipt=、code= 或 amount= 加表头名称</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>voucher code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>no column for: %1 (header: %2)</source>
        <translation>找不到这些列：%1（表头：%2）</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not yyyy-MM-dd</source>
        <translation>日期“%1”不是 yyyy-MM-dd 格式</translation>
    </message>
    <message>
        <source>no receipt number</source>
        <translation>没有小票号</translation>
    </message>
    <message>
        <source>no voucher code, or not ASCII</source>
        <translation>没有券码，或券码含非 ASCII 字符</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a positive number of yuan</source>
        <translation>金额“%1”不是正的元数</translation>
    </message>
    <message>
        <source>receipt %1 lists voucher %2 twice</source>
        <translation>小票 %1 重复列出券 %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引号内的字段没有结束</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
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
        <source>Commit: unknown (not built from a git checkout)</source>
        <translation>提交：未知（不是从 git 检出构建的）</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <extracomment>%1 is a library&apos;s name (Qt, SQLite, OpenSSL), %2 its version</extracomment>
        <translation>%1 版本 %2</translation>
    </message>
</context>
<context>
    <name>mc::ui::BulkImportDialog</name>
    <message>
        <source>Adjust stock from %1</source>
        <translation>从 %1 调整库存</translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send to the platform</source>
        <translation>
            <numerusform>%n 项修改将发送到平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines already at their quantity</source>
        <translation>
            <numerusform>%n 行数量未变</numerusform>
        </translation>
    </message>
    <message>
        <source>Each change applies only if the platform still has the stock shown under Before; otherwise it is reported as a conflict and nothing is overwritten.</source>
        <translation>仅当平台上的库存仍为“修改前”所示数量时，修改才会生效；否则记为冲突，不会覆盖任何数据。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <source>Send %n changes</source>
        <translation>
            <numerusform>发送 %n 项修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n lines cannot be used. Correct them and import the file again.</source>
        <translation>
            <numerusform>未做任何修改：%n 行无法使用。请更正后重新导入文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignChanges</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Every / minimum spend</source>
        <translation>每满 / 使用门槛</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Stores chosen by</source>
        <translation>门店选择方式</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>指定 SKU</translation>
    </message>
    <message>
        <source>Except SKUs</source>
        <translation>排除 SKU</translation>
    </message>
    <message>
        <source>Starts (Beijing time)</source>
        <translation>开始（北京时间）</translation>
    </message>
    <message>
        <source>Ends (Beijing time)</source>
        <translation>结束（北京时间）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>每人限享</translation>
    </message>
    <message>
        <source>Vouchers to issue</source>
        <translation>发券数量</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Every threshold, amount off (满减)</source>
        <translation>每满减（满减）</translation>
    </message>
    <message>
        <source>Voucher of a face value</source>
        <translation>固定面值优惠券</translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation>线上和门店</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>仅线上</translation>
    </message>
    <message>
        <source>In store only</source>
        <translation>仅门店</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>A list of stores</source>
        <translation>指定门店</translation>
    </message>
    <message>
        <source>City</source>
        <translation>按城市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 单</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Every threshold, amount off (满减)</source>
        <translation>每满减（满减）</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <source>Voucher of a face value</source>
        <translation>固定面值优惠券</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. 300.00</source>
        <translation>例如 300.00</translation>
    </message>
    <message>
        <source>e.g. 40.00</source>
        <translation>例如 40.00</translation>
    </message>
    <message>
        <source>e.g. 15 for 15 % off</source>
        <translation>例如 15 表示减 15%</translation>
    </message>
    <message>
        <source>price per unit, e.g. 99.00</source>
        <translation>单件价格，例如 99.00</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>例如 50.00</translation>
    </message>
    <message>
        <source>Every (¥) / minimum spend (¥)</source>
        <translation>每满（¥）/ 使用门槛（¥）</translation>
    </message>
    <message>
        <source>Amount off (¥)</source>
        <translation>减免金额（¥）</translation>
    </message>
    <message>
        <source>Fixed price (¥)</source>
        <translation>一口价（¥）</translation>
    </message>
    <message>
        <source>Face value (¥)</source>
        <translation>面值（¥）</translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation>线上和门店</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>仅线上</translation>
    </message>
    <message>
        <source>In store only</source>
        <translation>仅门店</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>所有门店</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>store ids, cities or provinces, comma-separated</source>
        <translation>门店编号、城市或省份，用逗号分隔</translation>
    </message>
    <message>
        <source>In stores</source>
        <translation>适用门店</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>categories or SKU ids, comma-separated</source>
        <translation>类目或 SKU 编号，用逗号分隔</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU ids never discounted</source>
        <translation>不参加优惠的 SKU 编号</translation>
    </message>
    <message>
        <source>Except SKUs</source>
        <translation>排除 SKU</translation>
    </message>
    <message>
        <source>11.11</source>
        <translation>双11</translation>
    </message>
    <message>
        <source>The next 11.11, 00:00 to 24:00 Beijing time</source>
        <translation>下一个双11，北京时间 00:00 至 24:00</translation>
    </message>
    <message>
        <source>Window (Beijing)</source>
        <translation>时段（北京时间）</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation>留空：不设上限</translation>
    </message>
    <message>
        <source>Budget (¥)</source>
        <translation>预算（¥）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>每人限享</translation>
    </message>
    <message>
        <source>Vouchers to issue</source>
        <translation>发券数量</translation>
    </message>
    <message>
        <source>“%1” is not an amount such as 300.00.</source>
        <translation>“%1”不是有效金额，例如 300.00。</translation>
    </message>
    <message>
        <source>A percentage off is at most 100.</source>
        <translation>折扣比例最多为 100。</translation>
    </message>
    <message>
        <source>Stores are numbers separated by commas.</source>
        <translation>门店应为用逗号分隔的编号。</translation>
    </message>
    <message>
        <source>SKUs are numbers separated by commas.</source>
        <translation>SKU 应为用逗号分隔的编号。</translation>
    </message>
    <message>
        <source>Excluded SKUs are numbers separated by commas.</source>
        <translation>排除的 SKU 应为用逗号分隔的编号。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n store(s)</source>
        <translation>
            <numerusform>%1 · %n 家门店</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this kind is cached yet: type it, separated by commas.</source>
        <translation>本地缓存中还没有可选项：请直接输入，用逗号分隔。</translation>
    </message>
    <message>
        <source>Choose from the cached catalog and stores</source>
        <translation>从本地缓存的商品和门店中选择</translation>
    </message>
    <message>
        <source>SKUs never discounted</source>
        <translation>不参与优惠的 SKU</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>选择：%1</translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignPublishPanel</name>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Sends the newest version to the platform through the outbox: once, even if the connection drops or the console restarts.</source>
        <translation>通过发件箱将最新版本发送到平台：即使连接中断或控制台重启，也只发送一次。</translation>
    </message>
    <message>
        <source>Publishing needs the platform: the console is not connected yet.</source>
        <translation>发布需要连接平台：控制台尚未连接。</translation>
    </message>
    <message>
        <source>Version %1 is in the outbox: waiting for the platform…</source>
        <translation>第 %1 版已在发件箱中：等待平台响应……</translation>
    </message>
    <message>
        <source>Version %1 is published: platform version %2.</source>
        <translation>第 %1 版已发布：平台版本 %2。</translation>
    </message>
    <message>
        <source>The platform refused version %1: %2</source>
        <translation>平台拒绝了第 %1 版：%2</translation>
    </message>
    <message>
        <source>Version %1 was not published: the platform had a newer version. Publish again to decide.</source>
        <translation>第 %1 版未发布：平台上有更新的版本。再次发布以作出选择。</translation>
    </message>
    <message>
        <source>Version %1 is a draft: not on the platform yet.</source>
        <translation>第 %1 版是草稿：尚未发布到平台。</translation>
    </message>
    <message>
        <source>Publishing version %1…</source>
        <translation>正在发布第 %1 版……</translation>
    </message>
    <message>
        <source>The platform has a newer version (%1) of this campaign: choose which one stays.</source>
        <translation>平台上有此活动的更新版本（%1）：请选择保留哪一个。</translation>
    </message>
    <message>
        <source>Publishing version %1 over the platform&apos;s version %2…</source>
        <translation>正在用第 %1 版覆盖平台的第 %2 版……</translation>
    </message>
    <message>
        <source>Taking the platform&apos;s version %1…</source>
        <translation>正在采用平台的第 %1 版……</translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignVoucherPanel</name>
    <message>
        <source>Issue vouchers</source>
        <translation>发放券码</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export codes (CSV)…</source>
        <translation>导出券码（CSV）…</translation>
    </message>
    <message>
        <source>Print QR sheet (PDF)…</source>
        <translation>打印二维码页（PDF）…</translation>
    </message>
    <message>
        <source>A4 pages of nine QR codes with their text, the campaign&apos;s terms and where it is redeemable: for flyers and posters.</source>
        <translation>A4 纸每页九个二维码，附券码文字、活动规则和适用范围：可用于传单和海报。</translation>
    </message>
    <message>
        <source>Vouchers need the platform: the console is not connected yet.</source>
        <translation>发券需要连接平台：控制台尚未连接。</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 issued. Issue again to resume.</source>
        <translation>已取消：已发放 %1 / %2 张。再次发放即可继续。</translation>
    </message>
    <message>
        <source>All %1 vouchers are issued.</source>
        <translation>全部 %1 张券已发放。</translation>
    </message>
    <message>
        <source>Choose a voucher campaign to issue its codes.</source>
        <translation>请选择一个券类活动来发放券码。</translation>
    </message>
    <message>
        <source>Only a voucher campaign issues voucher codes.</source>
        <translation>只有券类活动才能发放券码。</translation>
    </message>
    <message>
        <source>This campaign issues %1 vouchers of %2 (in batches of %3); none issued yet.</source>
        <translation>本活动将发放 %1 张面值 %2 的券（每批 %3 张）；尚未发放。</translation>
    </message>
    <message>
        <source>%1 of %2 vouchers of %3 issued.</source>
        <translation>面值 %3 的券已发放 %1 / %2 张。</translation>
    </message>
    <message>
        <source>Resume issuing</source>
        <translation>继续发放</translation>
    </message>
    <message>
        <source>Issuing… You may close the console: “Resume issuing” then continues where it stopped.</source>
        <translation>发放中……可以关闭控制台：之后点“继续发放”即可从中断处继续。</translation>
    </message>
    <message>
        <source>Planning the batches…</source>
        <translation>正在规划批次……</translation>
    </message>
    <message>
        <source>Cancelling after the batch under way…</source>
        <translation>当前批次完成后取消……</translation>
    </message>
    <message>
        <source>Export voucher codes</source>
        <translation>导出券码</translation>
    </message>
    <message>
        <source>Save the QR sheet</source>
        <translation>保存二维码页</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the codes…</source>
        <translation>正在读取券码……</translation>
    </message>
    <message>
        <source>%1 codes written to %2.</source>
        <translation>已将 %1 个券码写入 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n QR code(s)…</source>
        <translation>
            <numerusform>正在绘制 %n 个二维码……</numerusform>
        </translation>
    </message>
    <message>
        <source>QR sheet of %1 codes written to %2.</source>
        <translation>含 %1 个券码的二维码页已写入 %2。</translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignsPage</name>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Online + in store</source>
        <translation>线上 + 门店</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n 家门店</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1, %2 off</source>
        <translation>每满 %1 减 %2</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>Fixed price %1</source>
        <translation>一口价 %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>%1 优惠券</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Window (Beijing)</source>
        <translation>时段（北京时间）</translation>
    </message>
    <message>
        <source>Cost so far / budget</source>
        <translation>已花费 / 预算</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Last 11.11</source>
        <translation>去年双11</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>预演</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Orders from</source>
        <translation>订单日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Rehearse the campaign on past orders to see what it would have cost.</source>
        <translation>用历史订单预演活动，看看它会花费多少。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>预演</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved (Beijing)</source>
        <translation>保存时间（北京时间）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Changes from the version before:</source>
        <translation>相对上一版本的改动：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Roll back to this version</source>
        <translation>回滚到此版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Campaigns are kept in this console&apos;s ledger until published.</source>
        <translation>活动在发布前保存在本机账本中。</translation>
    </message>
    <message>
        <source>Campaigns are not available: the data folder is not open.</source>
        <translation>无法使用营销活动：数据文件夹未打开。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为版本 %1。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Rehearsing on the cached orders…</source>
        <translation>正在用本地缓存的订单预演…</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>No campaign yet: set one up below, rehearse it on past orders, save it.</source>
        <translation>还没有活动：在下方设置一个，用历史订单预演，然后保存。</translation>
    </message>
    <message>
        <source>published (v%1)</source>
        <translation>已发布（v%1）</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布中</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>rollback to version %1</source>
        <translation>回滚到版本 %1</translation>
    </message>
    <message>
        <source>%1 of %2 paid orders would have qualified; %3 discounted for %4 (%5 % of GMV %6).</source>
        <translation>%2 笔已付款订单中有 %1 笔符合条件；%3 笔享受优惠，共计 %4（占 GMV %6 的 %5%）。</translation>
    </message>
    <message>
        <source>Not discounted: %1 over the budget, %2 over the per-buyer limit, %3 without a voucher left.</source>
        <translation>未享受优惠：%1 笔超出预算，%2 笔超出每人限享，%3 笔因优惠券已发完。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) set aside as impossible (not counted).</source>
        <translation>
            <numerusform>%n 笔订单数据异常，已单独列出（不计入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>（%1 秒）</translation>
    </message>
    <message>
        <source>Discount (¥)</source>
        <translation>优惠（¥）</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>Discount cost per channel and store</source>
        <translation>各渠道和门店的优惠成本</translation>
    </message>
    <message>
        <source>Today online</source>
        <translation>今日线上</translation>
    </message>
    <message>
        <source>Today in store</source>
        <translation>今日门店</translation>
    </message>
    <message>
        <source>Orders paid today and the discount the platform gave them (promotion_details); %1 to date, of a budget of %2.</source>
        <translation>今日已付款订单及平台实际给出的优惠（promotion_details）；累计 %1，预算 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt; the newest version to the platform</source>
        <translation>将最新版本&lt;b&gt;发布&lt;/b&gt;到平台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vouchers&lt;/b&gt;: codes for flyers, posters and the till</source>
        <translation>&lt;b&gt;券码&lt;/b&gt;：用于传单、海报和收银台</translation>
    </message>
    <message>
        <source>Publish and vouchers</source>
        <translation>发布与发券</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignsTile</name>
    <message numerus="yes">
        <source>%n order(s) · %1</source>
        <translation>
            <numerusform>%n 单 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns today</source>
        <translation>今日营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Cost to date / budget</source>
        <translation>累计成本 / 预算</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>%1 · no cap</source>
        <translation>%1 · 不设上限</translation>
    </message>
    <message numerus="yes">
        <source>discount given in %1 · %n campaign(s) live</source>
        <translation>
            <numerusform>共 %1享受优惠 · %n 个活动进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::ui::CatalogFilterBar</name>
    <message>
        <source>Title, merchant code, or scan a barcode</source>
        <translation>标题、商家编码，或扫描条码</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>仅看低库存</translation>
    </message>
    <message>
        <source>Only products at or below their low-stock threshold somewhere</source>
        <translation>仅显示在某处库存不高于预警值的商品</translation>
    </message>
</context>
<context>
    <name>mc::ui::CatalogModel</name>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n 处低库存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low at or below %n</source>
        <translation>
            <numerusform>不高于 %n 即为低库存</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>库存地点数</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低库存</translation>
    </message>
</context>
<context>
    <name>mc::ui::CatalogPage</name>
    <message>
        <source>Export catalog</source>
        <translation>导出商品目录</translation>
    </message>
    <message>
        <source>Save the products of this list as a CSV file for Excel or WPS</source>
        <translation>将此列表中的商品保存为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <source>Select a product to see its stock in each location.</source>
        <translation>选择一个商品，查看它在各库存地点的库存。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message numerus="yes">
        <source>%n SKUs</source>
        <translation>
            <numerusform>%n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>库存 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n low somewhere</source>
        <translation>
            <numerusform>%n 个有低库存</numerusform>
        </translation>
    </message>
    <message>
        <source>Merchant code %1 · SKU %2</source>
        <translation>商家编码 %1 · SKU %2</translation>
    </message>
    <message>
        <source>Taken off sale</source>
        <translation>已下架</translation>
    </message>
    <message numerus="yes">
        <source>Low at or below %n</source>
        <translation>
            <numerusform>不高于 %n 即为低库存</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::ui::ChannelSplit</name>
    <message>
        <source>Online %1 · %2</source>
        <translation>线上 %1 · %2</translation>
    </message>
    <message>
        <source>In store %1 · %2</source>
        <translation>门店 %1 · %2</translation>
    </message>
</context>
<context>
    <name>mc::ui::ChoicePicker</name>
    <message>
        <source>Search by name, code or id; several words narrow it down</source>
        <translation>按名称、编码或编号搜索；输入多个词可缩小范围</translation>
    </message>
    <message>
        <source>Only ticked</source>
        <translation>只看已勾选</translation>
    </message>
    <message>
        <source>Clear all ticks</source>
        <translation>清除全部勾选</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked of %1</source>
        <translation>
            <numerusform>已勾选 %n 项，共 %1 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::ui::CounterPage</name>
    <message>
        <source>The counter is not available on this console</source>
        <translation>本机无法使用柜台核销</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Scan or type a voucher code, then press Enter to check it.</source>
        <translation>扫描或输入券码，然后按回车键校验。</translation>
    </message>
    <message>
        <source>Name of the operator on duty</source>
        <translation>当班操作员姓名</translation>
    </message>
    <message>
        <source>&amp;Operator on duty:</source>
        <translation>当班操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>Scan, paste or type a voucher code, then Enter</source>
        <translation>扫描、粘贴或输入券码，然后按回车</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Open QR image…</source>
        <translation>打开二维码图片…</translation>
    </message>
    <message>
        <source>Read the code from a picture of a QR code (you can also drop the file on the input)</source>
        <translation>从二维码图片中读取券码（也可以把图片文件拖到输入框上）</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Redeem (Ctrl+Enter)</source>
        <translation>核销 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印凭证</translation>
    </message>
    <message>
        <source>Print receipt… (Ctrl+P)</source>
        <translation>打印凭证… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>将凭证存为 PDF…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Enter the operator on duty, then press Ctrl+Enter to redeem.</source>
        <translation>请先填写当班操作员，再按 Ctrl+Enter 核销。</translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation>正在核销…</translation>
    </message>
    <message>
        <source>Recording the redemption; keep the voucher until it is confirmed.</source>
        <translation>正在记录核销；确认之前请保留此券。</translation>
    </message>
    <message>
        <source>✔ Valid: %1</source>
        <translation>✔ 有效：%1</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to redeem it.</source>
        <translation>按 Ctrl+Enter 核销。</translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation>✖ 拒绝</translation>
    </message>
    <message>
        <source>✔ Redeemed: %1</source>
        <translation>✔ 已核销：%1</translation>
    </message>
    <message>
        <source>Recorded as %1 by %2.
Give the shopper the discount; Ctrl+P prints the receipt.</source>
        <translation>已由 %2 记录，流水号 %1。
请给顾客优惠；按 Ctrl+P 打印凭证。</translation>
    </message>
    <message>
        <source>✖ Not redeemed</source>
        <translation>✖ 未核销</translation>
    </message>
    <message>
        <source>✖ No QR code found</source>
        <translation>✖ 未找到二维码</translation>
    </message>
    <message>
        <source>The file %1 is not an image that can be read.</source>
        <translation>文件 %1 不是可读取的图片。</translation>
    </message>
    <message>
        <source>No QR code could be read in %1. Try a sharper picture, or type the code.</source>
        <translation>无法从 %1 中读取二维码。请换一张更清晰的图片，或手动输入券码。</translation>
    </message>
    <message>
        <source>Open QR image</source>
        <translation>打开二维码图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>将凭证存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>✖ Receipt not saved</source>
        <translation>✖ 凭证未保存</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Redeeming vouchers needs a store: sign in as the store&apos;s manager (--store), or, with the owner&apos;s sign-in, choose the store this counter stands in (--counter-store). Until then no voucher can be checked or redeemed here.</source>
        <translation>核销券码需要指定门店：以门店店长身份登录（--store），或使用商家主账号登录并选择本收银台所在的门店（--counter-store）。在此之前，这里无法校验或核销任何券码。</translation>
    </message>
    <message>
        <source>Counter of %1</source>
        <translation>%1 收银台</translation>
    </message>
</context>
<context>
    <name>mc::ui::DashboardPage</name>
    <message>
        <source>Hide amounts</source>
        <translation>隐藏金额</translation>
    </message>
    <message>
        <source>Mask every money amount, for a screen others can see (Ctrl+Shift+H)</source>
        <translation>隐藏所有金额，适合他人可见的屏幕（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Big screen</source>
        <translation>大屏模式</translation>
    </message>
    <message>
        <source>Full screen with large type, for a wall display (F11; Esc leaves)</source>
        <translation>全屏大字显示，适合挂墙大屏（F11 进入，Esc 退出）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>mc::ui::DayReportDocument</name>
    <message>
        <source>All stores</source>
        <translation>所有门店</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>Day close %1, %2</source>
        <translation>日结 %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 (Beijing time). %n discrepancy(ies).</source>
        <translation>
            <numerusform>生成于 %1（北京时间）。共 %n 处差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>A total did not fit: these figures must not be used.</source>
        <translation>合计超出范围：这些数字不可使用。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counter (this console)</source>
        <translation>柜台（本机）</translation>
    </message>
    <message>
        <source>Platform redemptions</source>
        <translation>平台核销记录</translation>
    </message>
    <message>
        <source>Settlement: gross</source>
        <translation>结算：总额</translation>
    </message>
    <message>
        <source>Settlement: commission</source>
        <translation>结算：佣金</translation>
    </message>
    <message>
        <source>Settlement: paid</source>
        <translation>结算：实付</translation>
    </message>
    <message>
        <source>Till (POS)</source>
        <translation>收银机（POS）</translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation>各类别合计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销时间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Records set aside (not counted)</source>
        <translation>已搁置的记录（未计入）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>账本哈希链</translation>
    </message>
    <message>
        <source>Redemptions: intact.</source>
        <translation>核销记录：完整。</translation>
    </message>
    <message>
        <source>Redemptions: BROKEN from entry %1 on.</source>
        <translation>核销记录：自第 %1 条起已被破坏。</translation>
    </message>
    <message>
        <source>Day close entries: intact.</source>
        <translation>日结记录：完整。</translation>
    </message>
    <message>
        <source>Day close entries: BROKEN from entry %1 on.</source>
        <translation>日结记录：自第 %1 条起已被破坏。</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签核</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2.</source>
        <translation>由 %1 于 %2 签核。</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>尚未签核。</translation>
    </message>
    <message>
        <source>The figures changed since the sign-off.</source>
        <translation>签核后数字有变动。</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s); last by %1: %2</source>
        <translation>
            <numerusform>已重新打开 %n 次；最近一次由 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Store manager: ____________________    Date: ____________</source>
        <translation>店长签字：____________________    日期：____________</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>日结 %1</translation>
    </message>
</context>
<context>
    <name>mc::ui::ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (%2 problems so far)</source>
        <translation>%1（已出现 %2 个问题）</translation>
    </message>
</context>
<context>
    <name>mc::ui::ExportControl</name>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Rows exported: %1</source>
        <translation>已导出 %1 行</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>导出已停止：%1</translation>
    </message>
</context>
<context>
    <name>mc::ui::FreshnessBadge</name>
    <message>
        <source>figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>nothing synchronised yet</source>
        <translation>尚未同步任何数据</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>正在追赶</translation>
    </message>
    <message>
        <source>loading orders from the platform, totals still growing</source>
        <translation>正在从平台加载订单，合计仍在增长</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>connection lost, retrying</source>
        <translation>连接中断，正在重试</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>%1 behind the platform</source>
        <translation>落后平台 %1</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>已限流</translation>
    </message>
    <message>
        <source>the platform paused our requests until %1</source>
        <translation>平台暂停了我们的请求，直到 %1</translation>
    </message>
    <message>
        <source>last order message %1</source>
        <translation>最新订单消息 %1</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>剩余 %1 次请求</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>凭据被拒绝</translation>
    </message>
    <message>
        <source>the platform refused the app key, app secret or session: check the credentials file</source>
        <translation>平台拒绝了 App Key、App Secret 或会话令牌：请检查凭据文件</translation>
    </message>
    <message>
        <source>Live (polling)</source>
        <translation>实时（轮询）</translation>
    </message>
</context>
<context>
    <name>mc::ui::GmvCounter</name>
    <message>
        <source>Today&apos;s GMV</source>
        <translation>今日成交额</translation>
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
    <message>
        <source>The dashboard on the whole screen in large type, for a wall display</source>
        <translation>全屏大字显示概览，适合挂墙大屏</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>退出全屏</translation>
    </message>
</context>
<context>
    <name>mc::ui::OrderDetailView</name>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <source>Select an order to see its lines and amounts.</source>
        <translation>选择一个订单，查看商品明细和金额。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地区</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Paid by the buyer</source>
        <translation>买家实付</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>商品行：%1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>mc::ui::OrderFilterBar</name>
    <message>
        <source>Order number, buyer or product (Ctrl+F)</source>
        <translation>订单号、买家或商品（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation>线上和门店</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部仓库和门店</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>From ¥</source>
        <translation>最低 ¥</translation>
    </message>
    <message>
        <source>to ¥</source>
        <translation>最高 ¥</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>实付：</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>11.11 (latest)</source>
        <translation>双 11（最近一次）</translation>
    </message>
    <message>
        <source>11.11 a year before</source>
        <translation>上一年双 11</translation>
    </message>
    <message>
        <source>The lowest amount is above the highest: no order can match.</source>
        <translation>最低金额高于最高金额，没有订单能匹配。</translation>
    </message>
</context>
<context>
    <name>mc::ui::OrdersModel</name>
    <message>
        <source>Created (Beijing)</source>
        <translation>下单时间（北京）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Channel / store</source>
        <translation>渠道 / 门店</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid (¥)</source>
        <translation>实付（¥）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>mc::ui::OrdersPage</name>
    <message>
        <source>Save the orders of this list as a CSV file for Excel or WPS</source>
        <translation>将当前列表中的订单保存为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Counting… %1 so far</source>
        <translation>正在统计… 已有 %1</translation>
    </message>
    <message>
        <source>Search index %1% built: searching by title or buyer is slower until it is done</source>
        <translation>搜索索引已建立 %1%：完成前按商品或买家搜索会较慢</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
</context>
<context>
    <name>mc::ui::PublishConflictDialog</name>
    <message>
        <source>Campaign changed on the platform</source>
        <translation>平台上的活动已被修改</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>“%1” was published from elsewhere meanwhile: the platform is at version %2 (saved %3), newer than the version this console last saw. Your version %4 was not published.</source>
        <translation>“%1”在此期间已从别处发布：平台当前为第 %2 版（保存于 %3），比本控制台上次看到的版本更新。您的第 %4 版未发布。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine (version %1)</source>
        <translation>我的（第 %1 版）</translation>
    </message>
    <message>
        <source>Platform (version %1)</source>
        <translation>平台（第 %1 版）</translation>
    </message>
    <message>
        <source>Both sides are the same campaign; only the version numbers differ.</source>
        <translation>两边的活动内容相同，只是版本号不同。</translation>
    </message>
    <message>
        <source>Every other field is the same on both sides.</source>
        <translation>其余字段两边相同。</translation>
    </message>
    <message>
        <source>Keep mine (publish over theirs)</source>
        <translation>保留我的（覆盖平台版本发布）</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用平台版本</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>%1 Beijing time</source>
        <translation>北京时间 %1</translation>
    </message>
</context>
<context>
    <name>mc::ui::QueuePanel</name>
    <message>
        <source>Uploads to the platform</source>
        <translation>上传到平台</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>重新上传</translation>
    </message>
    <message>
        <source>Retry upload (Ctrl+R)</source>
        <translation>重新上传 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send the selected redemption to the platform again now</source>
        <translation>立即把选中的核销记录重新发送到平台</translation>
    </message>
    <message>
        <source>Waiting for upload: %1</source>
        <translation>等待上传：%1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
</context>
<context>
    <name>mc::ui::RankedTableModel</name>
    <message>
        <source>#</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>mc::ui::RankingTables</name>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>热销类目</translation>
    </message>
    <message>
        <source>Top provinces</source>
        <translation>热销省份</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Stock-out risk</source>
        <translation>缺货风险</translation>
    </message>
</context>
<context>
    <name>mc::ui::ReconcileItemsModel</name>
    <message>
        <source>%1 h waiting. %2</source>
        <translation>已等待 %1 小时。%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销损失</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>已申诉</translation>
    </message>
</context>
<context>
    <name>mc::ui::ReconcilePage</name>
    <message>
        <source>Reconciliation is not available yet</source>
        <translation>对账暂不可用</translation>
    </message>
    <message>
        <source>Day close needs this console&apos;s ledger and a connection to the platform. It starts with the sync; until then no day can be reconciled here.</source>
        <translation>日结需要本机账本和与平台的连接，会随同步一起启动；在此之前无法在这里对账。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>All stores (head office)</source>
        <translation>所有门店（总部）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>对账(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the day from the platform, then match the counter, the platform and the settlement</source>
        <translation>先从平台获取当日数据，再核对柜台、平台和结算</translation>
    </message>
    <message>
        <source>Till CSV…</source>
        <translation>收银 CSV…</translation>
    </message>
    <message>
        <source>Import the till&apos;s export of the day (date, receipt, voucher code, amount)</source>
        <translation>导入收银系统当日导出（日期、小票号、券码、金额）</translation>
    </message>
    <message>
        <source>Choose a store and a day, then Reconcile.</source>
        <translation>选择门店和日期，然后点“对账”。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>处理(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>签核(&amp;O)…</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>重新打开(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 (store %2)</source>
        <translation>%1（门店 %2）</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message numerus="yes">
        <source>Till CSV: %n line(s)</source>
        <translation>
            <numerusform>收银 CSV：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciling %1…</source>
        <translation>正在对账 %1…</translation>
    </message>
    <message>
        <source>Day close failed: %1</source>
        <translation>日结失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies).</source>
        <translation>
            <numerusform>共 %n 处差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger&apos;s chain is BROKEN (redemptions from entry %1, day close from entry %2): do not sign off; the data was changed outside this console.</source>
        <translation>账本哈希链已被破坏（核销记录自第 %1 条，日结记录自第 %2 条）：请勿签核；数据在本机之外被改动过。</translation>
    </message>
    <message>
        <source>Ledger chain intact.</source>
        <translation>账本哈希链完整。</translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation>已由 %1 签核。</translation>
    </message>
    <message>
        <source>The figures changed since the sign-off.</source>
        <translation>签核后数字有变动。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside as invalid.</source>
        <translation>
            <numerusform>%n 条无效记录已搁置。</numerusform>
        </translation>
    </message>
    <message>
        <source>A total did not fit: these figures must not be used.</source>
        <translation>合计超出范围：这些数字不可使用。</translation>
    </message>
    <message>
        <source>%1: %2, %3 yuan</source>
        <translation>%1：%2，%3 元</translation>
    </message>
    <message numerus="yes">
        <source>Sign off %1 with %n open discrepancy(ies)?</source>
        <translation>
            <numerusform>签核 %1？仍有 %n 处差异未处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen %1, signed off by %2?</source>
        <translation>重新打开由 %2 签核的 %1？</translation>
    </message>
    <message>
        <source>The till&apos;s export of the day</source>
        <translation>收银系统的当日导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Till CSV</source>
        <translation>收银 CSV</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Till CSV: nothing imported</source>
        <translation>收银 CSV：未导入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>Columns: date = %1, receipt = %2, voucher code = %3, amount = %4.
%n line(s) of %5 to import; %6 line(s) of other days left out.</source>
        <translation>
            <numerusform>列：日期 = %1，小票号 = %2，券码 = %3，金额 = %4。
将导入 %5 的 %n 行；其他日期的 %6 行不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation>将当日导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save the day report as PDF</source>
        <translation>将日结报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>核销笔数</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签核人</translation>
    </message>
    <message>
        <source>Double-click a store to close its day</source>
        <translation>双击门店以对该门店日结</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>未签核</translation>
    </message>
    <message>
        <source>Checking the ledger&apos;s chain…</source>
        <translation>正在校验账本链…</translation>
    </message>
</context>
<context>
    <name>mc::ui::RedemptionQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>流水号：%1</translation>
    </message>
    <message>
        <source>Upload attempts: %1</source>
        <translation>上传次数：%1</translation>
    </message>
    <message>
        <source>Platform&apos;s answer: %1</source>
        <translation>平台答复：%1</translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京）</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>卡券</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation>平台答复</translation>
    </message>
</context>
<context>
    <name>mc::ui::ResolutionDialog</name>
    <message>
        <source>Resolve a discrepancy</source>
        <translation>处理差异</translation>
    </message>
    <message>
        <source>Sign off the day</source>
        <translation>签核当日</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>重新打开当日</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>核销损失</translation>
    </message>
    <message>
        <source>Dispute with the platform</source>
        <translation>向平台申诉</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Once signed off, the day cannot change until it is reopened with a reason.</source>
        <translation>签核后当日数据不能再改动，除非说明原因重新打开。</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
</context>
<context>
    <name>mc::ui::SalesCharts</name>
    <message>
        <source>Sales per minute today</source>
        <translation>今日每分钟销售</translation>
    </message>
    <message>
        <source>GMV per minute</source>
        <translation>每分钟成交额</translation>
    </message>
    <message>
        <source>Paid orders per minute</source>
        <translation>每分钟支付订单</translation>
    </message>
    <message>
        <source>GMV per second</source>
        <translation>每秒成交额</translation>
    </message>
    <message>
        <source>GMV per second, last 5 minutes (5-second average)</source>
        <translation>每秒成交额（最近 5 分钟，5 秒均值）</translation>
    </message>
</context>
<context>
    <name>mc::ui::SalesHeadline</name>
    <message>
        <source>None yesterday at this time</source>
        <translation>昨日同一时刻无数据</translation>
    </message>
    <message>
        <source>%1 vs yesterday at this time (%2)</source>
        <translation>较昨日同时段 %1（%2）</translation>
    </message>
    <message>
        <source>Today&apos;s GMV</source>
        <translation>今日成交额</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>支付订单</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>No data for yesterday</source>
        <translation>暂无昨日数据</translation>
    </message>
    <message>
        <source>Distinct buyers with paid orders</source>
        <translation>已支付订单的去重买家</translation>
    </message>
    <message>
        <source>Not live: figures as of %1</source>
        <translation>非实时：数据截至 %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Counting buyers…</source>
        <translation>正在统计买家…</translation>
    </message>
</context>
<context>
    <name>mc::ui::SalesSeries</name>
    <message>
        <source>-%1 min</source>
        <translation>-%1 分钟</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>mc::ui::ScopeSelector</name>
    <message>
        <source>Sales shown</source>
        <translation>显示的销售范围</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>门店：%1</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>Your sign-in covers this store only.</source>
        <translation>您的账号仅限查看本门店。</translation>
    </message>
    <message>
        <source>Which sales the dashboard shows</source>
        <translation>概览显示哪些销售</translation>
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
    <message>
        <source>&amp;Rebuild cache…</source>
        <translation>重建缓存(&amp;R)…</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>本地缓存</translation>
    </message>
    <message>
        <source>Sets the cached orders, catalog and stock aside and fetches them again from the platform. The redemption ledger is kept as it is.</source>
        <translation>将缓存的订单、商品和库存移到一旁，并从平台重新获取。核销账本保持不变。</translation>
    </message>
    <message>
        <source>Rebuild cache</source>
        <translation>重建缓存</translation>
    </message>
    <message>
        <source>Fetch all orders, catalog and stock again from the platform?</source>
        <translation>从平台重新获取全部订单、商品和库存？</translation>
    </message>
    <message>
        <source>The current cache is set aside, not deleted. Until the download finishes, the figures show only what has arrived. The redemption ledger is not touched.</source>
        <translation>当前缓存会被移到一旁，不会删除。下载完成前，数据只显示已到达的部分。核销账本不受影响。</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重建</translation>
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
    <message>
        <source>Credentials refused</source>
        <translation>凭据被拒绝</translation>
    </message>
    <message>
        <source>Orders the platform sent with impossible data (a repeated line, a negative amount, a missing time). They are set aside and left out of every figure; a corrected copy from the platform replaces them. Details: the quarantine table of the cache.</source>
        <translation>平台发来的数据不合理的订单（重复的明细行、负金额、缺少时间）。它们被隔离，不计入任何数字；平台发来更正后的版本时会替换它们。详情见缓存中的隔离表（quarantine）。</translation>
    </message>
    <message>
        <source>Orders set aside: %1</source>
        <translation>已隔离订单：%1</translation>
    </message>
    <message>
        <source>Vouchers redeemed at this counter that the platform has not confirmed yet. They are kept in the ledger and sent again until it does (Vouchers page, Uploads to the platform).</source>
        <translation>本收银台已核销、平台尚未确认的券码。它们保存在账本中，会一直重新发送直到平台确认（见“卡券”页的“上传到平台”）。</translation>
    </message>
    <message>
        <source>Vouchers to upload: %1</source>
        <translation>待上传核销：%1</translation>
    </message>
</context>
<context>
    <name>mc::ui::StockHistoryModel</name>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>库存地点 %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台处理</translation>
    </message>
</context>
<context>
    <name>mc::ui::StockMatrixModel</name>
    <message>
        <source>Merchant code %1 · SKU %2</source>
        <translation>商家编码 %1 · SKU %2</translation>
    </message>
    <message>
        <source>Waiting to be sent to the platform: %1 → %2 (by %3)</source>
        <translation>等待发送到平台：%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Not stocked at %1. Type a quantity to stock it.</source>
        <translation>%1 未备货。输入数量即可备货。</translation>
    </message>
    <message>
        <source>Low: at or below %1</source>
        <translation>低库存：不高于 %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
</context>
<context>
    <name>mc::ui::StockPage</name>
    <message>
        <source>Low-stock threshold of this product…</source>
        <translation>此商品的库存预警值…</translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Stock at or below this is marked low, for products without a threshold of their own</source>
        <translation>未单独设置预警值的商品，库存不高于此值即标为低库存</translation>
    </message>
    <message>
        <source>Adjust from CSV…</source>
        <translation>从 CSV 调整…</translation>
    </message>
    <message>
        <source>Set many quantities at once from a CSV file (for example this page&apos;s export, edited)</source>
        <translation>从 CSV 文件一次设置多个数量（例如编辑过的本页导出文件）</translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation>导出库存</translation>
    </message>
    <message>
        <source>Save one row per product and location as a CSV file for Excel or WPS; edit its Quantity column and import it back to adjust stock</source>
        <translation>每个商品和库存地点保存为一行 CSV，可用 Excel 或 WPS 打开；修改“数量”列后再导入即可调整库存</translation>
    </message>
    <message>
        <source>Low at or below</source>
        <translation>低库存预警值</translation>
    </message>
    <message>
        <source>Adjustments made here</source>
        <translation>本机做出的库存调整</translation>
    </message>
    <message>
        <source>Only the selected product</source>
        <translation>仅看所选商品</translation>
    </message>
    <message>
        <source>Threshold saved.</source>
        <translation>预警值已保存。</translation>
    </message>
    <message>
        <source>Threshold not saved: %1</source>
        <translation>预警值未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n SKUs</source>
        <translation>
            <numerusform>%n 个 SKU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low somewhere</source>
        <translation>
            <numerusform>%n 个有低库存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes recorded and on their way to the platform.</source>
        <translation>
            <numerusform>已记录 %n 项修改，正在发送到平台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>库存地点 %1</translation>
    </message>
    <message>
        <source>Conflict: the stock of %1 at %2 had changed.</source>
        <translation>冲突：%1 在 %2 的库存已被改动。</translation>
    </message>
    <message>
        <source>Stock changed on the platform</source>
        <translation>平台上的库存已变化</translation>
    </message>
    <message>
        <source>The stock of %1 at %2 changed before your change arrived.</source>
        <translation>在您的修改到达之前，%1 在 %2 的库存已经变化。</translation>
    </message>
    <message>
        <source>You expected %1 and asked for %2. The platform now has %3.</source>
        <translation>您预期为 %1，要改为 %2。平台现在是 %3。</translation>
    </message>
    <message>
        <source>Set to %1 anyway</source>
        <translation>仍改为 %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Adjust stock from CSV</source>
        <translation>从 CSV 调整库存</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <source>%1 is low at or below:</source>
        <translation>%1 库存不高于此值即为低库存：</translation>
    </message>
    <message>
        <source>Stores of</source>
        <translation>门店所在省份</translation>
    </message>
    <message>
        <source>Show the warehouse and the stores of one province only</source>
        <translation>只显示仓库和一个省份的门店</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
</context>
<context>
    <name>mc::ui::StockRiskTableModel</name>
    <message>
        <source>Location %1</source>
        <translation>地点 %1</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Sold / h</source>
        <translation>每小时售出</translation>
    </message>
    <message>
        <source>Sells out in</source>
        <translation>预计售罄</translation>
    </message>
    <message>
        <source>%1 (SKU %2)
%3: %4 in stock, %5 sold per hour</source>
        <translation>%1（SKU %2）
%3：库存 %4，每小时售出 %5</translation>
    </message>
</context>
<context>
    <name>mc::ui::UnavailablePage</name>
    <message>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
</context>
<context>
    <name>mc::ui::VoucherPanel</name>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>适用门店</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>卡券</translation>
    </message>
    <message>
        <source>Voucher code as a QR code</source>
        <translation>券码二维码</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nothing of this code can be shown: its signature did not verify.</source>
        <translation>无法显示此券码的任何内容：签名未通过校验。</translation>
    </message>
</context>
<context>
    <name>mc::ui::VoucherQrSheet</name>
    <message>
        <source>Voucher worth %1 on a purchase of at least %2</source>
        <translation>满 %2 可用，抵扣 %1</translation>
    </message>
    <message>
        <source>Voucher worth %1, no minimum purchase</source>
        <translation>抵扣 %1，无门槛</translation>
    </message>
    <message>
        <source>Valid %1 – %2 (Beijing time)</source>
        <translation>有效期 %1 – %2（北京时间）</translation>
    </message>
    <message>
        <source>Redeemable: %1</source>
        <translation>适用范围：%1</translation>
    </message>
    <message>
        <source>Each code can be used once. Show it at the till or enter it when you pay online.</source>
        <translation>每个券码限用一次。到店请在收银台出示，线上支付时输入券码。</translation>
    </message>
    <message>
        <source>Voucher no. %1</source>
        <translation>券号 %1</translation>
    </message>
    <message>
        <source>No vouchers have been issued yet.</source>
        <translation>尚未发放任何券。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法创建 PDF。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>mc::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Merchant Console</source>
        <translation>欢迎使用商家控制台</translation>
    </message>
    <message>
        <source>Watch your shop&apos;s sales live, run the store counter and close the day. Try it first with a demo shop, or connect your own.</source>
        <translation>实时查看店铺销售、运行门店柜台并完成日结。可以先用演示店铺试用，也可以连接您自己的店铺。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>A made-up shop living through 11.11, thirty times faster than real time: orders, stores, vouchers and the day close. Its data is kept in a folder of its own and never mixed with a real shop&apos;s.</source>
        <translation>一家虚构的店铺以 30 倍速度度过双 11：订单、门店、券和日结。它的数据保存在单独的文件夹中，绝不会与真实店铺的数据混在一起。</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Connect your shop</source>
        <translation>连接您的店铺</translation>
    </message>
    <message>
        <source>From the platform&apos;s developer console. The app secret and the session key are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>以下信息来自平台的开发者控制台。App Secret 和会话密钥保存在这台电脑的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Profile name</source>
        <translation>配置名称(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. Flagship store</source>
        <translation>例如：旗舰店</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>接口地址(&amp;E)</translation>
    </message>
    <message>
        <source>App &amp;key</source>
        <translation>App Key(&amp;K)</translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation>App Secret(&amp;S)</translation>
    </message>
    <message>
        <source>Sessio&amp;n key</source>
        <translation>会话密钥(&amp;N)</translation>
    </message>
    <message>
        <source>Optional: a store manager&apos;s store</source>
        <translation>可选：店长所管理的门店</translation>
    </message>
    <message>
        <source>Optional: SHA-256 of the certificate</source>
        <translation>可选：证书的 SHA-256</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Fill in the profile name, endpoint, app key, app secret and session key.</source>
        <translation>请填写配置名称、接口地址、App Key、App Secret 和会话密钥。</translation>
    </message>
    <message>
        <source>St&amp;ore id</source>
        <translation>门店 ID(&amp;O)</translation>
    </message>
    <message>
        <source>Certificate p&amp;in</source>
        <translation>证书指纹(&amp;I)</translation>
    </message>
</context>
<context>
    <name>mc::vouchers::StoreCounter</name>
    <message>
        <source>The redemption could not be saved: %1</source>
        <translation>核销记录无法保存：%1</translation>
    </message>
    <message>
        <source>Voucher %1 was already used up elsewhere: the redemption at %2 (serial %3) is in conflict and must be settled with the customer.</source>
        <translation>卡券 %1 已在别处用完：%2 的核销（流水号 %3）存在冲突，需要与顾客协商处理。</translation>
    </message>
</context>
<context>
    <name>mc::workspace::CatalogBrowser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB: split it into several files.</source>
        <translation>%1 大于 64 MiB：请拆分为多个文件。</translation>
    </message>
</context>
<context>
    <name>mc::workspace::CatalogText</name>
    <message>
        <source>SKU ID</source>
        <translation>SKU编号</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>库存地点编号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>商品编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Price (CNY)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Stock in total</source>
        <translation>总库存</translation>
    </message>
    <message>
        <source>Locations stocked</source>
        <translation>有库存记录的地点数</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <source>Locations low</source>
        <translation>低库存地点数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库存地点</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>仓库：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Applied by the platform</source>
        <translation>平台已执行</translation>
    </message>
    <message>
        <source>Conflict: stock had changed</source>
        <translation>冲突：库存已变化</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台拒绝</translation>
    </message>
</context>
<context>
    <name>mc::workspace::OrderBrowser</name>
    <message>
        <source>An export is already running.</source>
        <translation>已有一个导出正在进行。</translation>
    </message>
</context>
<context>
    <name>mc::workspace::OrderText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>等待付款</translation>
    </message>
    <message>
        <source>Paid, to ship</source>
        <translation>已付款，待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <source>Closed (refunded)</source>
        <translation>已关闭（退款）</translation>
    </message>
    <message>
        <source>Closed unpaid</source>
        <translation>已关闭（未付款）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>Created (Beijing time)</source>
        <translation>下单时间（北京时间）</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>仓库/门店</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid (CNY)</source>
        <translation>实付（元）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>First product</source>
        <translation>首个商品</translation>
    </message>
</context>
<context>
    <name>mc::workspace::StockImport</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>SKU ID or merchant code</source>
        <translation>SKU编号或商家编码</translation>
    </message>
    <message>
        <source>location ID</source>
        <translation>库存地点编号</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>no column for: %1 (header: %2)</source>
        <translation>缺少列：%1（表头：%2）</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>no SKU with ID &apos;%1&apos;</source>
        <translation>没有编号为“%1”的 SKU</translation>
    </message>
    <message>
        <source>merchant code &apos;%1&apos; is not the code of SKU %2</source>
        <translation>商家编码“%1”不属于 SKU %2</translation>
    </message>
    <message>
        <source>no SKU with merchant code &apos;%1&apos;</source>
        <translation>没有商家编码为“%1”的 SKU</translation>
    </message>
    <message>
        <source>merchant code &apos;%1&apos; belongs to %2 SKUs: give the SKU ID</source>
        <translation>商家编码“%1”对应 %2 个 SKU：请填写 SKU编号</translation>
    </message>
    <message>
        <source>no SKU ID or merchant code</source>
        <translation>缺少 SKU编号或商家编码</translation>
    </message>
    <message>
        <source>no location with ID &apos;%1&apos;</source>
        <translation>没有编号为“%1”的库存地点</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a whole number from 0 to %2</source>
        <translation>数量“%1”不是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>the same SKU and location as line %1</source>
        <translation>与第 %1 行的 SKU 和库存地点相同</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引号字段未闭合</translation>
    </message>
    <message>
        <source>the file has no lines after its header</source>
        <translation>文件在表头之后没有数据行</translation>
    </message>
</context>
</TS>
