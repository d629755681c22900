#include "core/observe/segmentholders.h"

#include "core/segments/procfile.h"
#include "core/segments/procparser.h"

#include <QFile>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

namespace {

// The IPC namespace a ns/ipc link leads to, by the nsfs device and inode; nullopt when it cannot be read.
std::optional<std::pair<dev_t, ino_t>> namespaceOf(const QByteArray &link)
{
    struct stat st = {};
    if (::stat(link.constData(), &st) != 0)
        return std::nullopt;
    return std::pair{st.st_dev, st.st_ino};
}

// The first piece of segment shmid in a maps text, or nullopt.
std::optional<SysvMapping> firstPiece(const QByteArray &maps, int shmid)
{
    for (qsizetype from = 0; from < maps.size();) {
        qsizetype to = maps.indexOf('\n', from);
        if (to < 0)
            to = maps.size();
        const auto m = ProcParser::parseMapsLine(QByteArrayView(maps).sliced(from, to - from));
        if (m && m->shmid == shmid && m->fileOffset == 0)
            return m;
        from = to + 1;
    }
    return std::nullopt;
}

} // namespace

SegmentHolders::Found SegmentHolders::find(int shmid, const QString &procRoot)
{
    Found found;
    const QByteArray root = QFile::encodeName(procRoot);
    const auto ours = namespaceOf(root + "/self/ns/ipc");
    const qint64 self = getpid();
    QByteArray maps;
    for (const qint64 pid : ProcFile::processIds(root)) {
        if (pid == self)
            continue;
        const QByteArray dir = root + '/' + QByteArray::number(pid);
        if (!ProcFile::read(dir + "/maps", &maps)) {
            // One that exited since it was listed maps nothing: only a refusal hides a holder.
            if (errno == EACCES || errno == EPERM)
                ++found.unreadable;
            continue;
        }
        const auto piece = firstPiece(maps, shmid);
        if (!piece)
            continue;
        const auto where = namespaceOf(dir + "/ns/ipc");
        if (ours && where != ours)
            continue;
        found.holders.append(Holder{pid, ProcFile::command(root, pid).value_or(QByteArray()), piece->start,
                                    piece->end, piece->writable});
    }
    return found;
}

bool SegmentHolders::stillMaps(const Holder &holder, int shmid, const QString &procRoot)
{
    QByteArray maps;
    if (!ProcFile::read(QFile::encodeName(procRoot) + '/' + QByteArray::number(holder.pid) + "/maps", &maps))
        return false;
    const auto piece = firstPiece(maps, shmid);
    return piece && piece->start == holder.start;
}

QString SegmentHolders::ptraceRule(const QString &procRoot)
{
    QByteArray text;
    if (!ProcFile::read(QFile::encodeName(procRoot) + "/sys/kernel/yama/ptrace_scope", &text))
        return tr("this kernel has no Yama (%1/sys/kernel/yama/ptrace_scope is absent), so a process of the "
                  "same uid, or one with CAP_SYS_PTRACE, may read it")
            .arg(procRoot);
    return tr("Yama's ptrace_scope is %1 (%2/sys/kernel/yama/ptrace_scope): 0 lets a process of the same uid "
              "read it, 1 only its parent, 2 only CAP_SYS_PTRACE, 3 nobody")
        .arg(QString::fromLatin1(text.trimmed()), procRoot);
}

} // namespace core
