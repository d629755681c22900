#pragma once

// What shmpeek, shmpoke and shmwriter share: SHMID and OFFSET as their first two arguments, and an attach
// made only when the bytes the helper will touch lie inside the segment, so that a wrong offset ends in a
// message rather than in bytes past the end. Plain System V like the helpers, so nothing of the code under
// test is involved.

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/shm.h>

struct HelperArgs
{
    HelperArgs(const char *helperName, char **argv)
        : helper(helperName), shmid(std::atoi(argv[1])), offset(std::strtoul(argv[2], nullptr, 0))
    {
    }

    // shmat(shmid, flags) when [offset, offset + length) lies inside the segment; else null, once stderr
    // says why.
    [[nodiscard]] void *attach(unsigned long length, int flags) const
    {
        struct shmid_ds ds = {};
        if (shmctl(shmid, IPC_STAT, &ds) < 0 || offset + length > ds.shm_segsz) {
            std::fprintf(stderr, "%s: segment %d is too small or missing\n", helper, shmid);
            return nullptr;
        }
        void *address = shmat(shmid, nullptr, flags);
        if (address == reinterpret_cast<void *>(-1)) {
            std::fprintf(stderr, "%s: shmat(%d) failed: %s\n", helper, shmid, std::strerror(errno));
            return nullptr;
        }
        return address;
    }

    const char *helper; // the program's name, which starts each of its messages
    int shmid;
    unsigned long offset;
};
