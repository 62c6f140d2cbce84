// Follows the bytes of one HTTP/1.1 connection the way QtHttpServer 6.4 will parse them
// (request line and headers, then a Content-Length or a chunked body, requests one after the
// other), so that a request can be judged before the server reads it: a head beyond the head
// limit, a body declared or streamed beyond the body limit. It keeps at most the current
// request's head; body bytes are counted, never kept.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mc::sandbox {

class RequestFramer
{
public:
    enum class Verdict { Fine, HeadTooLarge, BodyTooLarge };
    enum class Stage { BetweenRequests, Head, Body };

    RequestFramer(qsizetype maxHeadBytes, qsizetype maxBodyBytes);

    // The next bytes of the stream. Once the verdict is not Fine, nothing more is looked at.
    Verdict feed(QByteArrayView bytes);
    // How many of the next bytes are body that need not be seen: pass them to skipBody().
    qint64 bodyAhead() const;
    void skipBody(qint64 n);

    Verdict verdict() const { return m_verdict; }
    Stage stage() const;
    // Counts the heads begun so far (a new value: a request began in the last bytes).
    quint64 headsBegun() const { return m_headsBegun; }

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, ChunkEnd, LastChunk };
    void endHead();
    void endChunkSize();
    void endBodyBytes(qint64 n);
    void endRequest();
    void refuse(Verdict verdict) { m_verdict = verdict; }

    qsizetype m_maxHead;
    qsizetype m_maxBody;
    State m_state = State::Idle;
    Verdict m_verdict = Verdict::Fine;
    QByteArray m_line;         // the head so far, or a chunk-size line
    qsizetype m_headBytes = 0; // of the current head, blank lines before it included
    qint64 m_remaining = 0;    // body or chunk bytes still to come
    qint64 m_bodyBytes = 0;    // decoded body bytes of the current request
    qint64 m_framingBytes = 0; // chunk-size lines and line ends of the current request
    int m_afterLastChunk = 0;  // bytes read after the last chunk's size line (QtHttpServer reads two)
    quint64 m_headsBegun = 0;
};

} // namespace mc::sandbox
