// core::LikelyUsers and its rule files: the parser over literal texts, and labels of real segments and POSIX
// objects held by real helper processes (a peer that names itself Xorg, a peer holding PostgreSQL's header),
// with the user's rules read from a temporary XDG_CONFIG_HOME.

#include "core/owners/likelyuserrule.h"
#include "core/owners/likelyusers.h"
#include "core/segments/segmentscanner.h"

#include "../coretest.h"
#include "testutils.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/shm.h>
#include <unistd.h>

using namespace core;
using namespace testutils;

namespace {

// PGShmemMagic of PostgreSQL's src/include/storage/pg_shmem.h.
constexpr qint32 PostgresMagic = 679834894;

QByteArray int32Bytes(qint32 value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

// PostgreSQL's header as the postmaster writes it: magic, then creatorPID, native byte order.
QByteArray postgresHeader(qint32 pid)
{
    QByteArray bytes = int32Bytes(PostgresMagic) + int32Bytes(pid);
    bytes.resize(64, '\0');
    return bytes;
}

const SegmentInfo *findSegment(const ScanResult &scan, int shmid)
{
    for (const SegmentInfo &s : scan.segments) {
        if (s.shmid == shmid)
            return &s;
    }
    return nullptr;
}

const PosixObject *findObject(const ScanResult &scan, const QString &name)
{
    for (const PosixObject &o : scan.posix->objects) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

// A pid no process has now: that of a child that has ended.
qint64 endedPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted(5000))
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished(5000);
    return pid;
}

} // namespace

class TestLikelyUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void glob_data();
    void glob();
    void parse_data();
    void parse();
    void shippedRulesAllLoad();
    void x11ImageByXorg();
    void postgresWithLivePid();
    void postgresWithDeadPidIsNot();
    void labellingLeavesTheSegmentAsItWas();
    void userRulesByKeyRangeAndBytes();
    void labelFollowsBytesThatChange();
    void userRuleByPosixNameAndBytes();
    void fileThatIsNotJsonWarnsOnceAndShippedRulesWork();
    void badRuleWarnsWithItsLineAndOthersWork();

private:
    void writeUserRules(const QByteArray &text);
    [[nodiscard]] QString userRulesPath() const { return m_config.path() + QStringLiteral("/shmscope/likely-users.json"); }

    QTemporaryDir m_config;
};

void TestLikelyUsers::initTestCase()
{
    QVERIFY(m_config.isValid());
    // The machine's own rules must not change what the tests see.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY(QDir().mkpath(m_config.path() + QStringLiteral("/shmscope")));
}

void TestLikelyUsers::init()
{
    coretest::failOnAnyWarning();
}

void TestLikelyUsers::cleanup()
{
    QFile::remove(userRulesPath());
}

void TestLikelyUsers::writeUserRules(const QByteArray &text)
{
    QFile::remove(userRulesPath());
    QVERIFY(writeFile(userRulesPath(), text));
}

void TestLikelyUsers::glob_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QByteArray("Xorg") << QByteArray("Xorg") << true;
    QTest::newRow("prefix only") << QByteArray("Xorg") << QByteArray("Xorgs") << false;
    QTest::newRow("star tail") << QByteArray("ora_*") << QByteArray("ora_pmon_ORCL") << true;
    QTest::newRow("star empty") << QByteArray("ora_*") << QByteArray("ora_") << true;
    QTest::newRow("star inside") << QByteArray("/PostgreSQL.*") << QByteArray("/PostgreSQL.1804289383") << true;
    QTest::newRow("star needs backtrack") << QByteArray("a*b*c") << QByteArray("aXbYbZc") << true;
    QTest::newRow("star no match") << QByteArray("a*b*c") << QByteArray("aXbYbZ") << false;
    QTest::newRow("question") << QByteArray("X?") << QByteArray("X1") << true;
    QTest::newRow("question needs one") << QByteArray("X?") << QByteArray("X") << false;
    QTest::newRow("case matters") << QByteArray("xorg") << QByteArray("Xorg") << false;
    QTest::newRow("empty pattern") << QByteArray("") << QByteArray("") << true;
}

void TestLikelyUsers::glob()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, text);
    QFETCH(bool, matches);
    QCOMPARE(globMatches(QByteArrayView(pattern), QByteArrayView(text)), matches);
    QCOMPARE(globMatches(QString::fromUtf8(pattern), QString::fromUtf8(text)), matches);
}

