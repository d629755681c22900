// A property of core::Attachment, tried at random: whatever the segment's size and whatever offset and
// length are asked for, read(), readInto() and write() touch bytes only inside [0, size), and refuse (with
// nothing copied) exactly the ranges that leave it. tst_attachment tries a fixed list of ranges on one
// size; this test draws sizes around page boundaries and ranges of every kind (inside, across the end, in
// the page's tail, wrapping round 2^64) from a seeded generator.
//
// Every write is checked through mappings of the test's own: the segment's bytes against an image kept by
// the test, the page-rounded tail past the size (the kernel maps it, nobody owns it: it must stay zero)
// and a guard segment mapped right above core's mapping (guardAddressFor), so that a write running off the
// page would land in the guard's pattern rather than fault.
//
// The seed is printed first; SHMSCOPE_SEED=N replays a run.

#include "core/kernel/attachment.h"
#include "testutils.h"

#include <QRandomGenerator>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>

#include <sys/mman.h>
#include <sys/shm.h>
#include <unistd.h>

using core::Attachment;
using testutils::pageSize;
using testutils::SegmentGuard;

namespace {

constexpr int Segments = 60; // sizes drawn
constexpr int AccessesPerSegment = 150;
constexpr quint64 U64Max = std::numeric_limits<quint64>::max();
constexpr quint64 I64Max = quint64(std::numeric_limits<qint64>::max());

quint64 pageRounded(quint64 size)
{
    return (size + pageSize() - 1) / pageSize() * pageSize();
}

char guardByte(quint64 i)
{
    return char((i * 91 + 5) & 0xff);
}

// The test's own shmat(), detached when the scope ends. At `address` when that range is free, else
// wherever the kernel puts it.
class RawMapping
{
public:
    explicit RawMapping(int shmid, quint64 address = 0)
        : m_memory(static_cast<char *>(shmat(shmid, reinterpret_cast<void *>(quintptr(address)), 0)))
    {
        if (!ok() && address != 0)
            m_memory = static_cast<char *>(shmat(shmid, nullptr, 0));
    }
    RawMapping(const RawMapping &) = delete;
    RawMapping &operator=(const RawMapping &) = delete;
    ~RawMapping()
    {
        if (ok())
            shmdt(m_memory);
    }
    [[nodiscard]] bool ok() const { return m_memory != reinterpret_cast<char *>(-1); }
    [[nodiscard]] char *bytes() const { return m_memory; }
    [[nodiscard]] quint64 address() const { return quint64(quintptr(m_memory)); }

private:
    char *m_memory;
};

// Where to map the guard so that the kernel's next mapping of `mapped` bytes lands right below it: a write
// running off that mapping's last page then hits the guard's pattern instead of faulting or landing in
// someone else's memory. Mappings are handed out from the top of the highest gap that fits, so a probe of
// one page more shows where; the guard takes the probe's last page and leaves a gap of `mapped` bytes
// below it. 0 (anywhere) when the probe fails.
quint64 guardAddressFor(quint64 mapped)
{
    void *probe = mmap(nullptr, mapped + pageSize(), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (probe == MAP_FAILED)
        return 0;
    munmap(probe, mapped + pageSize());
    return quint64(quintptr(probe)) + mapped;
}

// A size near where bounds go wrong: a byte, just under, at and over a page or two, or anything up to
// 64 KiB.
quint64 drawSize(QRandomGenerator &random)
{
    const quint64 page = pageSize();
    switch (random.bounded(5)) {
    case 0:
        return 1 + random.bounded(16);
    case 1:
        return page * (1 + random.bounded(2)) - random.bounded(3);
    case 2:
        return page * (1 + random.bounded(2)) + 1 + random.bounded(3);
    default:
        return 1 + random.bounded(64 * 1024);
    }
}

// An offset and a length of every kind for a segment of `size` bytes: inside, touching the end, across
// it, in the page's tail, far past it, and pairs whose naive sum wraps round 2^64 to a small number.
void drawRange(QRandomGenerator &random, quint64 size, quint64 *offset, quint64 *length)
{
    const quint64 tail = pageRounded(size) - size;
    switch (random.bounded(8)) {
    case 0: // inside
        *offset = random.bounded(size + 1);
        *length = random.bounded(size - *offset + 1);
        return;
    case 1: // ending exactly at the end, or one byte past it
        *length = random.bounded(size + 1);
        *offset = size - *length + random.bounded(2);
        return;
    case 2: // across the end, by a little
        *offset = random.bounded(size + 1);
        *length = size - *offset + 1 + random.bounded(16);
        return;
    case 3: // starting in the page's tail or just past the size
        *offset = size + random.bounded(tail + 2);
        *length = random.bounded(8);
        return;
    case 4: // the sum wraps round to a small number
        *offset = size / 2 + random.bounded(size / 2 + 1);
        *length = U64Max - *offset + 1 + random.bounded(size);
        return;
    case 5: // a huge offset
        *offset = U64Max - random.bounded(64);
        *length = random.bounded(64);
        return;
    case 6: // a huge length
        *offset = random.bounded(size + 1);
        *length = I64Max - random.bounded(64) + (random.bounded(2) ? I64Max : 0);
        return;
    default: // anything at all
        *offset = random.generate64();
        *length = random.generate64();
        return;
    }
}

// What attachment.h promises, worked out here without the code under test: inside when offset and
// offset + length (computed without wrapping) are both at most the size.
bool inside(quint64 size, quint64 offset, quint64 length)
{
    quint64 end = 0;
    return !__builtin_add_overflow(offset, length, &end) && end <= size;
}

// The first byte, seen through the test's own mappings, that is not as it should be; empty when none.
QString differences(const RawMapping &view, const QByteArray &image, const RawMapping &guard)
{
    const auto size = quint64(image.size());
    if (std::memcmp(view.bytes(), image.constData(), size) != 0)
        return QStringLiteral("the segment differs from what was written");
    for (quint64 i = size; i < pageRounded(size); ++i) {
        if (view.bytes()[i] != '\0')
            return QStringLiteral("byte %1 of the page's tail (past the size) was written").arg(i);
    }
    for (quint64 i = 0; i < pageSize(); ++i) {
        if (guard.bytes()[i] != guardByte(i))
            return QStringLiteral("byte %1 of the guard segment was written").arg(i);
    }
    return {};
}

} // namespace

class TestAttachmentBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomRangesStayInside();

private:
    quint64 m_seed = 0;
};

