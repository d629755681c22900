#pragma once

#include "core/segments/segmentinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

// Who may do what with a segment, decided as the kernel decides it: ipcperms() for shmat (one class of
// mode bits applies, the first that matches: owner or creator, then group or creator's group, then
// others) and the owner/creator check of shmctl(IPC_RMID). Root passes both (CAP_IPC_OWNER, CAP_SYS_ADMIN).
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(core::Permissions)

public:
    // The identity the kernel checks: effective uid, effective and supplementary groups.
    struct Credentials
    {
        uint uid = 0;
        QList<uint> groups;

        [[nodiscard]] static Credentials ofThisProcess();
        [[nodiscard]] bool inGroup(uint gid) const { return groups.contains(gid); }
    };

    enum class Class { Root, Owner, Group, Others };

    struct Access
    {
        Class as = Class::Others;
        bool read = false;
        bool write = false;
        bool remove = false; // IPC_RMID, and IPC_SET (chmod, chown) alike
    };

    [[nodiscard]] static Access of(const SegmentInfo &segment, const Credentials &who);

    // "its owner", "its group", "others", "root": the class whose bits the kernel applies.
    [[nodiscard]] static QString className(Class as);
    // Who may read, write and remove the segment, from its mode, uid, cuid, gid and cgid, in one sentence.
    [[nodiscard]] static QString rules(const SegmentInfo &segment);
    // What `who` may do with it, and why: which class they count in.
    [[nodiscard]] static QString yours(const SegmentInfo &segment, const Credentials &who);

private:
    [[nodiscard]] static QString rights(bool read, bool write);
};

} // namespace core
