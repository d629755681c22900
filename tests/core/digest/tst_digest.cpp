// Checksums, hashes and byte statistics (core::Digest, core::ByteStatistics): the published test vectors as
// literal text, and real segments (filled by another process) against the tools everyone checks with:
// sha256sum, sha1sum, md5sum and python3's zlib.crc32 and zlib.adler32, run as processes on the same bytes.

#include "core/digest/bytestatistics.h"
#include "core/digest/digest.h"
#include "core/kernel/attachment.h"
#include "core/kernel/posixmapping.h"
#include "core/coretest.h"
#include "digesttools.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <atomic>

using core::ByteStatistics;
using core::Digest;
using Algorithm = core::Digest::Algorithm;
using namespace testutils;
using namespace digesttools;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void piecesDoNotShow();
    void onlyTheAskedAreComputed();
    void segmentMatchesTheTools_data();
    void segmentMatchesTheTools();
    void segmentOf256MiBMatchesItsRawDump();
    void sparseSegmentStaysSparse();
    void posixObjectMatchesTheTools();
    void rangeOutsideIsRefused();
    void statistics_data();
    void statistics();
    void progressGoesToTheWhole();
    void cancelStopsAtTheNextChunk();

private:
    QTemporaryDir m_dir;
};

// RFC 1321 (MD5), FIPS 180 / RFC 3174 / NIST's examples (SHA-1, SHA-256), the CRC-32 check value of
// "123456789" and the Adler-32 of "Wikipedia" from RFC 1950's definition: literal text from outside the code.
void TestDigest::knownVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // CRC-32, Adler-32, MD5, SHA-1, SHA-256
    QTest::newRow("empty") << QByteArray()
                           << QStringList{QStringLiteral("00000000"), QStringLiteral("00000001"),
                                          QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"),
                                          QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                                          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")};
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringList{QStringLiteral("352441c2"), QStringLiteral("024d0127"),
                                        QStringLiteral("900150983cd24fb0d6963f7d28e17f72"),
                                        QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"),
                                        QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")};
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QStringList{QStringLiteral("dc25bfbc"), QStringLiteral("15d870f9"),
                                                QStringLiteral("7707d6ae4e027c70eea2a935c2296f21"),
                                                QStringLiteral("34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
                                                QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")};
    const QStringList checkOnly{QString(), QString(), QString(), QString(), QString()};
    QStringList crcCheck = checkOnly;
    crcCheck[0] = QStringLiteral("cbf43926");
    QTest::newRow("123456789 (CRC-32 check)") << QByteArray("123456789") << crcCheck;
    QStringList adler = checkOnly;
    adler[1] = QStringLiteral("11e60398");
    QTest::newRow("Wikipedia (Adler-32)") << QByteArray("Wikipedia") << adler;
}

void TestDigest::knownVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    Digest digest;
    digest.add(bytes);
    const Digest::Sums sums = digest.finish();
    QCOMPARE(sums.length, quint64(bytes.size()));
    for (const Algorithm algorithm : Digest::AllAlgorithms) {
        const QString want = expected.at(Digest::index(algorithm));
        if (!want.isEmpty())
            QCOMPARE(sums.of(algorithm).value_or(QStringLiteral("(none)")), want);
    }
}

// The same bytes fed whole, in pieces of odd sizes, or with their zeros as addZeros(): the same sums.
void TestDigest::piecesDoNotShow()
{
    QByteArray bytes = randomBytes(300000, 7);
    bytes.replace(1000, 70000, QByteArray(70000, '\0'));
    Digest whole;
    whole.add(bytes);
    const Digest::Sums expected = whole.finish();

    Digest pieces;
    qsizetype at = 0;
    for (const qsizetype piece : {1, 3, 996, 70000}) {
        if (piece == 70000)
            pieces.addZeros(quint64(piece));
        else
            pieces.add(QByteArrayView(bytes).sliced(at, piece));
        at += piece;
    }
    pieces.add(QByteArrayView(bytes).sliced(at));
    const Digest::Sums got = pieces.finish();
    QCOMPARE(got.length, expected.length);
    QCOMPARE(got.hex, expected.hex);
    QCOMPARE(got.statistics->histogram(), expected.statistics->histogram());
}

void TestDigest::onlyTheAskedAreComputed()
{
    Digest digest(Digest::Algorithms(Algorithm::Sha256) | Algorithm::Crc32, false);
    digest.add("abc");
    const Digest::Sums sums = digest.finish();
    QCOMPARE(sums.of(Algorithm::Sha256),
             std::optional<QString>(QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
    QCOMPARE(sums.of(Algorithm::Crc32), std::optional<QString>(QStringLiteral("352441c2")));
    QVERIFY(!sums.of(Algorithm::Md5));
    QVERIFY(!sums.of(Algorithm::Sha1));
    QVERIFY(!sums.of(Algorithm::Adler32));
    QVERIFY(!sums.statistics);
}

void TestDigest::segmentMatchesTheTools_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<quint64>("length");
    QTest::newRow("1 byte") << qsizetype(1) << quint64(0) << quint64(1);
    QTest::newRow("a page less one") << qsizetype(4095) << quint64(0) << quint64(4095);
    // Chunks of 1 MiB: a range that starts inside one and ends inside another.
    QTest::newRow("5 MiB + 3, from 7 to 3 bytes before the end")
        << qsizetype(5 * MiB + 3) << quint64(7) << quint64(5 * MiB + 3 - 10);
    QTest::newRow("nothing") << qsizetype(100) << quint64(100) << quint64(0);
}

// Random bytes copied into a real segment by another process, hashed there, and the same bytes in a file
// hashed by the tools.
void TestDigest::segmentMatchesTheTools()
{
    QFETCH(qsizetype, size);
    QFETCH(quint64, offset);
    QFETCH(quint64, length);
    const QByteArray bytes = randomBytes(size, quint32(size));
    const QString whole = m_dir.filePath(QStringLiteral("whole.bin"));
    const QString range = m_dir.filePath(QStringLiteral("range.bin"));
    QVERIFY(writeFile(whole, bytes));
    QVERIFY(writeFile(range, bytes.mid(qsizetype(offset), qsizetype(length))));
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(size)));
    QVERIFY(fillFromFile(segment.id(), whole));

    auto attached = core::Attachment::attach(segment.id());
    SHM_VERIFY_OK(attached);
    const auto sums = Digest::of(*attached.value(), offset, length, Digest::Every, true);
    SHM_VERIFY_OK(sums);
    const std::array<QString, 5> tools = toolSums(range);
    for (const Algorithm algorithm : Digest::AllAlgorithms)
        QCOMPARE(sums.value().of(algorithm).value_or(QString()), tools[size_t(Digest::index(algorithm))]);
    QCOMPARE(sums.value().length, length);
    QCOMPARE(sums.value().statistics->count(), length);
}

// The check: a 256 MiB segment of random bytes written by another process, hashed by Digest, equals
// sha256sum of what `shmscope --dump SHMID --format raw` writes, and python3's zlib.crc32 of the same bytes
// (and the file they came from, hashed by the tools).
void TestDigest::segmentOf256MiBMatchesItsRawDump()
{
    const qsizetype size = 256 * MiB;
    const QString path = m_dir.filePath(QStringLiteral("256mib.bin"));
    QVERIFY(writeRandomFile(path, size));
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(size)));
    QVERIFY(fillFromFile(segment.id(), path));

    auto attached = core::Attachment::attach(segment.id());
    SHM_VERIFY_OK(attached);
    const auto sums = Digest::of(*attached.value(), 0, quint64(size), Digest::Every, true);
    SHM_VERIFY_OK(sums);
    attached.value().reset();
    const std::array<QString, 5> tools = toolSums(path);
    for (const Algorithm algorithm : Digest::AllAlgorithms)
        QCOMPARE(sums.value().of(algorithm).value_or(QString()), tools[size_t(Digest::index(algorithm))]);
    QFile::remove(path);

    // The raw dump piped into sha256sum, and again into python3's zlib.crc32, as a user would check it.
    const QString dump = QStringLiteral("set -o pipefail; '%1' --dump %2 --format raw | ").arg(shmscopePath).arg(segment.id());
    const Run sha256sum = run(QStringLiteral("bash"), {QStringLiteral("-c"), dump + QStringLiteral("sha256sum")});
    QVERIFY2(sha256sum.exitCode == 0, sha256sum.err.constData());
    QCOMPARE(sha256sum.out, sums.value().of(Algorithm::Sha256).value().toLatin1() + "  -\n");
    const Run crc32 = run(QStringLiteral("bash"),
                          {QStringLiteral("-c"),
                           dump + QStringLiteral("python3 -c 'import sys, zlib; "
                                                 "print(\"%08x\" % zlib.crc32(sys.stdin.buffer.read()))'")});
    QVERIFY2(crc32.exitCode == 0, crc32.err.constData());
    QCOMPARE(crc32.out, sums.value().of(Algorithm::Crc32).value().toLatin1() + '\n');
}

