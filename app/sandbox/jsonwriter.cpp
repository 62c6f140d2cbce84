// JSON text without a document tree: escaping, integers and money straight into bytes.
#include "app/sandbox/jsonwriter.h"

#include "app/protocol/toptime.h"

#include <charconv>

namespace mc::sandbox {

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QByteArrayView name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::integer(std::int64_t value)
{
    separate();
    appendInteger(m_out, value);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? QByteArrayView("true") : QByteArrayView("false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::string(QByteArrayView utf8)
{
    separate();
    m_out += '"';
    appendEscaped(m_out, utf8);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::money(std::int64_t fen)
{
    separate();
    m_out += '"';
    appendMoney(m_out, fen);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::time(std::int64_t utcMs)
{
    separate();
    m_out += '"';
    m_out += protocol::formatTopTime(utcMs);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out += json;
    return *this;
}

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, 6);
        }
        }
    }
    out.append(data + runStart, size - runStart);
}

void JsonWriter::appendInteger(QByteArray &out, std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void JsonWriter::appendMoney(QByteArray &out, std::int64_t fen)
{
    if (fen < 0) {
        out += '-';
        fen = -fen; // fen never reaches INT64_MIN: amounts are bounded far below it
    }
    appendInteger(out, fen / 100);
    const auto cents = static_cast<int>(fen % 100);
    const char fraction[] = {'.', static_cast<char>('0' + cents / 10), static_cast<char>('0' + cents % 10)};
    out.append(fraction, 3);
}

} // namespace mc::sandbox
