#include "app/workspace/csvwriter.h"

namespace mc::workspace {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;
}

CsvWriter::CsvWriter(QIODevice &out) : m_out(out)
{
    m_buffer.reserve(kFlushBytes + 4096);
    m_buffer.append("\xEF\xBB\xBF"); // UTF-8 BOM: Excel reads the file as UTF-8
}

CsvWriter::~CsvWriter()
{
    flush();
}

QByteArray CsvWriter::field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.isEmpty() && (utf8[0] == '=' || utf8[0] == '+' || utf8[0] == '-' || utf8[0] == '@')) {
        // A number like -12.50 is data, not a formula: only text gets the apostrophe.
        bool number = false;
        text.toDouble(&number);
        if (!number)
            utf8.prepend('\'');
    }
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r') ||
                       utf8.startsWith(' ') || utf8.endsWith(' ');
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        m_buffer.append(field(fields.at(i)));
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && m_ok)
        m_ok = m_out.write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return m_ok;
}

} // namespace mc::workspace