// Each text is a file "f.json"; its good rules by label, and its warnings exactly.
void TestLikelyUsers::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("warnings");
    const QByteArray good = R"({"label": "Good", "evidence": "Key {key}", "kind": "sysv", "key": "0x10"})";
    const auto left = [](int line, const char *why) {
        return QStringList{QStringLiteral("f.json, line %1: %2; this rule is left out, the others are used.")
                               .arg(line)
                               .arg(QString::fromUtf8(why))};
    };
    const auto list = [](std::initializer_list<const char *> texts) {
        QStringList out;
        for (const char *text : texts)
            out << QString::fromUtf8(text);
        return out;
    };
    QTest::newRow("one good rule") << QByteArray("{\"rules\": [" + good + "]}") << list({"Good"})
                                   << QStringList();
    QTest::newRow("not JSON") << QByteArray("{\n  \"rules\": [\n    {\"label\": \"A\",,}\n  ]\n}\n") << QStringList()
                              << list({"f.json, line 3: not JSON (unterminated object); none of its rules are used."});
    QTest::newRow("no rules list") << QByteArray("{\"rule\": []}") << QStringList()
                                   << list({"f.json, line 1: the file holds no \"rules\" list ({\"rules\": "
                                            "[...]}); none of its rules are used."});
    QTest::newRow("bad hex on line 5")
        << QByteArray("{\n\"rules\": [\n" + good + ",\n\n{\"label\": \"Bad\", \"evidence\": \"e\",\n \"bytes\": "
                      "[{\"offset\": 0, \"hex\": \"zz\"}]},\n" + good + "\n]}\n")
        << list({"Good", "Good"})
        << left(5, "\"hex\" \"zz\": \"z\" is not a hex digit: bytes are written with 0-9 and a-f");
    QTest::newRow("unknown member")
        << QByteArray("{\"rules\": [\n" + good + ",\n{\"label\": \"A\", \"evidence\": \"e\", \"colour\": 1}]}")
        << list({"Good"})
        << left(3, "\"colour\" is not a condition or a member rules have (they have label, evidence, "
                               "zh_CN, kind, process, key, size, owner, name, bytes, comment)");
    QTest::newRow("size min above max")
        << QByteArray("{\"rules\": [\n\n\n  {\"label\": \"A\", \"evidence\": \"e\", \"size\": {\"min\": 9, \"max\": 8}}]}")
        << QStringList() << left(4, "\"size\": its min (9) is above its max (8)");
    QTest::newRow("key range min above max")
        << QByteArray("{\"rules\": [{\"label\": \"A\", \"evidence\": \"e\", \"key\": {\"min\": \"0x20\", \"max\": \"0x10\"}}]}")
        << QStringList() << left(1, "\"key\": its min (32) is above its max (16)");
    QTest::newRow("empty label") << QByteArray("{\"rules\": [{\"label\": \" \", \"evidence\": \"e\"}]}") << QStringList()
                                 << left(1, "the rule has no \"label\"");
    QTest::newRow("no evidence") << QByteArray("{\"rules\": [{\"label\": \"A\"}]}") << QStringList()
                                 << left(1, "the rule has no \"evidence\" sentence");
    QTest::newRow("unknown kind") << QByteArray("{\"rules\": [{\"label\": \"A\", \"evidence\": \"e\", \"kind\": \"shm\"}]}")
                                  << QStringList() << left(1, "kind \"shm\" is none of sysv, posix, memfd");
    QTest::newRow("unknown placeholder")
        << QByteArray("{\"rules\": [{\"label\": \"A\", \"evidence\": \"by {user}\"}]}") << QStringList()
        << left(1, "the evidence names {user}, which is none of {key}, {process}, {pid}, {name}, {size}, "
                               "{owner}");
    QTest::newRow("key of a POSIX rule")
        << QByteArray("{\"rules\": [{\"label\": \"A\", \"evidence\": \"e\", \"kind\": \"posix\", \"key\": 1}]}")
        << QStringList()
        << left(1, "\"key\" is a System V segment's, and the rule's kind leaves them out");
    QTest::newRow("two byte tests in one")
        << QByteArray("{\"rules\": [{\"label\": \"A\", \"evidence\": \"e\", \"bytes\": [{\"offset\": 0, \"hex\": \"00\", "
                      "\"int32\": 5}]}]}")
        << QStringList()
        << left(1, "each test of \"bytes\" takes exactly one of \"hex\", \"int32\", \"live_pid\"");
    QTest::newRow("a string where a rule goes") << QByteArray("{\"rules\": [\"Xorg\",\n" + good + "]}")
                                               << list({"Good"})
                                               << left(1, "the rule is not a JSON object ({...})");
    QTest::newRow("braces inside strings do not move lines")
        << QByteArray("{\"comment\": \"[{\\\"\", \"rules\": [\n" + good
                      + ",\n{\"label\": \"}]\", \"evidence\": \"{oops}\"}]}")
        << list({"Good"})
        << left(3, "the evidence names {oops}, which is none of {key}, {process}, {pid}, {name}, {size}, "
                               "{owner}");
}

