// libFuzzer target for voucher codes (issue 10, item 7, for the counter's parser): any bytes
// typed or scanned at the counter must never crash or trip a sanitizer, and no input the
// fuzzer can make verifies against a key it does not hold: verify() never succeeds, so no
// field of a forged code is ever trusted.
#include "app/protocol/vouchercode.h"

#include <cstddef>
#include <cstdint>

namespace {
void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

const mc::protocol::Ed25519Key &key()
{
    static const mc::protocol::Ed25519Key k = mc::protocol::VoucherCode::generateKey().value();
    return k;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray code(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)mc::protocol::VoucherCode::keyIdOf(code);
    require(!mc::protocol::VoucherCode::verify(code, key().publicRaw).has_value());
    require(!mc::protocol::VoucherCode::verify(code, QByteArray(32, '\0')).has_value());
    require(!mc::protocol::VoucherCode::verify(code, code.left(32)).has_value());
    return 0;
}
