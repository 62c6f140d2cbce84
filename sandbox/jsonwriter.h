// JsonWriter: appends JSON straight into a QByteArray. Responses on the hot paths (pages of
// trades, message batches) are built with it instead of QJsonDocument, which costs a tree
// of QVariants and a UTF-16 round trip per string. It writes with memcpy into spare capacity
// (QByteArray::append goes through the general insert()), so the array holds the JSON only
// after finish() (or the writer's destruction): call finish() before reading it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <concepts>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace mc::sandbox {

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out), m_size(out.size()) {}
    ~JsonWriter() { finish(); }
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    // Trims the array to what was written; writing may go on afterwards.
    QByteArray &finish()
    {
        m_out.resize(m_size);
        return m_out;
    }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // Keys are plain ASCII identifiers chosen by the code, so they are written unescaped.
    JsonWriter &key(QByteArrayView name);

    JsonWriter &integer(std::int64_t value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    JsonWriter &string(QByteArrayView utf8);
    JsonWriter &string(QStringView text) { return string(QByteArrayView(text.toUtf8())); }
    JsonWriter &money(std::int64_t fen);  // "128.00": the platform's decimal string
    JsonWriter &time(std::int64_t utcMs); // TOP time string, GMT+8
    // Already-serialised JSON (an object built elsewhere).
    JsonWriter &raw(QByteArrayView json);

    template<typename T> JsonWriter &field(QByteArrayView name, const T &value)
    {
        key(name);
        return putValue(value);
    }
    JsonWriter &moneyField(QByteArrayView name, std::int64_t fen) { return key(name).money(fen); }
    JsonWriter &timeField(QByteArrayView name, std::int64_t utcMs) { return key(name).time(utcMs); }

private:
    void put(char c)
    {
        if (m_size == m_out.size())
            grow(1);
        m_out.data()[m_size++] = c;
    }
    void put(QByteArrayView bytes)
    {
        if (m_size + bytes.size() > m_out.size())
            grow(bytes.size());
        std::memcpy(m_out.data() + m_size, bytes.data(), static_cast<std::size_t>(bytes.size()));
        m_size += bytes.size();
    }
    void grow(qsizetype needed);
    void putEscaped(QByteArrayView utf8);
    void putInteger(std::int64_t value);
    void putMoney(std::int64_t fen);

    template<std::integral T> JsonWriter &putValue(T v)
    {
        if constexpr (std::is_same_v<T, bool>)
            return boolean(v);
        else
            return integer(static_cast<std::int64_t>(v));
    }
    JsonWriter &putValue(const QByteArray &v) { return string(QByteArrayView(v)); }
    JsonWriter &putValue(QByteArrayView v) { return string(v); }
    JsonWriter &putValue(const char *v) { return string(QByteArrayView(v)); }
    JsonWriter &putValue(const QString &v) { return string(QStringView(v)); }
    void separate()
    {
        if (m_needComma)
            put(',');
        m_needComma = true;
    }

    QByteArray &m_out;
    qsizetype m_size; // bytes written; m_out.size() is the capacity in use until finish()
    bool m_needComma = false;
};

} // namespace mc::sandbox
