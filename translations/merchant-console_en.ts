<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <source>Connected. The platform accepted your keys; the shop has %n store(s).</source>
        <translation>
            <numerusform>Connected. The platform accepted your keys; the shop has %n store.</numerusform>
            <numerusform>Connected. The platform accepted your keys; the shop has %n stores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform does not know this app key. Copy it again from the platform&apos;s developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app key is right but the app secret is wrong: the platform refused the signature. Copy the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session key was refused: it has expired or belongs to another app. Authorize the app again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one expected (the certificate pin differs, or it is not trusted). Check the address and the pin: someone may be in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address: plain http:// is only allowed to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform cannot be reached at this address. Check the address and this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys work, but the shop has no store with this store id. Leave it empty for the owner&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys work, but this sign-in may not read the shop. Ask the shop&apos;s owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an error it may recover from. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the platform&apos;s. Correct the date and time (or turn on automatic time), then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys are another store&apos;s manager sign-in. Enter that store&apos;s id, or the keys of this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterText</name>
    <message>
        <source>The voucher may be redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a voucher code: it is incomplete or damaged. Scan it again, or type it carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher is signed with a key this console does not know yet. Let the console sync with the platform, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the code was forged or altered. Do not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: the voucher is valid from %1 (Beijing time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the voucher was valid until %1 (Beijing time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this store: the voucher can only be redeemed in the stores listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used up: every use of this voucher has been redeemed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the voucher was refunded and can no longer be redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: used elsewhere first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known here (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>This data folder holds another shop&apos;s data (or the demo&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with another data folder (--data-dir), so that the two are never mixed.</source>
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
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your products and their listings.</source>
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
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and in-store promotions.</source>
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
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day&apos;s redemptions checked against the platform.</source>
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
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Voucher redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt: the serial number identifies the redemption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is not an address such as https://gw.example.com/router/rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address: plain http:// is only allowed to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store id is a number; leave it empty for the owner&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pin is a SHA-256: 64 hexadecimal digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the app key, the app secret and the session key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of profile &quot;%1&quot; cannot be read from this computer&apos;s keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works, but this computer&apos;s keychain did not keep the secrets, so they would be lost. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::campaigns::CampaignDesk</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::campaigns::CampaignPlatformDesk</name>
    <message>
        <source>Issuing stopped: %1. Issue again to resume; no voucher is issued twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers of another campaign are being issued; wait or cancel them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::campaigns::CampaignValidation</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the spend threshold and the amount off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off every %2 is a discount at or above the price it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage off above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage off of 100 % or more gives the goods away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a fixed price above ¥0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the voucher&apos;s face value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voucher of %1 is worth more than the minimum spend of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue between 1 and 100,000 vouchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 costs %2: the campaign&apos;s price or voucher is not below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window %1 – %2 (Beijing time) is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one store: none of the chosen cities or provinces has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one category or SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of %1 is below the cost of one use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-buyer limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps with “%1” on SKU %2 in the same reach and window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps with “%1” on the same products, reach and window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::reconcile::Category</name>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter, not yet at the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter, refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the platform, not at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same voucher at two stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till sale without redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption without till sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::reconcile::DayCloseBook</name>
    <message>
        <source>%1 of store %2 was signed off by %3: reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of store %2 is not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolution is accept, write-off or dispute, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolution needs a discrepancy, a manager&apos;s name (up to 64 characters) and a note of at most 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write-off or a dispute needs a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off needs the manager&apos;s name (up to 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening needs the manager&apos;s name and a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::reconcile::DayCloseDesk</name>
    <message>
        <source>The platform could not be asked (%1); the report shows what was fetched before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::reconcile::DayMatcher</name>
    <message>
        <source>settled without a redemption on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1 is not the store reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeemed outside the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial recorded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face value or uses out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown upload state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no serial or voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown settlement status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voucher code or amount out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt and code listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used at %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by the platform, not in its records fetched so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform recorded another amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the till took another amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter: redeemed by %1 at %2 (entry %3); upload %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: recorded at %1, redeemed at %2 by %3 at store %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement: %1 at %2, %3 paid of %4 (commission %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::reconcile::ReportCsv</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::reconcile::TillCsv</name>
    <message>
        <source>&apos;%1&apos;: expected date=, receipt=, code= or amount= with a header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for: %1 (header: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voucher code, or not ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a positive number of yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 lists voucher %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
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
        <source>Commit: unknown (not built from a git checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <extracomment>%1 is a library&apos;s name (Qt, SQLite, OpenSSL), %2 its version</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::BulkImportDialog</name>
    <message>
        <source>Adjust stock from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send to the platform</source>
        <translation>
            <numerusform>%n change to send to the platform</numerusform>
            <numerusform>%n changes to send to the platform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines already at their quantity</source>
        <translation>
            <numerusform>%n line already at its quantity</numerusform>
            <numerusform>%n lines already at their quantity</numerusform>
        </translation>
    </message>
    <message>
        <source>Each change applies only if the platform still has the stock shown under Before; otherwise it is reported as a conflict and nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n changes</source>
        <translation>
            <numerusform>Send %n change</numerusform>
            <numerusform>Send %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n lines cannot be used. Correct them and import the file again.</source>
        <translation>
            <numerusform>Nothing was changed: %n line cannot be used. Correct it and import the file again.</numerusform>
            <numerusform>Nothing was changed: %n lines cannot be used. Correct them and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignChanges</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every / minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores chosen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every threshold, amount off (满减)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher of a face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every threshold, amount off (满减)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher of a face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 300.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 40.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15 for 15 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price per unit, e.g. 99.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every (¥) / minimum spend (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed price (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face value (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store ids, cities or provinces, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories or SKU ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU ids never discounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11.11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next 11.11, 00:00 to 24:00 Beijing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount such as 300.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage off is at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores are numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs are numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded SKUs are numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n store(s)</source>
        <translation>
            <numerusform>%1 · %n store</numerusform>
            <numerusform>%1 · %n stores</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this kind is cached yet: type it, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the cached catalog and stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs never discounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignPublishPanel</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the newest version to the platform through the outbox: once, even if the connection drops or the console restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs the platform: the console is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is in the outbox: waiting for the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published: platform version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not published: the platform had a newer version. Publish again to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is a draft: not on the platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has a newer version (%1) of this campaign: choose which one stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing version %1 over the platform&apos;s version %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the platform&apos;s version %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignVoucherPanel</name>
    <message>
        <source>Issue vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export codes (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 pages of nine QR codes with their text, the campaign&apos;s terms and where it is redeemable: for flyers and posters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers need the platform: the console is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 issued. Issue again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 vouchers are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a voucher campaign to issue its codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a voucher campaign issues voucher codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign issues %1 vouchers of %2 (in batches of %3); none issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 vouchers of %3 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing… You may close the console: “Resume issuing” then continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the batch under way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export voucher codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n QR code(s)…</source>
        <translation>
            <numerusform>Drawing %n QR code…</numerusform>
            <numerusform>Drawing %n QR codes…</numerusform>
        </translation>
    </message>
    <message>
        <source>QR sheet of %1 codes written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignsPage</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online + in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n store</numerusform>
            <numerusform>%n stores</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1, %2 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far / budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 11.11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the campaign on past orders to see what it would have cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the version before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns are kept in this console&apos;s ledger until published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns are not available: the data folder is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsing on the cached orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet: set one up below, rehearse it on past orders, save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published (v%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 paid orders would have qualified; %3 discounted for %4 (%5 % of GMV %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discounted: %1 over the budget, %2 over the per-buyer limit, %3 without a voucher left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) set aside as impossible (not counted).</source>
        <translation>
            <numerusform>%n order set aside as impossible (not counted).</numerusform>
            <numerusform>%n orders set aside as impossible (not counted).</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount cost per channel and store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders paid today and the discount the platform gave them (promotion_details); %1 to date, of a budget of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt; the newest version to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vouchers&lt;/b&gt;: codes for flyers, posters and the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CampaignsTile</name>
    <message numerus="yes">
        <source>%n order(s) · %1</source>
        <translation>
            <numerusform>%n order · %1</numerusform>
            <numerusform>%n orders · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to date / budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>discount given in %1 · %n campaign(s) live</source>
        <translation>
            <numerusform>discount given in %1 · %n campaign live</numerusform>
            <numerusform>discount given in %1 · %n campaigns live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::ui::CatalogFilterBar</name>
    <message>
        <source>Title, merchant code, or scan a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only products at or below their low-stock threshold somewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CatalogModel</name>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n low</numerusform>
            <numerusform>%n low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low at or below %n</source>
        <translation>
            <numerusform>Low at or below %n</numerusform>
            <numerusform>Low at or below %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::CatalogPage</name>
    <message>
        <source>Export catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the products of this list as a CSV file for Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to see its stock in each location.</source>
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
    <message numerus="yes">
        <source>%n SKUs</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n low somewhere</source>
        <translation>
            <numerusform>%n low somewhere</numerusform>
            <numerusform>%n low somewhere</numerusform>
        </translation>
    </message>
    <message>
        <source>Merchant code %1 · SKU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Low at or below %n</source>
        <translation>
            <numerusform>Low at or below %n</numerusform>
            <numerusform>Low at or below %n</numerusform>
        </translation>
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
    <name>mc::ui::ChoicePicker</name>
    <message>
        <source>Search by name, code or id; several words narrow it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked of %1</source>
        <translation>
            <numerusform>%n ticked of %1</numerusform>
            <numerusform>%n ticked of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::ui::CounterPage</name>
    <message>
        <source>The counter is not available on this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a voucher code, then press Enter to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the operator on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator on duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, paste or type a voucher code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the code from a picture of a QR code (you can also drop the file on the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operator on duty, then press Ctrl+Enter to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the redemption; keep the voucher until it is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to redeem it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Redeemed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1 by %2.
Give the shopper the discount; Ctrl+P prints the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ No QR code found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an image that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code could be read in %1. Try a sharper picture, or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Receipt not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming vouchers needs a store: sign in as the store&apos;s manager (--store), or, with the owner&apos;s sign-in, choose the store this counter stands in (--counter-store). Until then no voucher can be checked or redeemed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter of %1</source>
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
    <name>mc::ui::DayReportDocument</name>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 (Beijing time). %n discrepancy(ies).</source>
        <translation>
            <numerusform>Generated %1 (Beijing time). %n discrepancy.</numerusform>
            <numerusform>Generated %1 (Beijing time). %n discrepancies.</numerusform>
        </translation>
    </message>
    <message>
        <source>A total did not fit: these figures must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter (this console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement: gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement: commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement: paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till (POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records set aside (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions: intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions: BROKEN from entry %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close entries: intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close entries: BROKEN from entry %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures changed since the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s); last by %1: %2</source>
        <translation>
            <numerusform>Reopened %n time; last by %1: %2</numerusform>
            <numerusform>Reopened %n times; last by %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Store manager: ____________________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close %1</source>
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
    <name>mc::ui::ExportControl</name>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
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
    <name>mc::ui::OrderDetailView</name>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its lines and amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::OrderFilterBar</name>
    <message>
        <source>Order number, buyer or product (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11.11 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11.11 a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest amount is above the highest: no order can match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::OrdersModel</name>
    <message>
        <source>Created (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel / store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::OrdersPage</name>
    <message>
        <source>Save the orders of this list as a CSV file for Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index %1% built: searching by title or buyer is slower until it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::PublishConflictDialog</name>
    <message>
        <source>Campaign changed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was published from elsewhere meanwhile: the platform is at version %2 (saved %3), newer than the version this console last saw. Your version %4 was not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides are the same campaign; only the version numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other field is the same on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine (publish over theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Beijing time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::QueuePanel</name>
    <message>
        <source>Uploads to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry upload (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected redemption to the platform again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
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
    <name>mc::ui::ReconcileItemsModel</name>
    <message>
        <source>%1 h waiting. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::ReconcilePage</name>
    <message>
        <source>Reconciliation is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close needs this console&apos;s ledger and a connection to the platform. It starts with the sync; until then no day can be reconciled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores (head office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the day from the platform, then match the counter, the platform and the settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the till&apos;s export of the day (date, receipt, voucher code, amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store and a day, then Reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (store %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Till CSV: %n line(s)</source>
        <translation>
            <numerusform>Till CSV: %n line</numerusform>
            <numerusform>Till CSV: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies).</source>
        <translation>
            <numerusform>%n discrepancy.</numerusform>
            <numerusform>%n discrepancies.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger&apos;s chain is BROKEN (redemptions from entry %1, day close from entry %2): do not sign off; the data was changed outside this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures changed since the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside as invalid.</source>
        <translation>
            <numerusform>%n record set aside as invalid.</numerusform>
            <numerusform>%n records set aside as invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>A total did not fit: these figures must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign off %1 with %n open discrepancy(ies)?</source>
        <translation>
            <numerusform>Sign off %1 with %n open discrepancy?</numerusform>
            <numerusform>Sign off %1 with %n open discrepancies?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen %1, signed off by %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s export of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Till CSV: nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Columns: date = %1, receipt = %2, voucher code = %3, amount = %4.
%n line(s) of %5 to import; %6 line(s) of other days left out.</source>
        <translation>
            <numerusform>Columns: date = %1, receipt = %2, voucher code = %3, amount = %4.
%n line of %5 to import; %6 line(s) of other days left out.</numerusform>
            <numerusform>Columns: date = %1, receipt = %2, voucher code = %3, amount = %4.
%n lines of %5 to import; %6 line(s) of other days left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a store to close its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the ledger&apos;s chain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::RedemptionQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::ResolutionDialog</name>
    <message>
        <source>Resolve a discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once signed off, the day cannot change until it is reopened with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
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
    <message>
        <source>&amp;Rebuild cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the cached orders, catalog and stock aside and fetches them again from the platform. The redemption ledger is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch all orders, catalog and stock again from the platform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current cache is set aside, not deleted. Until the download finishes, the figures show only what has arrived. The redemption ledger is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
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
    <message>
        <source>Orders the platform sent with impossible data (a repeated line, a negative amount, a missing time). They are set aside and left out of every figure; a corrected copy from the platform replaces them. Details: the quarantine table of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers redeemed at this counter that the platform has not confirmed yet. They are kept in the ledger and sent again until it does (Vouchers page, Uploads to the platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers to upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::StockHistoryModel</name>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
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
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::StockMatrixModel</name>
    <message>
        <source>Merchant code %1 · SKU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent to the platform: %1 → %2 (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stocked at %1. Type a quantity to stock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: at or below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::StockPage</name>
    <message>
        <source>Low-stock threshold of this product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at or below this is marked low, for products without a threshold of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set many quantities at once from a CSV file (for example this page&apos;s export, edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one row per product and location as a CSV file for Excel or WPS; edit its Quantity column and import it back to adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKUs</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low somewhere</source>
        <translation>
            <numerusform>%n low somewhere</numerusform>
            <numerusform>%n low somewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes recorded and on their way to the platform.</source>
        <translation>
            <numerusform>%n change recorded and on its way to the platform.</numerusform>
            <numerusform>%n changes recorded and on their way to the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the stock of %1 at %2 had changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock of %1 at %2 changed before your change arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected %1 and asked for %2. The platform now has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is low at or below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the warehouse and the stores of one province only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
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
<context>
    <name>mc::ui::VoucherPanel</name>
    <message>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this code can be shown: its signature did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::VoucherQrSheet</name>
    <message>
        <source>Voucher worth %1 on a purchase of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher worth %1, no minimum purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1 – %2 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code can be used once. Show it at the till or enter it when you pay online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vouchers have been issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Merchant Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch your shop&apos;s sales live, run the store counter and close the day. Try it first with a demo shop, or connect your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up shop living through 11.11, thirty times faster than real time: orders, stores, vouchers and the day close. Its data is kept in a folder of its own and never mixed with a real shop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the platform&apos;s developer console. The app secret and the session key are kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Flagship store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessio&amp;n key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a store manager&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: SHA-256 of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the profile name, endpoint, app key, app secret and session key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ore id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate p&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::vouchers::StoreCounter</name>
    <message>
        <source>The redemption could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 was already used up elsewhere: the redemption at %2 (serial %3) is in conflict and must be settled with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::workspace::CatalogBrowser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB: split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::workspace::CatalogText</name>
    <message>
        <source>SKU ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations stocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: stock had changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::workspace::OrderBrowser</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::workspace::OrderText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::workspace::StockImport</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU ID or merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for: %1 (header: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SKU with ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant code &apos;%1&apos; is not the code of SKU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SKU with merchant code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant code &apos;%1&apos; belongs to %2 SKUs: give the SKU ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SKU ID or merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location with ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same SKU and location as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no lines after its header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
