// JsonReader implementation.
#include "app/sync/jsonreader.h"

#include "app/core/hex.h"

#include <cstring>

namespace mc::sync {

namespace {
constexpr int kMaxDepth = 64;

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

using core::hexDigitValue;
} // namespace

bool JsonReader::fail(const char *what)
{
    if (m_error.isEmpty())
        m_error = QString::fromLatin1(what);
    m_p = m_end;
    return false;
}

void JsonReader::ws()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonReader::atEnd()
{
    ws();
    return m_p == m_end;
}

bool JsonReader::peek(char c)
{
    ws();
    return m_p < m_end && *m_p == c;
}

bool JsonReader::next(char c)
{
    if (!peek(c))
        return false;
    ++m_p;
    return true;
}

bool JsonReader::expect(char c)
{
    if (next(c))
        return true;
    return fail(m_p >= m_end ? "unexpected end of data (truncated?)" : "unexpected character");
}

bool JsonReader::string(QByteArray &out)
{
    out.clear();
    if (!expect('"'))
        return false;
    const char *start = m_p;
    // Fast path: no escapes.
    while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
        if (static_cast<unsigned char>(*m_p) < 0x20)
            return fail("control character in a string");
        ++m_p;
    }
    out.append(start, m_p - start);
    while (m_p < m_end && *m_p != '"') {
        if (*m_p != '\\') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return fail("control character in a string");
            out += *m_p++;
            continue;
        }
        if (++m_p >= m_end)
            break;
        const char e = *m_p++;
        switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            auto hex4 = [this](char32_t &v) {
                if (m_end - m_p < 4)
                    return false;
                v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexDigitValue(m_p[i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | static_cast<char32_t>(h);
                }
                m_p += 4;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(cp))
                return fail("bad \\u escape");
            if (cp >= 0xD800 && cp <= 0xDBFF) { // surrogate pair
                char32_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail("lone surrogate");
                m_p += 2;
                if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return fail("lone surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail("lone surrogate");
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return fail("bad escape");
        }
    }
    if (m_p >= m_end)
        return fail("unterminated string (truncated?)");
    ++m_p; // closing quote
    return true;
}

bool JsonReader::text(QString &out)
{
    QByteArray utf8;
    if (!string(utf8))
        return false;
    out = QString::fromUtf8(utf8);
    return true;
}

bool JsonReader::tryInteger(std::int64_t &out)
{
    ws();
    const char *start = m_p;
    auto no = [this, start] {
        m_p = start;
        return false;
    };
    const bool quoted = m_p < m_end && *m_p == '"';
    if (quoted)
        ++m_p;
    bool negative = false;
    if (m_p < m_end && *m_p == '-') {
        negative = true;
        ++m_p;
    }
    const char *digits = m_p;
    std::uint64_t v = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        if (v > (UINT64_MAX - 9) / 10)
            return no(); // too large
        v = v * 10 + static_cast<std::uint64_t>(*m_p++ - '0');
    }
    if (m_p == digits || v > static_cast<std::uint64_t>(INT64_MAX))
        return no();
    if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
        return no();
    if (quoted && (m_p >= m_end || *m_p++ != '"'))
        return no();
    out = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
    return true;
}

bool JsonReader::integer(std::int64_t &out) { return tryInteger(out) || fail("not an integer"); }

bool JsonReader::integer(std::int64_t &out, bool &matched)
{
    matched = tryInteger(out);
    return matched || skip();
}

bool JsonReader::string(QByteArray &out, bool &matched)
{
    matched = peek('"');
    if (matched)
        return string(out);
    out.clear();
    return skip();
}

bool JsonReader::boolean(bool &out)
{
    ws();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
        m_p += 4;
        out = true;
        return true;
    }
    if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
        m_p += 5;
        out = false;
        return true;
    }
    return fail("not a boolean");
}

bool JsonReader::isNull()
{
    ws();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return true;
    }
    return false;
}

bool JsonReader::skip()
{
    ws();
    if (m_p >= m_end)
        return fail("unexpected end of data (truncated?)");
    if (++m_depth > kMaxDepth)
        return fail("nesting too deep");
    bool ok = true;
    QByteArray scratch;
    switch (*m_p) {
    case '{': ok = object([this](const QByteArray &) { return skip(); }); break;
    case '[': ok = array([this] { return skip(); }); break;
    case '"': ok = string(scratch); break;
    case 't':
    case 'f': {
        bool b = false;
        ok = boolean(b);
        break;
    }
    case 'n': ok = isNull() || fail("bad literal"); break;
    default: {
        const char *start = m_p;
        while (m_p < m_end && (std::strchr("+-0123456789.eE", *m_p) != nullptr) && *m_p != '\0')
            ++m_p;
        ok = m_p > start || fail("unexpected character");
    }
    }
    --m_depth;
    return ok;
}

} // namespace mc::sync
