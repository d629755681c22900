// libFuzzer target: the fuzzer's bytes as the kernel's text for core::ProcParser: all of it as
// /proc/sysvipc/shm, each line as a line of /proc/PID/maps, and all of it as a /proc/sys/kernel number.
// Whatever the bytes, nothing crashes, and what is parsed is within what the text can say.
//
// Built by tests/fuzz/CMakeLists.txt with SHMSCOPE_FUZZ=ON and clang; run with scripts/fuzz.sh.

#include "fuzzutils.h"

#include "core/segments/procparser.h"

#include <QByteArrayView>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using core::ProcParser;

namespace {

constexpr const char *Target = "fuzz_procparser";
// A /proc/sysvipc/shm of some hundred segments; more lines find nothing fewer do not.
constexpr std::size_t MaxInputBytes = 64 * 1024;

[[noreturn]] void fail(const QString &what)
{
    fuzz::fail(Target, what);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(std::min(size, MaxInputBytes)));
    const qsizetype lines = std::count(text.begin(), text.end(), '\n') + 1;

    QStringList warnings;
    const auto segments = ProcParser::parseSysvipcShm(text, &warnings);
    // One segment or one warning a line at most (the header and blank lines give neither).
    if (segments.size() + warnings.size() > lines)
        fail(QStringLiteral("%1 segments and %2 warnings from %3 lines")
                 .arg(segments.size())
                 .arg(warnings.size())
                 .arg(lines));
    for (const core::SegmentInfo &s : segments) {
        if (s.shmid < 0)
            fail(QStringLiteral("a segment with shmid %1").arg(s.shmid));
    }
    for (const QString &w : warnings) {
        if (w.isEmpty())
            fail(QStringLiteral("an empty warning"));
    }
    // Without the list of warnings the same segments come out.
    if (ProcParser::parseSysvipcShm(text).size() != segments.size())
        fail(QStringLiteral("warnings change what is parsed"));

    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        const auto mapping = ProcParser::parseMapsLine(line);
        if (!mapping)
            continue;
        if (mapping->shmid < 0)
            fail(QStringLiteral("a mapping with shmid %1").arg(mapping->shmid));
        if (!line.contains(QByteArrayView("/SYSV")))
            fail(QStringLiteral("a mapping from a line without /SYSV"));
    }

    (void)ProcParser::parseSysctl(text);
    return 0;
}
