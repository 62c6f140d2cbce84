// Self-signed P-256 certificate for CN=localhost with IP and DNS alternative names.
#include "sandbox/tlsidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

core::Error tlsError(const QString &what)
{
    return {u"sandbox.tls"_s, u"cannot prepare the TLS certificate"_s, what};
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

core::Result<TlsIdentity> generate()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return tlsError(u"key generation failed"_s);
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Merchant Console platform sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1") ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return tlsError(u"certificate extensions refused"_s);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return tlsError(u"signing the certificate failed"_s);

    TlsIdentity identity;
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return tlsError(u"PEM encoding failed"_s);
    identity.certificatePem = bioBytes(certBio.get());
    identity.privateKeyPem = bioBytes(keyBio.get());
    return identity;
}

core::Result<QByteArray> derFingerprint(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return tlsError(u"the stored certificate cannot be read"_s);
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0)
        return tlsError(u"the stored certificate cannot be encoded"_s);
    const QByteArray hash = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(der), length),
                                                     QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return hash.toHex();
}

bool writePrivate(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    return file.commit();
}

} // namespace

core::Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &dataDir)
{
    const QDir dir(QDir(dataDir).filePath(u"tls"_s));
    const QString certPath = dir.filePath(u"certificate.pem"_s);
    const QString keyPath = dir.filePath(u"private-key.pem"_s);
    TlsIdentity identity;
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (certFile.exists() && keyFile.exists()) {
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return tlsError(certPath + u": cannot read");
        identity.certificatePem = certFile.readAll();
        identity.privateKeyPem = keyFile.readAll();
    } else {
        auto made = generate();
        if (!made)
            return made.error();
        identity = std::move(made).value();
        if (!QDir().mkpath(dir.path()) || !writePrivate(keyPath, identity.privateKeyPem) ||
            !writePrivate(certPath, identity.certificatePem))
            return tlsError(dir.path() + u": cannot write");
    }
    auto fingerprint = derFingerprint(identity.certificatePem);
    if (!fingerprint)
        return fingerprint.error();
    identity.sha256Hex = fingerprint.value();
    return identity;
}

} // namespace mc::sandbox
