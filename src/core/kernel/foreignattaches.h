#pragma once

#include <QtGlobal>

#include <mutex>

namespace core {

// Our own attaches of segments that live in another IPC namespace (core::Attachment through a
// core::IpcNamespaceEntry), by the range of our address space they map. Our /proc/self/maps shows such an
// attach as any other, "SYSV" with the shmid as its inode, and shmids are numbered per namespace: without
// this record, a reader of our maps would credit the mapping to the segment of OUR namespace that happens
// to have the same shmid. core::AttachmentWalker asks here about our own process.
class ForeignAttaches
{
public:
    // Held from before a foreign shmat until add(), and from before its shmdt until remove(): a reader of our
    // maps that asks namespaceAt() between the two waits, so it never sees the mapping without its record.
    using Lock = std::unique_lock<std::mutex>;
    [[nodiscard]] static Lock lock();

    // The attach of [address, address + length) is of a segment of the IPC namespace with this inode.
    static void add(const Lock &held, quint64 address, quint64 length, quint64 namespaceInode);
    static void remove(const Lock &held, quint64 address);

    // The inode of the namespace whose segment our attach at `address` (its start, or inside it: mprotect()
    // splits an attach into several lines of maps) maps; 0 when no foreign attach of ours is there.
    [[nodiscard]] static quint64 namespaceAt(quint64 address);
};

} // namespace core
