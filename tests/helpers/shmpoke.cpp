// A peer process that writes into a segment, as another program would, with the plain System V API.
//   shmpoke SHMID OFFSET HEXBYTES   attach read-write, copy the bytes at OFFSET, detach, exit 0
#include "helperargs.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: shmpoke SHMID OFFSET HEXBYTES\n");
        return 2;
    }
    const HelperArgs args("shmpoke", argv);
    std::string bytes;
    const std::string hex = argv[3];
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes.push_back(char(std::stoi(hex.substr(i, 2), nullptr, 16)));
    void *address = args.attach(bytes.size(), 0);
    if (!address)
        return 1;
    std::memcpy(static_cast<char *>(address) + args.offset, bytes.data(), bytes.size());
    shmdt(address);
    return 0;
}
