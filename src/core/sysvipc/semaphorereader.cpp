#include "core/sysvipc/semaphorereader.h"

#include "core/kernel/sem.h"
#include "core/segments/accountnames.h"
#include "core/segments/procfile.h"

#include <cerrno>
#include <unistd.h>
#include <utility>

namespace core {

SemaphoreReader::SemaphoreReader(QByteArray procRoot) : m_procRoot(std::move(procRoot)) {}

QByteArray SemaphoreReader::command(qint64 pid)
{
    if (pid <= 0)
        return {};
    const auto known = m_commands.constFind(pid);
    if (known != m_commands.cend())
        return *known;
    const QByteArray command = ProcFile::command(m_procRoot, pid).value_or(QByteArray());
    m_commands.insert(pid, command);
    return command;
}

QString SemaphoreReader::noPermission(const SemaphoreSetInfo &set, const QString &ownerName, uint uid)
{
    return tr("no read permission: mode %1, owner %2, you are uid %3")
        .arg(set.permissions(), 3, 8, QLatin1Char('0'))
        .arg(ownerName)
        .arg(uid);
}

SemaphoreReader::Outcome SemaphoreReader::fill(SemaphoreSetInfo &set)
{
    set.semaphores.clear();
    set.semaphoresError.clear();
    const auto refused = [&](int errnum, const QString &what) {
        if (errnum == EIDRM || errnum == EINVAL) {
            set.semaphoresError = tr("removed while listed");
            return Outcome::Removed;
        }
        if (errnum == EACCES || errnum == EPERM) {
            AccountNames names;
            set.semaphoresError = noPermission(set, names.user(set.uid), uint(::geteuid()));
            return Outcome::NoPermission;
        }
        set.semaphoresError = what;
        return Outcome::Failed;
    };
    const auto values = Sem::values(set.semid, set.nsems, Sem::Log::Quiet);
    if (!values.ok())
        return refused(values.error().errnum, values.error().toString());
    set.semaphores.reserve(values.value().size());
    for (int num = 0; num < values.value().size(); ++num) {
        SemaphoreInfo info;
        info.num = num;
        info.value = values.value().at(num);
        const auto pid = Sem::count(set.semid, num, Sem::Count::LastPid, Sem::Log::Quiet);
        const auto ncnt = Sem::count(set.semid, num, Sem::Count::WaitingForIncrease, Sem::Log::Quiet);
        const auto zcnt = Sem::count(set.semid, num, Sem::Count::WaitingForZero, Sem::Log::Quiet);
        for (const Result<int> *count : {&pid, &ncnt, &zcnt}) {
            if (!count->ok()) {
                set.semaphores.clear();
                return refused(count->error().errnum, count->error().toString());
            }
        }
        info.pid = pid.value();
        info.command = command(info.pid);
        info.ncnt = ncnt.value();
        info.zcnt = zcnt.value();
        set.semaphores.append(std::move(info));
    }
    return Outcome::Read;
}

} // namespace core
