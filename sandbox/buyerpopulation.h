// The sandbox's buyers: a fixed population in which a few buyers order again and again.
// A buyer is an index; their masked nick and their buyer_open_uid are derived from it, so
// one buyer always shows the same nick and uid (in the seeded history and live alike).
#pragma once

#include "sandbox/rng.h"

#include <QByteArray>

#include <cstdint>

namespace mc::sandbox {

inline constexpr std::int64_t kBuyerPopulation = 3'000'000;

// A buyer index in [0, kBuyerPopulation), skewed towards low indices (index = N * u^2, so
// P(index < k) = sqrt(k / N)): the 1,000 most loyal buyers place about 1.8 % of all orders,
// i.e. several orders a day each at 11.11 volumes, while most buyers order once.
std::int64_t pickBuyer(Rng &rng);

// TOP's masked nick: first character, asterisks, last character ("糖***豆"). Only 400
// distinct nicks exist, which is why nicks cannot count buyers.
QByteArray buyerNick(std::int64_t buyer);

// A TOP-like buyer_open_uid: "AA" and 22 characters of base64url, 24 in all
// ("AAHk5d-EAAeGwJedwSLN7Kxc"). Distinct buyers always get distinct uids.
QByteArray buyerOpenUid(std::int64_t buyer);

} // namespace mc::sandbox
