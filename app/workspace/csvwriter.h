// CsvWriter: CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a byte order
// mark, CRLF line ends, every field that needs it quoted (RFC 4180), and fields that a
// spreadsheet would run as a formula (= + - @ at the start) prefixed with an apostrophe.
// Buffered: rows go to the device in large writes.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace mc::workspace {

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &out);
    ~CsvWriter(); // flushes

    void writeRow(const QStringList &fields);
    // Writes what is buffered; false when the device refused (disk full, ...).
    bool flush();
    bool ok() const { return m_ok; }

    static QByteArray field(const QString &text);

private:
    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace mc::workspace
