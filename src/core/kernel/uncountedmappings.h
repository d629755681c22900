#pragma once

#include <QtGlobal>

#include <mutex>

namespace core {

// Our own mappings of System V segments that a reader of our /proc/self/maps must not count as attaches of
// our IPC namespace's segments, by the range of our address space they take. Our maps shows each as any
// attach, "SYSV" with the shmid as its inode, yet:
// - an attach of a segment of another IPC namespace (core::Attachment through a core::IpcNamespaceEntry) is of
//   another segment: shmids are numbered per namespace, and ours of the same shmid is another, or none;
// - an observing mapping (core::ObservedSegment's mmap of a holder's /proc/PID/map_files entry) is no attach at
//   all: the kernel's nattch does not count it, and the lesson of observing is that nobody new is attached.
// core::AttachmentWalker asks here about our own process.
class UncountedMappings
{
public:
    // Held from before the shmat or mmap until add(), and from before its shmdt or munmap until remove(): a
    // reader of our maps that asks contains() between the two waits, so it never sees the mapping without its
    // record.
    using Lock = std::unique_lock<std::mutex>;
    [[nodiscard]] static Lock lock();

    static void add(const Lock &held, quint64 address, quint64 length);
    static void remove(const Lock &held, quint64 address);

    // True when `address` (a mapping's start, or inside it: mprotect() splits a mapping into several lines of
    // maps) lies in a mapping recorded here.
    [[nodiscard]] static bool contains(quint64 address);
};

} // namespace core