void TestAttachmentBounds::initTestCase()
{
    bool fromEnvironment = false;
    m_seed = qEnvironmentVariable("SHMSCOPE_SEED").toULongLong(&fromEnvironment);
    if (!fromEnvironment)
        m_seed = QRandomGenerator::global()->generate64();
    qInfo("seed %llu (replay with SHMSCOPE_SEED=%llu)", m_seed, m_seed);
}

void TestAttachmentBounds::randomRangesStayInside()
{
    const quint32 seedWords[2] = {quint32(m_seed), quint32(m_seed >> 32)};
    QRandomGenerator random(seedWords, 2);
    const QString replay = QStringLiteral(" (seed %1)").arg(m_seed);
    int accepted = 0;
    int refused = 0;
    int guardAdjacent = 0;

    for (int s = 0; s < Segments; ++s) {
        const quint64 size = drawSize(random);
        SegmentGuard segment;
        SegmentGuard guardSegment;
        QVERIFY2(segment.create(IPC_PRIVATE, size), strerror(errno));
        QVERIFY2(guardSegment.create(IPC_PRIVATE, pageSize()), strerror(errno));
        RawMapping view(segment.id());
        QVERIFY2(view.ok(), strerror(errno));

        // Pattern in the segment, zeros in its tail (as the kernel made them), the guard's own pattern.
        QByteArray image(qsizetype(size), '\0');
        for (char &byte : image)
            byte = char(random.bounded(256));
        std::memcpy(view.bytes(), image.constData(), size);
        RawMapping guard(guardSegment.id(), guardAddressFor(pageRounded(size)));
        QVERIFY2(guard.ok(), strerror(errno));
        for (quint64 i = 0; i < pageSize(); ++i)
            guard.bytes()[i] = guardByte(i);
        auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadWrite);
        QVERIFY2(attached.ok(), qPrintable(attached.ok() ? QString() : attached.error().toString()));
        Attachment &attachment = *attached.value();
        guardAdjacent += attachment.address() + pageRounded(size) == guard.address() ? 1 : 0;

        for (int a = 0; a < AccessesPerSegment; ++a) {
            quint64 offset = 0;
            quint64 length = 0;
            drawRange(random, size, &offset, &length);
            const bool in = inside(size, offset, length);
            const QString what =
                QStringLiteral("size %1, offset %2, length %3").arg(size).arg(offset).arg(length) + replay;
            QVERIFY2(attachment.contains(offset, length) == in,
                     qPrintable(QStringLiteral("contains: ") + what));

            switch (random.bounded(3)) {
            case 0: {
                const auto bytes = attachment.read(offset, length);
                QVERIFY2(bytes.ok() == in, qPrintable(QStringLiteral("read: ") + what));
                if (in)
                    QVERIFY2(bytes.value() == image.mid(qsizetype(offset), qsizetype(length)),
                             qPrintable(QStringLiteral("read the wrong bytes: ") + what));
                break;
            }
            case 1: {
                // A buffer longer than any accepted length, so that a copy of one byte too many shows.
                // A refused huge length is never copied: were it accepted, the copy would fault.
                QByteArray buffer(qsizetype(size + 16), '\xa5');
                QByteArray want = buffer;
                if (in)
                    want.replace(0, qsizetype(length), image.mid(qsizetype(offset), qsizetype(length)));
                QVERIFY2(attachment.readInto(offset, buffer.data(), length) == in,
                         qPrintable(QStringLiteral("readInto: ") + what));
                QVERIFY2(buffer == want,
                         qPrintable(QStringLiteral("readInto copied the wrong bytes: ") + what));
                break;
            }
            default: {
                // A view holds at most INT64_MAX bytes. Random bytes back the first ones, then a byte that
                // is not part of it: a longer copy would carry it into the tail or the guard. A refused
                // view longer than its buffer must not be read at all.
                const quint64 viewLength = std::min(length, I64Max);
                const bool viewInside = inside(size, offset, viewLength);
                QByteArray source(qsizetype(std::min<quint64>(viewLength, size)) + 1, '\0');
                for (char &byte : source)
                    byte = char(random.bounded(256));
                source.back() = '\x77';
                const auto written =
                    attachment.write(offset, QByteArrayView(source.constData(), qsizetype(viewLength)));
                QVERIFY2(written.ok() == viewInside, qPrintable(QStringLiteral("write: ") + what));
                if (viewInside) {
                    ++accepted;
                    image.replace(qsizetype(offset), qsizetype(viewLength),
                                  source.left(qsizetype(viewLength)));
                } else {
                    ++refused;
                    QCOMPARE(written.error().errnum, 0); // refused by core, before any copy
                }
                break;
            }
            }

            // Nothing changed but what was written: the segment as the image says, the tail zero, the
            // guard untouched.
            const QString wrong = differences(view, image, guard);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong + QStringLiteral(" after: ") + what));
        }
    }
    qInfo(
        "%d segments, %d writes inside, %d refused; core's mapping lay right below the guard for %d of them",
        Segments, accepted, refused, guardAdjacent);
    // The draw must reach both sides of the bound, or the property was not tried.
    QVERIFY(accepted > 0 && refused > 0);
}

QTEST_GUILESS_MAIN(TestAttachmentBounds)
#include "tst_attachmentbounds.moc"
