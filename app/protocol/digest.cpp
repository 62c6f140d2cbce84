// SHA-256 over canonical rows.
#include "app/protocol/digest.h"

#include <openssl/evp.h>

#include <cstring>

namespace mc::protocol {

struct DigestBuilder::Hash
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Hash() { EVP_MD_CTX_free(ctx); }
};

DigestBuilder::DigestBuilder() : m_hash(std::make_unique<Hash>()) { EVP_DigestInit_ex(m_hash->ctx, EVP_sha256(), nullptr); }

DigestBuilder::~DigestBuilder() = default;

DigestBuilder &DigestBuilder::field(std::int64_t value)
{
    if (!m_firstField)
        m_row += '\t';
    m_firstField = false;
    m_row += QByteArray::number(value);
    return *this;
}

DigestBuilder &DigestBuilder::field(QStringView text)
{
    if (!m_firstField)
        m_row += '\t';
    m_firstField = false;
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '\\':
            m_row += "\\\\";
            break;
        case '\t':
            m_row += "\\t";
            break;
        case '\n':
            m_row += "\\n";
            break;
        default:
            m_row += c;
        }
    }
    return *this;
}

void DigestBuilder::endRow()
{
    m_row += '\n';
    EVP_DigestUpdate(m_hash->ctx, m_row.constData(), static_cast<size_t>(m_row.size()));
    m_row.clear();
    m_firstField = true;
    ++m_count;
}

QByteArray DigestBuilder::hexDigest()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_hash->ctx, out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length)).toHex();
}

QJsonObject DigestBuilder::toJson()
{
    const QByteArray hex = hexDigest();
    return QJsonObject{{QStringLiteral("count"), static_cast<qint64>(m_count)},
                       {QStringLiteral("sha256"), QString::fromLatin1(hex)}};
}

QString digestQuery(const char *entity)
{
    const QByteArray e(entity);
    if (e == "orders")
        return QStringLiteral("SELECT tid, status, channel, location_id, buyer_nick, buyer_open_uid, payment_fen, "
                              "total_fee_fen, post_fee_fen, created_ms / 1000, modified_ms / 1000, pay_time_ms / 1000, "
                              "province, city FROM orders ORDER BY tid");
    if (e == "order_lines")
        return QStringLiteral("SELECT oid, tid, num_iid, sku_id, title, num, price_fen, payment_fen, refund_status "
                              "FROM order_lines ORDER BY oid");
    if (e == "skus")
        return QStringLiteral("SELECT sku_id, num_iid, properties, price_fen, outer_id FROM skus ORDER BY sku_id");
    if (e == "stock_levels")
        return QStringLiteral("SELECT sku_id, location_id, quantity FROM stock_levels ORDER BY sku_id, location_id");
    if (e == "redemptions")
        return QStringLiteral("SELECT serial_num, verify_code, store_id, consume_num, redeemed_ms / 1000 "
                              "FROM redemptions ORDER BY serial_num");
    return {};
}

} // namespace mc::protocol