void TestLikelyUsers::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, warnings);
    const LikelyUserRules::Parsed parsed = LikelyUserRules::parse(text, QStringLiteral("f.json"));
    QStringList parsedLabels;
    for (const LikelyUserRule &rule : parsed.rules)
        parsedLabels << rule.label;
    QCOMPARE(parsedLabels, labels);
    QCOMPARE(parsed.warnings, warnings);
}

// The file inside the program holds no rule that is refused.
void TestLikelyUsers::shippedRulesAllLoad()
{
    QFile shipped(LikelyUsers::shippedRulesPath);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const LikelyUserRules::Parsed parsed = LikelyUserRules::parse(shipped.readAll(), LikelyUsers::shippedRulesPath);
    QCOMPARE(parsed.warnings, QStringList());
    QCOMPARE(parsed.rules.size(), 12);
    for (const LikelyUserRule &rule : parsed.rules)
        QVERIFY2(!rule.chineseLabel.isEmpty(), qPrintable(rule.label));
    ScanResult empty;
    LikelyUsers users;
    users.label(empty);
    QCOMPARE(empty.warnings, QStringList());
    QCOMPARE(users.rules().size(), 12);
}

// The X server attaches a client's private image; the client removes it at once, and it lives on while
// attached.
void TestLikelyUsers::x11ImageByXorg()
{
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 4096));
    AttachedPeer xorg;
    QVERIFY2(xorg.start(guard.id(), false, {QStringLiteral("name"), QStringLiteral("Xorg")}),
             qPrintable(xorg.errorText()));
    const int shmid = guard.id();
    guard.reset(); // IPC_RMID, as the client does
    SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    const SegmentInfo *s = findSegment(scan.value(), shmid);
    QVERIFY(s);
    QVERIFY(s->isDestroyed());
    QCOMPARE(s->likelyUser, QStringLiteral("X11 MIT-SHM image"));
    QCOMPARE(s->likelyUserEvidence, QStringLiteral("Key IPC_PRIVATE, attached by Xorg (pid %1)").arg(xorg.pid()));
    // In Chinese, from the rule's own "zh_CN"; the English again once asked for.
    ScanResult again = scan.value();
    LikelyUsers chinese;
    chinese.setLanguage(Translations::Language::SimplifiedChinese);
    chinese.label(again);
    const SegmentInfo *zh = findSegment(again, shmid);
    QCOMPARE(zh->likelyUser, QStringLiteral("X11 MIT-SHM 图像"));
    QCOMPARE(zh->likelyUserEvidence, QStringLiteral("键 IPC_PRIVATE，由 Xorg (pid %1) 附加").arg(xorg.pid()));
    chinese.setLanguage(Translations::Language::English);
    chinese.label(again);
    QCOMPARE(findSegment(again, shmid)->likelyUser, QStringLiteral("X11 MIT-SHM image"));
    xorg.stop();
}

void TestLikelyUsers::postgresWithLivePid()
{
    AttachedPeer postmaster;
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 64));
    QVERIFY2(postmaster.start(guard.id(), false), qPrintable(postmaster.errorText()));
    // The holder's own pid is the creator's: alive, named shmattach.
    QVERIFY(poke(guard.id(), 0, postgresHeader(qint32(postmaster.pid()))));
    SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    const SegmentInfo *s = findSegment(scan.value(), guard.id());
    QVERIFY(s);
    QCOMPARE(s->likelyUser, QStringLiteral("PostgreSQL main segment"));
    QCOMPARE(s->likelyUserEvidence,
             QStringLiteral("PostgreSQL's magic number at offset 0; creator pid %1 (shmattach) is alive")
                 .arg(postmaster.pid()));
    // Read once, through the holder; the next refresh reads nothing.
    SHM_VERIFY_OK(scanner.scan());
    QCOMPARE(scanner.likelyUsers().lastReads(), 0);
}

