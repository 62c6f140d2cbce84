// CPU time of a process, for benchmarks that report what the sandbox (or the console) used.
#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <unistd.h>

namespace mc::test {

// User + system CPU seconds of a process so far (/proc/PID/stat); 0 when unreadable.
inline double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toDouble() + fields[12].toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

} // namespace mc::test
