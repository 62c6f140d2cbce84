// The canonical state digest: for each entity, the row count and a SHA-256 over its rows
// formatted canonically and sorted by key. The sandbox and the console compute it the same
// way over their own databases, so any test can compare the two sides with one string.
// Format: docs/platform-api.md "State digest".
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace mc::protocol {

// Feed rows in ascending key order; each row's fields are tab-joined, text escaped.
class DigestBuilder
{
public:
    DigestBuilder();
    ~DigestBuilder();
    DigestBuilder(const DigestBuilder &) = delete;
    DigestBuilder &operator=(const DigestBuilder &) = delete;

    DigestBuilder &field(std::int64_t value);
    DigestBuilder &field(QStringView text);
    void endRow();

    std::int64_t count() const { return m_count; }
    QByteArray hexDigest(); // finishes the hash; call once
    QJsonObject toJson();   // {"count": N, "sha256": "..."}

private:
    struct Hash;
    std::unique_ptr<Hash> m_hash;
    QByteArray m_row;
    std::int64_t m_count = 0;
    bool m_firstField = true;
};

// The entities in a digest, in the order they are printed.
inline constexpr const char *kDigestEntities[] = {"orders", "order_lines", "skus", "stock_levels", "redemptions"};

// SQL that selects each entity's canonical columns in canonical order, valid on both the
// console's cache schema and the sandbox's schema (both keep these names for these columns).
QString digestQuery(const char *entity);

} // namespace mc::protocol