void TestLikelyUsers::postgresWithDeadPidIsNot()
{
    const qint64 dead = endedPid();
    QVERIFY(dead > 0);
    AttachedPeer holder;
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 64));
    QVERIFY2(holder.start(guard.id(), false), qPrintable(holder.errorText()));
    QVERIFY(poke(guard.id(), 0, postgresHeader(qint32(dead))));
    SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    const SegmentInfo *s = findSegment(scan.value(), guard.id());
    QVERIFY(s);
    QCOMPARE(s->likelyUser, QString());
    QCOMPARE(s->likelyUserEvidence, QString());
}

// The bytes are read through the holder: nobody attaches, so nattch, lpid and the times stay the kernel's.
void TestLikelyUsers::labellingLeavesTheSegmentAsItWas()
{
    AttachedPeer holder;
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 64));
    QVERIFY2(holder.start(guard.id(), false), qPrintable(holder.errorText()));
    QVERIFY(poke(guard.id(), 0, postgresHeader(qint32(holder.pid()))));
    const auto before = shmStat(guard.id());
    QVERIFY(before);
    // atime and dtime count seconds: a new attach within the same second would leave them alone, so the
    // scan waits for the next second (the kernel's clock, as the kernel writes them).
    QTRY_VERIFY(::time(nullptr) > before->shm_atime && ::time(nullptr) > before->shm_dtime);
    SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    QCOMPARE(findSegment(scan.value(), guard.id())->likelyUser, QStringLiteral("PostgreSQL main segment"));
    const auto after = shmStat(guard.id());
    QVERIFY(after);
    QCOMPARE(after->shm_nattch, before->shm_nattch);
    QCOMPARE(after->shm_lpid, before->shm_lpid);
    QCOMPARE(after->shm_atime, before->shm_atime);
    QCOMPARE(after->shm_dtime, before->shm_dtime);
}

void TestLikelyUsers::userRulesByKeyRangeAndBytes()
{
    const key_t key = uniqueKey(0x21);
    const QByteArray marker = "shmscope-test-" + QByteArray::number(getpid());
    writeUserRules(QStringLiteral(R"({"rules": [
        {"label": "Test by key", "evidence": "Key {key} in the test's range",
         "kind": "sysv", "key": {"min": "0x%1", "max": "0x%2"}},
        {"label": "Test by bytes", "evidence": "Our marker at offset 8, held by {process}",
         "bytes": [{"offset": 8, "hex": "%3"}]}
    ]})")
                       .arg(quint32(uniqueKey(0x20)), 0, 16)
                       .arg(quint32(uniqueKey(0x2f)), 0, 16)
                       .arg(QString::fromLatin1(marker.toHex()))
                       .toUtf8());
    SegmentGuard keyed;
    QVERIFY(keyed.create(key, 64));
    SegmentGuard outside;
    QVERIFY(outside.create(uniqueKey(0x30), 64));
    SegmentGuard marked;
    QVERIFY(marked.create(IPC_PRIVATE, 256));
    AttachedPeer holder;
    QVERIFY2(holder.start(marked.id(), false), qPrintable(holder.errorText()));
    QVERIFY(poke(marked.id(), 8, marker));

    SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    QCOMPARE(scan.value().warnings, QStringList());
    QCOMPARE(findSegment(scan.value(), keyed.id())->likelyUser, QStringLiteral("Test by key"));
    QCOMPARE(findSegment(scan.value(), keyed.id())->likelyUserEvidence,
             QStringLiteral("Key 0x%1 in the test's range").arg(quint32(key), 8, 16, QLatin1Char('0')));
    QCOMPARE(findSegment(scan.value(), outside.id())->likelyUser, QString());
    QCOMPARE(findSegment(scan.value(), marked.id())->likelyUser, QStringLiteral("Test by bytes"));
    QCOMPARE(findSegment(scan.value(), marked.id())->likelyUserEvidence,
             QStringLiteral("Our marker at offset 8, held by shmattach (pid %1)").arg(holder.pid()));
}

// Bytes change without any field the kernel shows: a label follows them within BytesKeptMs (5 s). The user's
// rule wants a marker; it is written only after the first scan found the segment unlabelled, and later scans
// (each a refresh of the window) come to label it without any other change to the segment.
void TestLikelyUsers::labelFollowsBytesThatChange()
{
    const QByteArray marker = "shmscope-late-" + QByteArray::number(getpid());
    writeUserRules(QStringLiteral(R"({"rules": [
        {"label": "Test late marker", "evidence": "Marker at offset 0", "bytes": [{"offset": 0, "hex": "%1"}]}
    ]})")
                       .arg(QString::fromLatin1(marker.toHex()))
                       .toUtf8());
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 64));
    AttachedPeer holder;
    QVERIFY2(holder.start(guard.id(), false), qPrintable(holder.errorText()));
    SegmentScanner scanner;
    const auto labelOf = [&] {
        const auto scan = scanner.scan();
        const SegmentInfo *s = scan.ok() ? findSegment(scan.value(), guard.id()) : nullptr;
        return s ? s->likelyUser : QStringLiteral("(not listed)");
    };
    QCOMPARE(labelOf(), QString());
    QVERIFY(poke(guard.id(), 0, marker));
    QTRY_COMPARE_WITH_TIMEOUT(labelOf(), QStringLiteral("Test late marker"), 20000);
}

