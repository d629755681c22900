#pragma once

// Shared by the core tests: failure output that shows the fields of core's values, and a check that
// prints the Error when a Result holds one.

#include "core/kernel/calllog.h"
#include "core/result.h"
#include "core/segments/segmentinfo.h"
#include "testutils.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

// QVERIFY for a core::Result: on failure the message is the error's own text (call, errno, sentence).
// Qt 6.4's QVERIFY2 evaluates its message even on success, and error() of a good Result throws, so the
// message is only built for a failure. The result is evaluated once (it may be a call).
#define SHM_VERIFY_OK(result)                                                                                \
    do {                                                                                                     \
        const auto &shmVerifyResult = (result);                                                              \
        QVERIFY2(shmVerifyResult.ok(),                                                                       \
                 shmVerifyResult.ok() ? "" : qPrintable(shmVerifyResult.error().toString()));                \
    } while (false)

namespace core {

// Found by QCOMPARE through argument-dependent lookup; without them a failed comparison of two segments
// prints nothing useful.
inline char *toString(const AttachedProcess &p)
{
    return qstrdup(QStringLiteral("{pid %1 \"%2\" at 0x%3 %4}")
                       .arg(p.pid)
                       .arg(QString::fromUtf8(p.command))
                       .arg(p.address, 0, 16)
                       .arg(p.writable ? QStringLiteral("rw") : QStringLiteral("ro"))
                       .toUtf8()
                       .constData());
}

inline char *toString(const SegmentInfo &s)
{
    QString attached;
    for (const AttachedProcess &p : s.attached) {
        char *one = toString(p);
        attached += QString::fromUtf8(one) + QLatin1Char(' ');
        delete[] one;
    }
    const QString text =
        QStringLiteral("{key %1 shmid %2 mode 0%3 size %4 cpid %5 lpid %6 nattch %7 uid %8 gid %9")
            .arg(s.key)
            .arg(s.shmid)
            .arg(s.mode, 0, 8)
            .arg(s.size)
            .arg(s.cpid)
            .arg(s.lpid)
            .arg(s.nattch)
            .arg(s.uid)
            .arg(s.gid) +
        QStringLiteral(" cuid %1 cgid %2 atime %3 dtime %4 ctime %5 rss %6 swap %7")
            .arg(s.cuid)
            .arg(s.cgid)
            .arg(s.atime)
            .arg(s.dtime)
            .arg(s.ctime)
            .arg(s.rss)
            .arg(s.swap) +
        QStringLiteral(" names %1/%2/%3/%4 originalKey %5 attached [%6] in %7 mappings}")
            .arg(s.ownerName, s.groupName, s.creatorName, s.creatorGroupName,
                 s.hasOriginalKey ? QString::number(s.originalKey) : QStringLiteral("-"), attached.trimmed(),
                 QString::number(s.visibleMappings));
    return qstrdup(text.toUtf8().constData());
}

inline char *toString(const ShmLimits &l)
{
    return qstrdup(QStringLiteral("{shmmni %1 shmmax %2 shmall %3 shmmin %4 page %5 rmid_forced %6}")
                       .arg(l.shmmni)
                       .arg(l.shmmax)
                       .arg(l.shmall)
                       .arg(l.shmmin)
                       .arg(l.pageSize)
                       .arg(l.rmidForced)
                       .toUtf8()
                       .constData());
}

} // namespace core

namespace coretest {

// Every test function runs with this: a warning nobody expected (QTest::ignoreMessage) fails the test.
inline void failOnAnyWarning()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// Segments this process made, or that carry one of its uniqueKey() keys (with or without the high bit),
// that are still in the kernel. Called from cleanup(), after each test function's guards have run, so
// anything found is a leak; it is removed here so that one leak does not fail the next tests too.
inline QStringList removeLeftoverSegments()
{
    const auto ours = [](key_t key) {
        const quint32 prefix = quint32(testutils::uniqueKey(0)) & 0x7fffff00u;
        return key != IPC_PRIVATE && (quint32(key) & 0x7fffff00u) == prefix;
    };
    QStringList left;
    for (const testutils::KernelSegment &segment : testutils::kernelSegments()) {
        if (segment.ds.shm_cpid != getpid() && !ours(segment.ds.shm_perm.__key))
            continue;
        left << QStringLiteral("shmid %1 key 0x%2 mode 0%3")
                    .arg(segment.shmid)
                    .arg(quint32(segment.ds.shm_perm.__key), 8, 16, QLatin1Char('0'))
                    .arg(segment.ds.shm_perm.mode, 0, 8);
        shmctl(segment.shmid, IPC_RMID, nullptr);
    }
    return left;
}

// The cleanup() of every test that makes segments: fails the test function that left any behind.
inline void verifyNoLeftoverSegments()
{
    const QStringList left = removeLeftoverSegments();
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("segments left behind: ") + left.join(QStringLiteral(", "))));
}

// Each record a spy on core::CallLog::recorded caught, as its statement: "shmctl(5, IPC_RMID, NULL) = 0".
inline QStringList statements(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &arguments : spy)
        lines << arguments.at(0).value<core::CallRecord>().statement();
    return lines;
}

} // namespace coretest
