// JsonReader: a small pull parser over UTF-8 JSON for the hot paths (pages of trades),
// ~5x cheaper than QJsonDocument + QJsonObject lookups. Bounds-checked: malformed or
// truncated input sets an error and every later call fails; nothing reads past the end.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace mc::sync {

class JsonReader
{
public:
    explicit JsonReader(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool atEnd();

    // Calls onKey(key) for each member; onKey must consume the value (or call skip()).
    template<typename F>
    bool object(F onKey)
    {
        if (!expect('{'))
            return false;
        if (peek('}'))
            return consume();
        QByteArray key;
        do {
            if (!string(key) || !expect(':'))
                return false;
            if (!onKey(key))
                return fail("bad value for a member");
        } while (next(','));
        return expect('}');
    }

    // Calls onElement() for each element; onElement must consume it.
    template<typename F>
    bool array(F onElement)
    {
        if (!expect('['))
            return false;
        if (peek(']'))
            return consume();
        do {
            if (!onElement())
                return fail("bad array element");
        } while (next(','));
        return expect(']');
    }

    bool string(QByteArray &out);     // decoded UTF-8
    bool text(QString &out);          // decoded, as QString
    bool integer(std::int64_t &out);  // also accepts an integer in a string ("123")
    bool boolean(bool &out);
    bool isNull();                    // consumes a null if there is one
    bool skip();                      // any value
    bool isAt(char c) { return peek(c); } // the next value starts with c ('{', '[', '"')

    // Lenient forms for fields whose type can be wrong in one record without the document
    // being broken: a well-formed value of another kind is skipped and `matched` is false;
    // only malformed JSON fails the reader.
    bool integer(std::int64_t &out, bool &matched);
    bool string(QByteArray &out, bool &matched);

    // Where the next value starts, and the bytes read since such a mark: the JSON of a value
    // as received (a trade set aside keeps its own text).
    const char *mark()
    {
        ws();
        return m_p;
    }
    QByteArrayView since(const char *start) const { return QByteArrayView(start, m_p - start); }

private:
    void ws();
    bool peek(char c);
    bool next(char c);
    bool consume()
    {
        ++m_p;
        return true;
    }
    bool expect(char c);
    bool fail(const char *what);
    bool tryInteger(std::int64_t &out); // false, with nothing consumed, when no integer is here

    const char *m_p;
    const char *m_end;
    QString m_error;
    int m_depth = 0;
};

} // namespace mc::sync
