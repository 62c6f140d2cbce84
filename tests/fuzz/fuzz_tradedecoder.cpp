// libFuzzer target for the trade decoder (issue 10, item 7). Any bytes, read as a page of
// increment.get and as one trade (a feed message's content), must never crash, hang, leak
// or trip a sanitizer. And what the decoder accepts must be safe to count: it passes
// validation, its rollup contribution adds and subtracts back to nothing, and every trade
// it sets aside has a reason and its own JSON.
#include "app/core/ordervalidation.h"
#include "app/core/rollupdelta.h"
#include "app/sync/tradedecoder.h"

#include <cstddef>
#include <cstdint>

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkAccepted(const mc::core::Order &o)
{
    require(mc::core::validateOrder(o).isEmpty());
    mc::core::OrderFacts facts{o.status, mc::core::toWire(o.channel), o.locationId, o.payTimeMs, o.province, {}};
    for (const auto &l : o.lines)
        facts.lines.append({l.title, l.skuId, l.num, l.payment.minor(), l.refundStatus == u"SUCCESS", l.oid});
    mc::core::RollupDelta delta;
    if (!delta.add(facts, +1))
        return; // refused whole: fine
    require(delta.add(facts, -1));
    const auto total = delta.total();
    require(total.isZero());
    require(!delta.overflowed());
}

// Set aside with a reason code and its own text, exactly: no blanks around it.
void checkRejected(const mc::sync::RejectedTrade &r, QByteArrayView input)
{
    require(!r.reason.isEmpty() && r.reason.contains(u": "));
    require(!r.json.isEmpty() && r.json == r.json.trimmed() && input.contains(QByteArrayView(r.json)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (auto page = mc::sync::decodeTradePage(input, "trades_sold_increment_get_response")) {
        for (const auto &o : page.value().orders)
            checkAccepted(o);
        for (const auto &r : page.value().rejected)
            checkRejected(r, input);
    }
    if (auto one = mc::sync::decodeTradeOrReject(input)) {
        if (one.value().rejected) {
            checkRejected(*one.value().rejected, input);
            require(one.value().rejected->json == input.trimmed());
        } else {
            checkAccepted(one.value().order);
        }
    }
    return 0;
}
