// JsonWriter: appends JSON straight into a QByteArray. Responses on the hot paths (pages of
// trades, message batches) are built with it instead of QJsonDocument, which costs a tree
// of QVariants and a UTF-16 round trip per string.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <concepts>
#include <cstdint>
#include <type_traits>

namespace mc::sandbox {

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

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
    JsonWriter &money(std::int64_t fen); // "128.00": the platform's decimal string
    JsonWriter &time(std::int64_t utcMs); // TOP time string, GMT+8
    // Already-serialised JSON (an object built elsewhere).
    JsonWriter &raw(QByteArrayView json);

    template<typename T>
    JsonWriter &field(QByteArrayView name, const T &value)
    {
        key(name);
        return put(value);
    }
    JsonWriter &moneyField(QByteArrayView name, std::int64_t fen) { return key(name).money(fen); }
    JsonWriter &timeField(QByteArrayView name, std::int64_t utcMs) { return key(name).time(utcMs); }

    static void appendEscaped(QByteArray &out, QByteArrayView utf8);
    static void appendInteger(QByteArray &out, std::int64_t value);
    static void appendMoney(QByteArray &out, std::int64_t fen);

private:
    template<std::integral T>
    JsonWriter &put(T v)
    {
        if constexpr (std::is_same_v<T, bool>)
            return boolean(v);
        else
            return integer(static_cast<std::int64_t>(v));
    }
    JsonWriter &put(const QByteArray &v) { return string(QByteArrayView(v)); }
    JsonWriter &put(QByteArrayView v) { return string(v); }
    JsonWriter &put(const char *v) { return string(QByteArrayView(v)); }
    JsonWriter &put(const QString &v) { return string(QStringView(v)); }
    void separate()
    {
        if (m_needComma)
            m_out += ',';
        m_needComma = true;
    }

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace mc::sandbox
