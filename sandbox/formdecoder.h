// Decodes application/x-www-form-urlencoded bodies and query strings into parameters, and
// refuses what must not be signed or stored: bad %-escapes, invalid UTF-8, duplicate keys.
#pragma once

#include "app/protocol/signature.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mc::sandbox {

class FormDecoder
{
public:
    enum class Problem { None, BadEscape, InvalidUtf8, DuplicateKey };

    // Adds the pairs of `data` to `out`; on a problem, `offendingKey` names the parameter.
    static Problem decode(QByteArrayView data, protocol::Parameters &out, QByteArray &offendingKey);
    static bool isValidUtf8(QByteArrayView bytes);

private:
    static bool percentDecode(QByteArrayView in, QByteArray &out);
};

} // namespace mc::sandbox