// A POSIX object's bytes come from its file, without any holder.
void TestLikelyUsers::userRuleByPosixNameAndBytes()
{
    PosixNameGuard named("likely");
    PosixNameGuard other("likelyother");
    QVERIFY(named.create("\x7f" "ELFtest"));
    QVERIFY(other.create("\x7f" "ELFnope"));
    writeUserRules(QStringLiteral(R"({"rules": [
        {"label": "Test object", "evidence": "Named {name}, {size} bytes, owned by {owner}",
         "kind": "posix", "name": "/shmscope_test_%1_*", "bytes": [{"offset": 4, "hex": "74 65 73 74"}]}
    ]})")
                       .arg(getpid())
                       .toUtf8());
    SegmentScanner scanner;
    const auto scan = scanner.scan(SegmentScanner::Kinds::All);
    SHM_VERIFY_OK(scan);
    const PosixObject *o = findObject(scan.value(), QString::fromUtf8(named.name()));
    QVERIFY(o);
    QCOMPARE(o->likelyUser, QStringLiteral("Test object"));
    QCOMPARE(o->likelyUserEvidence,
             QStringLiteral("Named %1, 8 bytes, owned by %2").arg(QString::fromUtf8(named.name()), o->ownerName));
    const PosixObject *nope = findObject(scan.value(), QString::fromUtf8(other.name()));
    QVERIFY(nope);
    QCOMPARE(nope->likelyUser, QString());
}

void TestLikelyUsers::fileThatIsNotJsonWarnsOnceAndShippedRulesWork()
{
    writeUserRules("{\n  \"rules\": [\n    {\"label\": \"A\" \"evidence\": \"e\"}\n  ]\n}\n");
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 4096));
    AttachedPeer xorg;
    QVERIFY2(xorg.start(guard.id(), false, {QStringLiteral("name"), QStringLiteral("Xwayland")}),
             qPrintable(xorg.errorText()));
    SegmentScanner scanner;
    const auto first = scanner.scan();
    SHM_VERIFY_OK(first);
    QCOMPARE(first.value().warnings,
             QStringList{QStringLiteral("%1, line 3: not JSON (unterminated object); none of its rules are used.")
                             .arg(userRulesPath())});
    QCOMPARE(findSegment(first.value(), guard.id())->likelyUser, QStringLiteral("X11 MIT-SHM image"));
    const auto second = scanner.scan();
    SHM_VERIFY_OK(second);
    QCOMPARE(second.value().warnings, QStringList());
    QCOMPARE(findSegment(second.value(), guard.id())->likelyUser, QStringLiteral("X11 MIT-SHM image"));
}

void TestLikelyUsers::badRuleWarnsWithItsLineAndOthersWork()
{
    const key_t key = uniqueKey(0x41);
    writeUserRules(QStringLiteral("{\"rules\": [\n"
                                  "  {\"label\": \"Bad\", \"evidence\": \"e\",\n"
                                  "   \"bytes\": [{\"offset\": 0, \"hex\": \"0x4g\"}]},\n"
                                  "  {\"label\": \"Good\", \"evidence\": \"Key {key}\", \"key\": %1}\n"
                                  "]}\n")
                       .arg(key)
                       .toUtf8());
    SegmentGuard guard;
    QVERIFY(guard.create(key, 64));
    SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    QCOMPARE(scan.value().warnings.size(), 1);
    QVERIFY2(scan.value().warnings.at(0).startsWith(userRulesPath() + QStringLiteral(", line 2: \"hex\" \"0x4g\"")),
             qPrintable(scan.value().warnings.at(0)));
    QVERIFY2(scan.value().warnings.at(0).endsWith(QStringLiteral("; this rule is left out, the others are used.")),
             qPrintable(scan.value().warnings.at(0)));
    QCOMPARE(findSegment(scan.value(), guard.id())->likelyUser, QStringLiteral("Good"));
}

QTEST_GUILESS_MAIN(TestLikelyUsers)
#include "tst_likelyusers.moc"
