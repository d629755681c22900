#include "core/segments/permissions.h"

#include "core/segments/segmentformat.h"

#include <unistd.h>

#include <vector>

namespace core {

namespace {

// "alice (uid 1000)", or "uid 1000" when the scan has no name for it.
QString person(const QString &name, uint id, const char *kind)
{
    const QString number = QLatin1String(kind) + QLatin1Char(' ') + QString::number(id);
    return name.isEmpty() || name == QString::number(id) ? number : QStringLiteral("%1 (%2)").arg(name, number);
}

} // namespace

Permissions::Credentials Permissions::Credentials::ofThisProcess()
{
    Credentials who;
    who.uid = geteuid();
    who.groups << getegid();
    const int count = getgroups(0, nullptr);
    if (count > 0) {
        std::vector<gid_t> groups(static_cast<size_t>(count));
        const int got = getgroups(count, groups.data());
        for (int i = 0; i < got; ++i)
            who.groups << groups[size_t(i)];
    }
    return who;
}

Permissions::Access Permissions::of(const SegmentInfo &segment, const Credentials &who)
{
    Access access;
    if (who.uid == 0) {
        access = {Class::Root, true, true, true};
        return access;
    }
    int shift = 0;
    if (who.uid == segment.uid || who.uid == segment.cuid) {
        access.as = Class::Owner;
        shift = 6;
    } else if (who.inGroup(segment.gid) || who.inGroup(segment.cgid)) {
        access.as = Class::Group;
        shift = 3;
    }
    access.read = (segment.mode >> shift) & 04;
    access.write = (segment.mode >> shift) & 02;
    access.remove = who.uid == segment.uid || who.uid == segment.cuid;
    return access;
}

QString Permissions::className(Class as)
{
    switch (as) {
    case Class::Root:
        return tr("root");
    case Class::Owner:
        return tr("its owner");
    case Class::Group:
        return tr("its group");
    case Class::Others:
        break;
    }
    return tr("others");
}

QString Permissions::rights(bool read, bool write)
{
    if (read && write)
        return tr("read and write");
    if (read)
        return tr("only read");
    if (write)
        return tr("only write, which is no use: shmat needs read");
    return tr("do nothing");
}

QString Permissions::rules(const SegmentInfo &segment)
{
    const quint32 m = segment.mode;
    const QString owner = person(segment.ownerName, segment.uid, "uid");
    const QString owners =
        segment.cuid == segment.uid
            ? owner
            : tr("%1 and creator %2").arg(owner, person(segment.creatorName, segment.cuid, "uid"));
    const QString group = person(segment.groupName, segment.gid, "gid");
    const QString groups = segment.cgid == segment.gid
                               ? group
                               : tr("%1 and creator's group %2")
                                     .arg(group, person(segment.creatorGroupName, segment.cgid, "gid"));
    return tr("Mode %1: owner %2 may %3; group %4 may %5; others may %6. Only the owner, the creator or root may "
              "remove it.")
        .arg(SegmentFormat::perms(m), owners, rights(m & 0400, m & 0200), groups, rights(m & 040, m & 020),
             rights(m & 04, m & 02));
}

QString Permissions::yours(const SegmentInfo &segment, const Credentials &who)
{
    const Access access = of(segment, who);
    if (access.as == Class::Root)
        return tr("You are root: the kernel lets you read, write and remove any segment.");
    const QString removing = access.remove ? tr("you may remove it") : tr("you may not remove it");
    return tr("You are uid %1 and count as %2, who may %3; %4.")
        .arg(who.uid)
        .arg(className(access.as), rights(access.read, access.write), removing);
}

} // namespace core
