// JSON text without a document tree: escaping, integers and money straight into bytes.
#include "sandbox/jsonwriter.h"

#include "app/protocol/toptime.h"

#include <charconv>

namespace mc::sandbox {

void JsonWriter::grow(qsizetype needed)
{
    m_out.resize(std::max<qsizetype>(m_size + needed, std::max<qsizetype>(256, m_out.size() * 2)));
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    put('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    put('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    put('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    put(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QByteArrayView name)
{
    separate();
    put('"');
    put(name);
    put(QByteArrayView("\":"));
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::integer(std::int64_t value)
{
    separate();
    putInteger(value);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    put(value ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    put(QByteArrayView("null"));
    return *this;
}

JsonWriter &JsonWriter::string(QByteArrayView utf8)
{
    separate();
    put('"');
    putEscaped(utf8);
    put('"');
    return *this;
}

JsonWriter &JsonWriter::money(std::int64_t fen)
{
    separate();
    put('"');
    putMoney(fen);
    put('"');
    return *this;
}

JsonWriter &JsonWriter::time(std::int64_t utcMs)
{
    separate();
    put('"');
    put(QByteArrayView(protocol::formatTopTime(utcMs)));
    put('"');
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    put(json);
    return *this;
}

void JsonWriter::putEscaped(QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(QByteArrayView(data + runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"':
            put(QByteArrayView("\\\""));
            break;
        case '\\':
            put(QByteArrayView("\\\\"));
            break;
        case '\n':
            put(QByteArrayView("\\n"));
            break;
        case '\r':
            put(QByteArrayView("\\r"));
            break;
        case '\t':
            put(QByteArrayView("\\t"));
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            put(QByteArrayView(escape, 6));
        }
        }
    }
    put(QByteArrayView(data + runStart, size - runStart));
}

void JsonWriter::putInteger(std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    put(QByteArrayView(buffer, result.ptr - buffer));
}

void JsonWriter::putMoney(std::int64_t fen)
{
    if (fen < 0) {
        put('-');
        fen = -fen; // fen never reaches INT64_MIN: amounts are bounded far below it
    }
    putInteger(fen / 100);
    const auto cents = static_cast<int>(fen % 100);
    const char fraction[] = {'.', static_cast<char>('0' + cents / 10), static_cast<char>('0' + cents % 10)};
    put(QByteArrayView(fraction, 3));
}

} // namespace mc::sandbox
