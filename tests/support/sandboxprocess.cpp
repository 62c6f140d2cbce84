// Launching and stopping platform-sandbox for tests and benchmarks.
#include "tests/support/sandboxprocess.h"

#include "tests/support/testdata.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace mc::test {

namespace {
SandboxCredential credentialFrom(const QJsonObject &o)
{
    return {o.value(u"app_key").toString().toLatin1(), o.value(u"app_secret").toString().toLatin1(),
            o.value(u"session").toString().toLatin1(), o.value(u"store_id").toInteger()};
}
} // namespace

SandboxProcess::SandboxProcess() : m_tempDir(std::make_unique<QTemporaryDir>())
{
    m_dataDir = m_tempDir->path();
}

SandboxProcess::~SandboxProcess()
{
    if (isRunning())
        stop();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SandboxProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool SandboxProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    if (isRunning()) {
        m_error = u"already running"_s;
        return false;
    }
    m_args = extraArgs;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binaryPath(u"platform-sandbox"_s));
    m_process->setArguments(QStringList{u"--data-dir"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:0"_s} + extraArgs);
    QDir().mkpath(m_dataDir);
    // stderr to a file: a chatty sandbox must never block on a full pipe nobody reads.
    m_process->setStandardErrorFile(QDir(m_dataDir).filePath(u"sandbox-stderr.log"_s), QIODevice::Append);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(10'000)) {
        m_error = u"cannot start platform-sandbox: " + m_process->errorString();
        return false;
    }
    QByteArray line;
    QDeadlineTimer deadline(timeoutMs);
    while (!line.contains('\n')) {
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            m_error = u"platform-sandbox did not become ready: " + QString::fromUtf8(standardError().right(2000));
            m_process->kill();
            m_process->waitForFinished(5000);
            return false;
        }
        m_process->waitForReadyRead(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 200)));
        line += m_process->readAllStandardOutput();
    }
    m_readyWallMs = QDateTime::currentMSecsSinceEpoch();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.left(line.indexOf('\n')), &parseError);
    if (!doc.isObject()) {
        m_error = u"unreadable ready line: " + QString::fromUtf8(line);
        return false;
    }
    m_ready = doc.object();
    m_url = QUrl(m_ready.value(u"url").toString());
    m_tlsSha256 = m_ready.value(u"tls_sha256").toString().toLatin1();
    m_credentialsPath = m_ready.value(u"credentials").toString();
    m_speed = m_ready.value(u"speed").toDouble(1.0);
    m_readyClockMs = m_ready.value(u"clock_ms").toInteger(m_readyWallMs);
    return readCredentials();
}

bool SandboxProcess::readCredentials()
{
    QFile file(m_credentialsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read " + m_credentialsPath;
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_owner = credentialFrom(root.value(u"owner").toObject());
    m_stores.clear();
    for (const QJsonValue &v : root.value(u"stores").toArray())
        m_stores.append(credentialFrom(v.toObject()));
    if (m_owner.appKey.isEmpty()) {
        m_error = u"credentials.json has no owner"_s;
        return false;
    }
    return true;
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return false;
    m_process->terminate(); // SIGTERM
    if (!m_process->waitForFinished(timeoutMs)) {
        m_error = u"platform-sandbox did not stop after SIGTERM"_s;
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    const bool clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (!clean)
        m_error = u"platform-sandbox exited with code %1"_s.arg(m_process->exitCode());
    return clean;
}

void SandboxProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(10'000);
}

bool SandboxProcess::restart(int timeoutMs)
{
    if (isRunning() && !stop())
        return false;
    return start(m_args, timeoutMs);
}

std::optional<SandboxCredential> SandboxProcess::store(std::int64_t storeId) const
{
    for (const SandboxCredential &c : m_stores)
        if (c.storeId == storeId)
            return c;
    return std::nullopt;
}

std::int64_t SandboxProcess::sandboxNowMs() const
{
    const auto elapsed = static_cast<double>(QDateTime::currentMSecsSinceEpoch() - m_readyWallMs);
    return m_readyClockMs + static_cast<std::int64_t>(elapsed * m_speed);
}

QByteArray SandboxProcess::standardError() const
{
    QFile file(QDir(m_dataDir).filePath(u"sandbox-stderr.log"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray SandboxProcess::digestCommand() const
{
    QProcess digest;
    digest.start(binaryPath(u"platform-sandbox"_s), {u"digest"_s, u"--data-dir"_s, m_dataDir});
    if (!digest.waitForFinished(120'000) || digest.exitCode() != 0)
        return {};
    return digest.readAllStandardOutput().trimmed();
}

} // namespace mc::test
