#pragma once

// Shared by the checksum tests and benchmark (issue 19): the sums of a file as the tools everyone checks with
// print them, random bytes, and a segment filled with a file's bytes by another process.

#include "core/digest/digest.h"
#include "testutils.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <array>

namespace digesttools {

// Each algorithm's sum of a file, by core::Digest::index: md5sum, sha1sum and sha256sum, and python3's zlib
// for CRC-32 and Adler-32, printed "%08x" as the guide tells users to. A tool that fails gives its error
// instead, which then shows in the comparison.
inline std::array<QString, 5> toolSums(const QString &path)
{
    using Algorithm = core::Digest::Algorithm;
    std::array<QString, 5> sums;
    const auto firstWord = [&path](const QString &program) {
        const testutils::Run result = testutils::run(program, {path});
        return result.exitCode == 0 ? QString::fromLatin1(result.out.split(' ').value(0))
                                    : QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(result.err));
    };
    sums[size_t(core::Digest::index(Algorithm::Md5))] = firstWord(QStringLiteral("md5sum"));
    sums[size_t(core::Digest::index(Algorithm::Sha1))] = firstWord(QStringLiteral("sha1sum"));
    sums[size_t(core::Digest::index(Algorithm::Sha256))] = firstWord(QStringLiteral("sha256sum"));
    const testutils::Run python =
        testutils::run(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                   QStringLiteral("import sys, zlib\n"
                                                                  "d = open(sys.argv[1], 'rb').read()\n"
                                                                  "print('%08x %08x' % (zlib.crc32(d), zlib.adler32(d)))"),
                                                   path});
    const QList<QByteArray> words = python.out.trimmed().split(' ');
    sums[size_t(core::Digest::index(Algorithm::Crc32))] =
        QString::fromLatin1(words.value(0)) + QString::fromUtf8(python.err);
    sums[size_t(core::Digest::index(Algorithm::Adler32))] = QString::fromLatin1(words.value(1));
    return sums;
}

// Fills a segment from OFFSET 0 with a file's bytes, from another process (tests/helpers/shmfill); false,
// with a warning, when it could not.
inline bool fillFromFile(int shmid, const QString &path)
{
    QProcess filler;
    filler.setStandardInputFile(path);
    filler.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmfill"), {QString::number(shmid), QStringLiteral("0")});
    const testutils::Run result = testutils::finish(filler, QStringLiteral("shmfill"));
    if (result.exitCode != 0)
        qWarning("shmfill: %s", result.err.constData());
    return result.exitCode == 0;
}

// `size` bytes of /dev/urandom written to `path` by head(1); false when it could not.
inline bool writeRandomFile(const QString &path, qint64 size)
{
    QProcess head;
    head.setStandardOutputFile(path);
    head.start(QStringLiteral("head"), {QStringLiteral("-c"), QString::number(size), QStringLiteral("/dev/urandom")});
    return testutils::finish(head, QStringLiteral("head")).exitCode == 0;
}

} // namespace digesttools
