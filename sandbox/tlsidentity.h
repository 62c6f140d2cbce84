// The sandbox's TLS identity: a self-signed certificate made with OpenSSL on first start and
// kept in DIR/tls/, pinned by clients through its SHA-256 fingerprint.
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QString>

namespace mc::sandbox {

struct TlsIdentity
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QByteArray sha256Hex; // lowercase hex over the DER certificate, no separators

    // Loads DIR/tls/{certificate,private-key}.pem, creating both when missing.
    static core::Result<TlsIdentity> loadOrCreate(const QString &dataDir);
};

} // namespace mc::sandbox