// A 256 MiB segment of which another process wrote two places: its sums are those of the same bytes in a
// file (zeros but for the two), and hashing it leaves its holes holes: rss in /proc/sysvipc/shm unchanged.
void TestDigest::sparseSegmentStaysSparse()
{
    const qsizetype size = 256 * MiB;
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(size)));
    const QList<std::pair<qsizetype, QByteArray>> writes{{5, "at the start"}, {size - 7, "the end"}};
    const QString path = m_dir.filePath(QStringLiteral("sparse.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size));
    for (const auto &[at, text] : writes) {
        QVERIFY(poke(segment.id(), quint64(at), text));
        QVERIFY(file.seek(at) && file.write(text) == text.size());
    }
    file.close();
    const std::optional<quint64> before = sysvipcRss(segment.id());
    QCOMPARE(before, std::optional<quint64>(2 * pageSize()));

    auto attached = core::Attachment::attach(segment.id());
    SHM_VERIFY_OK(attached);
    const auto sums = Digest::of(*attached.value(), 0, quint64(size), Digest::Every, true);
    SHM_VERIFY_OK(sums);
    QCOMPARE(sysvipcRss(segment.id()), before);
    const std::array<QString, 5> tools = toolSums(path);
    for (const Algorithm algorithm : Digest::AllAlgorithms)
        QCOMPARE(sums.value().of(algorithm).value_or(QString()), tools[size_t(Digest::index(algorithm))]);
    const ByteStatistics &statistics = *sums.value().statistics;
    QCOMPARE(statistics.countOf(0), quint64(size - 12 - 7)); // all but "at the start" and "the end"
    QCOMPARE(statistics.countOf('t'), quint64(5));
}

// A POSIX object (core::PosixMapping, read with pread) hashed as the tab's object: the tools' sums of its
// bytes, which the test wrote with plain calls.
void TestDigest::posixObjectMatchesTheTools()
{
    const PosixNameGuard guard("digest");
    const QByteArray bytes = randomBytes(2 * MiB + 77, 11);
    QVERIFY(guard.create(bytes));
    const auto opened = core::PosixMapping::open(guard.path());
    SHM_VERIFY_OK(opened);
    const core::MappedObject &object = *opened.value();
    const auto sums = Digest::of(object, 0, quint64(bytes.size()), Digest::Every, true);
    SHM_VERIFY_OK(sums);
    const QString path = m_dir.filePath(QStringLiteral("posix.bin"));
    QVERIFY(writeFile(path, bytes));
    const std::array<QString, 5> tools = toolSums(path);
    for (const Algorithm algorithm : Digest::AllAlgorithms)
        QCOMPARE(sums.value().of(algorithm).value_or(QString()), tools[size_t(Digest::index(algorithm))]);
}

void TestDigest::rangeOutsideIsRefused()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, QByteArray(100, 'x')));
    auto attached = core::Attachment::attach(segment.id());
    SHM_VERIFY_OK(attached);
    const auto past = Digest::of(*attached.value(), 90, 11, Digest::Every, true);
    QVERIFY(!past.ok());
    QCOMPARE(past.error().message,
             QStringLiteral("Bytes 90 to 101 run past the end of segment %1, whose size is 100.").arg(segment.id()));
    QVERIFY(!Digest::of(*attached.value(), 101, 0, Digest::Every, true).ok());
    QVERIFY(!Digest::of(*attached.value(), 1, ~quint64(0), Digest::Every, true).ok());
    QVERIFY(Digest::of(*attached.value(), 100, 0, Digest::Every, true).ok());
}

