// A peer process for the POSIX scanner's tests, written with the plain POSIX calls so that it shares nothing
// with the code under test. Each argument makes or opens one object and holds it:
//   shm:/NAME:SIZE:MODE:HOLD[:UID]   shm_open(O_CREAT|O_EXCL|O_RDWR), fchmod MODE (octal), ftruncate SIZE
//                                    (sparse), fchown to UID when given; HOLD is
//                                      rw / ro    mmap MAP_SHARED read-write / read-only, then close the fd
//                                      fd         keep only the descriptor (open O_RDWR)
//                                      rofd       keep only a descriptor opened again O_RDONLY
//                                      rwfd       mmap read-write and keep the descriptor too
//                                      priv       mmap MAP_PRIVATE read-write (copy on write), close the fd
//                                      unlink     mmap read-write, close, shm_unlink: only the mapping holds
//                                      it none       close: the object stays, nobody holds it
//   memfd:NAME:SIZE:HOLD             memfd_create, ftruncate; HOLD rw, ro (the fd closed after) or fd
//   sem:/NAME:COUNT                  sem_open(O_CREAT|O_EXCL, 0644, 0), sem_post COUNT times, kept open
//   sysv:SHMID:HOLD                  shmat the System V segment SHMID, HOLD rw or ro (SHM_RDONLY): a process
//                                    that holds both kinds; reported as SHMID,0,0,SIZE,ADDRESS,-
// Then it prints one line, "ready" and one word an object: NAME,DEV,INODE,SIZE,ADDRESS,FD[,VALUE] (DEV as
// st_dev in decimal, ADDRESS 0x... or -, FD or -, VALUE from sem_getvalue for a semaphore), and holds
// everything until stdin closes. On the way out it unlinks every name it made (the tests' guards do too).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <semaphore.h>
#include <string>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

std::vector<std::string> split(const std::string &text)
{
    std::vector<std::string> parts;
    size_t from = 0;
    for (size_t colon; (colon = text.find(':', from)) != std::string::npos; from = colon + 1)
        parts.push_back(text.substr(from, colon - from));
    parts.push_back(text.substr(from));
    return parts;
}

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "posixholder: %s: %s\n", what.c_str(), std::strerror(errno));
    std::exit(1);
}

// Maps fd as HOLD says; the address, or null when HOLD maps nothing.
void *mapAs(int fd, size_t size, const std::string &hold)
{
    if (hold != "rw" && hold != "ro" && hold != "rwfd" && hold != "unlink" && hold != "priv")
        return nullptr;
    const int protection = hold == "ro" ? PROT_READ : PROT_READ | PROT_WRITE;
    void *address = mmap(nullptr, size, protection, hold == "priv" ? MAP_PRIVATE : MAP_SHARED, fd, 0);
    if (address == MAP_FAILED)
        die("mmap");
    return address;
}

std::vector<std::string> shmNames;
std::vector<std::string> semNames;

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: posixholder shm:/NAME:SIZE:MODE:HOLD[:UID] | memfd:NAME:SIZE:HOLD | "
                             "sem:/NAME:COUNT | sysv:SHMID:HOLD ...\n");
        return 2;
    }
    umask(0);
    std::string ready = "ready";
    for (int i = 1; i < argc; ++i) {
        const std::vector<std::string> f = split(argv[i]);
        std::string address = "-";
        std::string descriptor = "-";
        std::string value;
        struct stat st = {};
        if (f[0] == "shm" && (f.size() == 5 || f.size() == 6)) {
            const size_t size = std::strtoull(f[2].c_str(), nullptr, 10);
            const std::string &hold = f[4];
            int fd = shm_open(f[1].c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
            if (fd < 0)
                die("shm_open " + f[1]);
            shmNames.push_back(f[1]);
            if (fchmod(fd, mode_t(std::strtoul(f[3].c_str(), nullptr, 8))) != 0 ||
                ftruncate(fd, off_t(size)) != 0)
                die("fchmod/ftruncate " + f[1]);
            if (f.size() == 6 &&
                fchown(fd, uid_t(std::atoi(f[5].c_str())), gid_t(std::atoi(f[5].c_str()))) != 0)
                die("fchown " + f[1]);
            if (fstat(fd, &st) != 0)
                die("fstat");
            if (void *mapped = mapAs(fd, size, hold)) {
                char text[32];
                std::snprintf(text, sizeof text, "%p", mapped);
                address = text;
            }
            if (hold == "rofd") {
                close(fd);
                fd = shm_open(f[1].c_str(), O_RDONLY, 0);
                if (fd < 0)
                    die("shm_open O_RDONLY " + f[1]);
            }
            if (hold == "fd" || hold == "rofd" || hold == "rwfd") {
                descriptor = std::to_string(fd);
            } else {
                close(fd);
            }
            if (hold == "unlink" && shm_unlink(f[1].c_str()) != 0)
                die("shm_unlink " + f[1]);
        } else if (f[0] == "memfd" && f.size() == 4) {
            const size_t size = std::strtoull(f[2].c_str(), nullptr, 10);
            const int fd = memfd_create(f[1].c_str(), MFD_CLOEXEC);
            if (fd < 0 || ftruncate(fd, off_t(size)) != 0 || fstat(fd, &st) != 0)
                die("memfd_create " + f[1]);
            if (void *mapped = mapAs(fd, size, f[3])) {
                char text[32];
                std::snprintf(text, sizeof text, "%p", mapped);
                address = text;
                close(fd);
            } else {
                descriptor = std::to_string(fd);
            }
        } else if (f[0] == "sem" && f.size() == 3) {
            sem_t *semaphore = sem_open(f[1].c_str(), O_CREAT | O_EXCL, 0644, 0);
            if (semaphore == SEM_FAILED)
                die("sem_open " + f[1]);
            semNames.push_back(f[1]);
            for (int n = std::atoi(f[2].c_str()); n > 0; --n)
                sem_post(semaphore);
            int now = -1;
            sem_getvalue(semaphore, &now);
            value = "," + std::to_string(now);
            if (stat(("/dev/shm/sem." + f[1].substr(1)).c_str(), &st) != 0)
                die("stat of the semaphore's file");
        } else if (f[0] == "sysv" && f.size() == 3) {
            const int shmid = std::atoi(f[1].c_str());
            void *attached = shmat(shmid, nullptr, f[2] == "ro" ? SHM_RDONLY : 0);
            struct shmid_ds ds = {};
            if (attached == reinterpret_cast<void *>(-1) || shmctl(shmid, IPC_STAT, &ds) != 0)
                die("shmat " + f[1]);
            char text[32];
            std::snprintf(text, sizeof text, "%p", attached);
            address = text;
            st.st_size = off_t(ds.shm_segsz);
        } else {
            std::fprintf(stderr, "posixholder: cannot read \"%s\"\n", argv[i]);
            return 2;
        }
        ready += " " + f[1] + "," + std::to_string(st.st_dev) + "," + std::to_string(st.st_ino) + "," +
                 std::to_string(st.st_size) + "," + address + "," + descriptor + value;
    }
    std::printf("%s\n", ready.c_str());
    std::fflush(stdout);
    char buffer[64];
    while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    for (const std::string &name : shmNames)
        shm_unlink(name.c_str());
    for (const std::string &name : semNames)
        sem_unlink(name.c_str());
    return 0;
}
