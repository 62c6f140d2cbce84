// The framing rules are those of QtHttpServer 6.4's QHttpServerRequestPrivate::parse: blank
// bytes before a request line are skipped; the head ends at "\n\r\n" or "\n\n"; the first
// Content-Length gives the body's size unless a Transfer-Encoding names "chunked"; a chunk-size
// line is hex up to ';'; after the last chunk two more bytes are read (no trailers). Chunk
// framing is counted too, so a body of tiny chunks cannot grow without bound either.
#include "sandbox/requestframer.h"

#include <QList>

#include <algorithm>

namespace mc::sandbox {

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}
} // namespace

RequestFramer::RequestFramer(qsizetype maxHeadBytes, qsizetype maxBodyBytes)
    : m_maxHead(maxHeadBytes), m_maxBody(maxBodyBytes)
{}

RequestFramer::Stage RequestFramer::stage() const
{
    switch (m_state) {
    case State::Idle:
        return Stage::BetweenRequests;
    case State::Head:
        return Stage::Head;
    default:
        return Stage::Body;
    }
}

qint64 RequestFramer::bodyAhead() const
{
    if (m_verdict != Verdict::Fine)
        return 0;
    return m_state == State::Body || m_state == State::ChunkData ? m_remaining : 0;
}

void RequestFramer::skipBody(qint64 n)
{
    n = std::min(n, bodyAhead());
    if (n > 0)
        endBodyBytes(n);
}

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n && m_verdict == Verdict::Fine) {
        const char c = bytes[i];
        switch (m_state) {
        case State::Idle:
            if (!isBlank(c)) {
                m_state = State::Head;
                ++m_headsBegun;
                break; // the byte is read as the head's first
            }
            ++i;
            if (++m_headBytes > m_maxHead)
                refuse(Verdict::HeadTooLarge);
            break;
        case State::Head:
            ++i;
            m_line.append(c);
            if (++m_headBytes > m_maxHead)
                refuse(Verdict::HeadTooLarge);
            else if (c == '\n' && (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n")))
                endHead();
            break;
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, n - i);
            i += take;
            endBodyBytes(take);
            break;
        }
        case State::ChunkSize:
            ++i;
            if (++m_framingBytes > m_maxBody)
                refuse(Verdict::BodyTooLarge);
            else if (c == '\n')
                endChunkSize();
            else if (m_line.size() < m_maxHead)
                m_line.append(c);
            break;
        case State::ChunkEnd:
            // The line end after a chunk's data; anything else begins the next size line.
            if (c == '\r' || c == '\n') {
                ++i;
                if (++m_framingBytes > m_maxBody)
                    refuse(Verdict::BodyTooLarge);
            }
            if (c != '\r')
                m_state = State::ChunkSize;
            break;
        case State::LastChunk:
            ++i;
            ++m_framingBytes;
            if (++m_afterLastChunk == 2 || c == '\n')
                endRequest();
            break;
        }
    }
    return m_verdict;
}

void RequestFramer::endHead()
{
    QByteArray contentLength;
    bool haveLength = false;
    bool chunked = false;
    const QList<QByteArray> lines = m_line.split('\n');
    for (qsizetype k = 1; k < lines.size(); ++k) { // line 0 is the request line
        const QByteArray &line = lines[k];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        if (name == "content-length" && !haveLength) {
            contentLength = line.sliced(colon + 1).trimmed();
            haveLength = true;
        } else if (name == "transfer-encoding" && line.sliced(colon + 1).toLower().contains("chunked")) {
            chunked = true;
        }
    }
    m_line.clear();
    if (chunked) {
        m_state = State::ChunkSize;
        return;
    }
    bool ok = false;
    const qulonglong length = contentLength.toULongLong(&ok);
    if (!ok || length == 0) {
        endRequest();
        return;
    }
    m_state = State::Body;
    if (length > static_cast<qulonglong>(m_maxBody))
        refuse(Verdict::BodyTooLarge); // before a byte of it is read
    else
        m_remaining = static_cast<qint64>(length);
}

void RequestFramer::endChunkSize()
{
    QByteArray size = m_line;
    m_line.clear();
    const qsizetype semicolon = size.indexOf(';');
    if (semicolon >= 0)
        size.truncate(semicolon);
    size = size.trimmed();
    if (size.isEmpty())
        return; // a blank line before the size: QtHttpServer skips it too
    bool ok = false;
    const qint64 chunk = size.toLongLong(&ok, 16);
    if (!ok || chunk <= 0) {
        m_state = State::LastChunk;
        m_afterLastChunk = 0;
        return;
    }
    if (chunk > m_maxBody - m_bodyBytes) {
        refuse(Verdict::BodyTooLarge);
        return;
    }
    m_state = State::ChunkData;
    m_remaining = chunk;
}

void RequestFramer::endBodyBytes(qint64 n)
{
    m_remaining -= n;
    m_bodyBytes += n;
    if (m_remaining > 0)
        return;
    if (m_state == State::Body)
        endRequest();
    else
        m_state = State::ChunkEnd;
}

void RequestFramer::endRequest()
{
    m_state = State::Idle;
    m_headBytes = 0;
    m_remaining = 0;
    m_bodyBytes = 0;
    m_framingBytes = 0;
    if (m_line.capacity() > 4096)
        m_line = QByteArray();
    m_line.clear();
}

} // namespace mc::sandbox
