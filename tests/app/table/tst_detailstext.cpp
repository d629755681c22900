// The Details panel's words and numbers, in English, for a real segment of one byte: counts in the singular
// where they are one, and limits and shares a person can read, whether the kernel's limits are small or its
// "unlimited" defaults (ULONG_MAX - 2^24, a 20-digit number).

#include "app/table/detailspanel.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"
#include "testutils.h"

#include <QTest>

using app::DetailsPanel;
using testutils::SegmentGuard;

class TestDetailsText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneByteIsOneByte();
    void unlimitedLimitsReadAsSuch();
    void smallLimitsReadWithTheirShare();

private:
    // The panel's text for our segment, shown against these limits and this use.
    QString shownText(const core::ShmLimits &limits, const core::ShmUsage &usage);

    SegmentGuard m_segment;
    std::optional<core::SegmentInfo> m_info;
};

// The program installs the English translator at start (core::Translations): it writes the counts.
void TestDetailsText::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestDetailsText::init()
{
    QVERIFY(m_segment.create(testutils::uniqueKey(40), 1, 0600));
    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    QVERIFY(scan.ok());
    for (const core::SegmentInfo &s : scan.value().segments) {
        if (s.shmid == m_segment.id())
            m_info = s;
    }
    QVERIFY(m_info);
}

void TestDetailsText::cleanup()
{
    m_info.reset();
    m_segment.reset();
}

QString TestDetailsText::shownText(const core::ShmLimits &limits, const core::ShmUsage &usage)
{
    DetailsPanel panel;
    panel.showSegment(*m_info, limits, usage);
    return panel.toPlainText();
}

void TestDetailsText::oneByteIsOneByte()
{
    core::ShmLimits limits;
    limits.shmmni = 4096;
    limits.shmmax = 33554432;
    limits.shmall = 2097152;
    const QString text = shownText(limits, core::ShmUsage{1, 1, 1, 0, 0});
    QVERIFY2(text.contains(QLatin1String("Size\n1 byte\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Smallest segment (shmmin)\n1 byte\n")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("1 bytes")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("(1 B)")), qPrintable(text));
}

// The kernel's defaults for shmmax and shmall, as /proc/sys/kernel/shmmax and shmall show them.
void TestDetailsText::unlimitedLimitsReadAsSuch()
{
    core::ShmLimits limits;
    limits.shmmni = 4096;
    limits.shmmax = 18446744073692774399ULL;
    limits.shmall = 18446744073692774399ULL;
    const QString text = shownText(limits, core::ShmUsage{5, 114688, 28, 0, 0});
    QVERIFY2(text.contains(QLatin1String("Largest segment (shmmax)\n16 EiB (no practical limit)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("All segments (shmall)\n28 pages in use (no practical limit)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Segments (shmmni)\n5 of 4096 (0.12 %)\n")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("18446744073692774399")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("e-")), qPrintable(text)); // no 1.51e-12
}

void TestDetailsText::smallLimitsReadWithTheirShare()
{
    core::ShmLimits limits;
    limits.shmmni = 4096;
    limits.shmmax = 33554432;
    limits.shmall = 2097152;
    const QString text = shownText(limits, core::ShmUsage{5, 114688, 28, 0, 0});
    QVERIFY2(text.contains(QLatin1String("Largest segment (shmmax)\n33554432 bytes (32.0 MiB)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("All segments (shmall)\n28 of 2097152 pages (< 0.01 %)\n")),
             qPrintable(text));
    QVERIFY2(shownText(limits, core::ShmUsage{5, 114688, 1048576, 0, 0})
                 .contains(QLatin1String("All segments (shmall)\n1048576 of 2097152 pages (50 %)\n")),
             "half of shmall");
}

QTEST_MAIN(TestDetailsText)
#include "tst_detailstext.moc"
