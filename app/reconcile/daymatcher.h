// The matching of one day: a pure function of the sources and the time now. Every record is
// validated before it touches a total (a bad one is set aside with its reason); counter and
// platform are matched by serial, settlements by serial, the till by voucher code.
#pragma once

#include "app/reconcile/dayreport.h"

namespace mc::reconcile {

inline constexpr std::int64_t kMaxRecordFen = 10'000'000'000LL; // 100 million yuan: beyond is not a voucher

DayReport matchDay(const DaySources &sources, std::int64_t nowMs);

} // namespace mc::reconcile
