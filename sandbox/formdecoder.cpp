// URL form decoding and a strict UTF-8 check (no overlongs, no surrogates, <= U+10FFFF).
#include "sandbox/formdecoder.h"

#include "app/core/hex.h"

namespace mc::sandbox {

namespace {
using core::hexDigitValue;
} // namespace

bool FormDecoder::percentDecode(QByteArrayView in, QByteArray &out)
{
    out.clear();
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            const int hi = hexDigitValue(in[i + 1]);
            const int lo = hexDigitValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    return true;
}

bool FormDecoder::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

FormDecoder::Problem FormDecoder::decode(QByteArrayView data, protocol::Parameters &out, QByteArray &offendingKey)
{
    QByteArray key;
    QByteArray value;
    qsizetype pos = 0;
    while (pos <= data.size()) {
        qsizetype amp = data.indexOf('&', pos);
        if (amp < 0)
            amp = data.size();
        const QByteArrayView pair = data.sliced(pos, amp - pos);
        pos = amp + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView rawKey = eq < 0 ? pair : pair.first(eq);
        const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
        if (!percentDecode(rawKey, key)) {
            offendingKey = rawKey.toByteArray();
            return Problem::BadEscape;
        }
        if (!percentDecode(rawValue, value)) {
            offendingKey = key;
            return Problem::BadEscape;
        }
        if (!isValidUtf8(key) || !isValidUtf8(value)) {
            offendingKey = isValidUtf8(key) ? key : QByteArray("?");
            return Problem::InvalidUtf8;
        }
        if (!out.emplace(key, value).second) {
            offendingKey = key;
            return Problem::DuplicateKey;
        }
    }
    return Problem::None;
}

} // namespace mc::sandbox