void TestDigest::statistics_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<double>("entropy");
    QTest::addColumn<double>("mean");
    QTest::addColumn<int>("distinct");
    QByteArray everyValue;
    for (int round = 0; round < 3; ++round) {
        for (int value = 0; value < 256; ++value)
            everyValue.append(char(value));
    }
    QTest::newRow("nothing") << QByteArray() << 0.0 << 0.0 << 0;
    QTest::newRow("all zero") << QByteArray(4096, '\0') << 0.0 << 0.0 << 1;
    QTest::newRow("all 0xff") << QByteArray(17, '\xff') << 0.0 << 255.0 << 1;
    QTest::newRow("0..255 three times") << everyValue << 8.0 << 127.5 << 256;
    QTest::newRow("half 0, half 0xff") << (QByteArray(8, '\0') + QByteArray(8, '\xff')) << 1.0 << 127.5 << 2;
    QTest::newRow("four values alike") << QByteArray("abcdabcdabcdabcd") << 2.0 << 98.5 << 4;
}

void TestDigest::statistics()
{
    QFETCH(QByteArray, bytes);
    QFETCH(double, entropy);
    QFETCH(double, mean);
    QFETCH(int, distinct);
    ByteStatistics statistics;
    statistics.add(bytes);
    QCOMPARE(statistics.count(), quint64(bytes.size()));
    QCOMPARE(statistics.entropy(), entropy); // exactly: each share is a power of two
    QVERIFY(!std::signbit(statistics.entropy()));
    QCOMPARE(statistics.mean(), mean);
    QCOMPARE(statistics.distinctValues(), distinct);
    quint64 total = 0;
    for (int value = 0; value < 256; ++value) {
        QCOMPARE(statistics.countOf(quint8(value)), quint64(bytes.count(char(value))));
        total += statistics.countOf(quint8(value));
    }
    QCOMPARE(total, quint64(bytes.size()));
    QCOMPARE(statistics.highestCount(), bytes.isEmpty() ? quint64(0) : quint64(bytes.size() / distinct));
}

