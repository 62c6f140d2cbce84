// Ed25519 through OpenSSL's EVP interface; payload encoding and parsing.
#include "app/protocol/vouchercode.h"

#include "app/core/money.h"
#include "app/protocol/toptime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace mc::protocol {

namespace {

constexpr QByteArrayView kPrefix = "MCV1.";
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

core::Error cryptoError(const QString &what)
{
    return {u"voucher"_s, what, {}};
}

} // namespace

core::Result<Ed25519Key> VoucherCode::generateKey()
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return cryptoError(u"Ed25519 key generation failed"_s);
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return cryptoError(u"cannot encode the Ed25519 key"_s);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    Ed25519Key out{QByteArray(data, static_cast<qsizetype>(size)), QByteArray(32, Qt::Uninitialized)};
    std::size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.publicRaw.data()), &length) != 1 ||
        length != 32)
        return cryptoError(u"cannot read the Ed25519 public key"_s);
    return out;
}

QByteArray VoucherCode::payload(const VoucherTerms &terms)
{
    QJsonArray stores;
    for (std::int64_t id : terms.storeIds)
        stores.append(qint64(id));
    const QJsonObject o{{u"v"_s, 1},
                        {u"kid"_s, QString::fromLatin1(terms.keyId)},
                        {u"vid"_s, QString::fromLatin1(terms.voucherId)},
                        {u"cid"_s, QString::fromUtf8(terms.campaignId)},
                        {u"fv"_s, core::Money::fromMinor(terms.faceValueFen).toDecimalString()},
                        {u"uses"_s, terms.uses},
                        {u"from"_s, QString::fromLatin1(formatTopTime(terms.validFromMs))},
                        {u"until"_s, QString::fromLatin1(formatTopTime(terms.validUntilMs))},
                        {u"stores"_s, stores}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

core::Result<QByteArray> VoucherCode::issue(const VoucherTerms &terms, const QByteArray &privatePem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(privatePem.constData(), static_cast<int>(privatePem.size())));
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return cryptoError(u"cannot read the voucher signing key"_s);
    const QByteArray body = payload(terms);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    std::size_t length = 64;
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(body.constData()),
                       static_cast<std::size_t>(body.size())) != 1)
        return cryptoError(u"signing the voucher failed"_s);
    return QByteArray(kPrefix.toByteArray() + body.toBase64(kBase64Url) + '.' + signature.toBase64(kBase64Url));
}

std::optional<QByteArray> VoucherCode::keyIdOf(const QByteArray &code)
{
    if (!code.startsWith(kPrefix))
        return std::nullopt;
    const QList<QByteArray> parts = code.mid(kPrefix.size()).split('.');
    if (parts.size() != 2)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(parts[0], kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    const QByteArray kid = o.value(u"kid").toString().toLatin1();
    return kid.isEmpty() ? std::nullopt : std::optional<QByteArray>(kid);
}

std::optional<VoucherTerms> VoucherCode::verify(const QByteArray &code, const QByteArray &publicRaw)
{
    if (!code.startsWith(kPrefix))
        return std::nullopt;
    const QList<QByteArray> parts = code.mid(kPrefix.size()).split('.');
    if (parts.size() != 2)
        return std::nullopt;
    const auto options = kBase64Url | QByteArray::AbortOnBase64DecodingErrors;
    auto body = QByteArray::fromBase64Encoding(parts[0], options);
    auto signature = QByteArray::fromBase64Encoding(parts[1], options);
    if (!body || !signature || (*signature).size() != 64)
        return std::nullopt;
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char *>(publicRaw.constData()),
                                            static_cast<std::size_t>(publicRaw.size())));
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!key || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>((*signature).constData()), 64,
                         reinterpret_cast<const unsigned char *>((*body).constData()),
                         static_cast<std::size_t>((*body).size())) != 1)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*body).object();
    VoucherTerms terms;
    terms.keyId = o.value(u"kid").toString().toLatin1();
    terms.voucherId = o.value(u"vid").toString().toLatin1();
    terms.campaignId = o.value(u"cid").toString().toUtf8();
    terms.faceValueFen = core::Money::parse(o.value(u"fv").toString()).valueOr(core::Money()).minor();
    terms.uses = o.value(u"uses").toInt();
    terms.validFromMs = parseTopTime(QStringView(o.value(u"from").toString())).value_or(0);
    terms.validUntilMs = parseTopTime(QStringView(o.value(u"until").toString())).value_or(0);
    for (const QJsonValue &v : o.value(u"stores").toArray())
        terms.storeIds.append(v.toInteger());
    return terms;
}

} // namespace mc::protocol
