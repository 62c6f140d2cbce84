// SandboxProcess: starts build/bin/platform-sandbox on a loopback port with its state in a
// temporary folder (or a given one), reads its ready line and credentials, and stops it with
// SIGTERM (or SIGKILL for crash tests). The child dies with the test process.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdint>
#include <memory>
#include <optional>

namespace mc::test {

struct SandboxCredential
{
    QByteArray appKey;
    QByteArray appSecret;
    QByteArray session;
    std::int64_t storeId = 0; // 0: the owner
};

class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess(); // stops a running sandbox
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Use this folder instead of a fresh temporary one (before start()).
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir; }

    // Starts with --data-dir and --listen 127.0.0.1:0 plus extraArgs (e.g. {"--scenario", "idle"}),
    // and waits for the ready line. Returns false (see errorString()) on failure.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 120'000);
    // SIGTERM, then waits; true when the sandbox exited cleanly with code 0.
    bool stop(int timeoutMs = 30'000);
    // SIGKILL: no chance to save anything (crash tests).
    void kill();
    // stop() then start() with the same folder and arguments.
    bool restart(int timeoutMs = 120'000);
    bool isRunning() const;
    qint64 pid() const;

    QUrl url() const { return m_url; }
    QByteArray tlsSha256() const { return m_tlsSha256; }
    QString credentialsPath() const { return m_credentialsPath; }
    QJsonObject readyInfo() const { return m_ready; }
    const SandboxCredential &owner() const { return m_owner; }
    const QList<SandboxCredential> &stores() const { return m_stores; }
    std::optional<SandboxCredential> store(std::int64_t storeId) const;
    // Sandbox time now, from the ready line's clock and --speed (no call needed).
    std::int64_t sandboxNowMs() const;
    QString errorString() const { return m_error; }
    // What the sandbox wrote to stderr (kept in DIR/sandbox-stderr.log).
    QByteArray standardError() const;

    // The platform-sandbox digest command on the data folder (the sandbox may be running).
    QByteArray digestCommand() const;

private:
    bool readCredentials();

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QStringList m_args;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    QUrl m_url;
    QByteArray m_tlsSha256;
    QString m_credentialsPath;
    SandboxCredential m_owner;
    QList<SandboxCredential> m_stores;
    std::int64_t m_readyClockMs = 0;
    std::int64_t m_readyWallMs = 0;
    double m_speed = 1.0;
    QString m_error;
};

} // namespace mc::test