void TestDigest::progressGoesToTheWhole()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, randomBytes(3 * MiB + 5, 3)));
    auto attached = core::Attachment::attach(segment.id());
    SHM_VERIFY_OK(attached);
    QList<double> told;
    Digest::Control control;
    control.progress = [&told](double fraction) { told.append(fraction); };
    SHM_VERIFY_OK(Digest::of(*attached.value(), 0, 3 * MiB + 5, Digest::Every, true, control));
    QCOMPARE(told.size(), 4);
    QCOMPARE(told.last(), 1.0);
    QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
}

// A cancel set from another thread is seen before the next chunk: nothing more is read, and the result is
// the cancelled sentence, never sums of part of the range.
void TestDigest::cancelStopsAtTheNextChunk()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, randomBytes(8 * MiB, 4)));
    auto attached = core::Attachment::attach(segment.id());
    SHM_VERIFY_OK(attached);
    std::atomic<bool> cancelled{false};
    int chunks = 0;
    Digest::Control control;
    control.cancelled = &cancelled;
    control.progress = [&](double) {
        if (++chunks == 2)
            cancelled = true;
    };
    const auto sums = Digest::of(*attached.value(), 0, 8 * MiB, Digest::Every, true, control);
    QVERIFY(!sums.ok());
    QCOMPARE(sums.error().message, QStringLiteral("The checksums were cancelled."));
    QCOMPARE(chunks, 2);
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
