// `shmscope --list` end to end: the real executable, run as a child process without a display, against
// real segments, held by real peer processes, checked against util-linux's ipcs.

#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace testutils;

namespace {

// The lines of one segment in an ipcs listing (default, -p or -c), keyed by the shmid in column shmidColumn;
// title, header and blank lines have no number there and drop out.
QHash<int, QByteArray> linesByShmid(const QByteArray &text, int shmidColumn)
{
    QHash<int, QByteArray> lines;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        bool isNumber = false;
        const int shmid = columns.value(shmidColumn).toInt(&isNumber);
        if (isNumber)
            lines.insert(shmid, line);
    }
    return lines;
}

QList<QByteArray> columnsOf(const QByteArray &line)
{
    return line.simplified().split(' ');
}

// `ipcs -m -i SHMID`: "uid=0\tgid=0\t..." lines, and times after "att_time=" etc. that hold spaces
// themselves.
QHash<QByteArray, QByteArray> ipcsSegmentDetails(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : text.split('\n')) {
        const bool isTime = line.contains("_time=");
        for (const QByteArray &pair : isTime ? QList<QByteArray>{line} : line.split('\t')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                values.insert(pair.left(eq), pair.mid(eq + 1).trimmed());
        }
    }
    return values;
}

// What ipcs -i prints for a time: ctime()'s text without its newline, or "Not set" for 0.
QByteArray ipcsTime(qint64 epochSeconds)
{
    if (epochSeconds == 0)
        return "Not set";
    const time_t t = time_t(epochSeconds);
    char buffer[32];
    return QByteArray(ctime_r(&t, buffer)).trimmed();
}

// The user or group name as ipcs prints it: the name, or the number when there is none.
QByteArray userName(uint uid)
{
    const passwd *pw = getpwuid(uid);
    return pw ? QByteArray(pw->pw_name) : QByteArray::number(uid);
}

QByteArray groupName(uint gid)
{
    const group *gr = getgrgid(gid);
    return gr ? QByteArray(gr->gr_name) : QByteArray::number(gid);
}

// A strict RFC 4180 reader: every record ends with CRLF, quoted fields may hold commas, quotes (doubled) and
// line breaks. Returns nullopt on anything else, so a sloppy writer fails the test.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    auto next = [&](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (next(i) == QLatin1Char('"'))
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            quoted = fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') && next(i) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            return std::nullopt; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record lacks its CRLF
    return records;
}

// The bytes behind a shown name: "\\", "\n", "\t", "\e" and "\xNN" undone (the man page's list).
QByteArray unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 == in.size()) {
            out += in.at(i);
            continue;
        }
        const char kind = in.at(++i);
        if (kind == 'x') {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += kind == 'n' ? '\n' : kind == 't' ? '\t' : kind == 'e' ? '\x1b' : kind;
        }
    }
    return out;
}

QString hexAddress(quint64 address)
{
    return QStringLiteral("0x") + QString::number(address, 16);
}

// A shell script run in a fresh IPC namespace (and the others of alsoUnshare, such as --mount), with $0 the
// shmscope executable, $1 a fresh folder (read back with file()) and $2 the shmattach peer; then a `wait`, so
// that no peer the script started outlives the run. A plain `unshare --ipc` needs root; the user-namespace
// form works for others where the kernel allows it. When neither works, skipReason says why (unshare's
// complaint) and nothing ran.
class NamespaceRun
{
public:
    explicit NamespaceRun(const QString &script, const QStringList &alsoUnshare = {})
    {
        if (!m_dir.isValid()) {
            run.err = "no temporary folder: " + m_dir.errorString().toLocal8Bit();
            return;
        }
        const QList<QStringList> unshareForms = {
            {QStringLiteral("--ipc")},
            {QStringLiteral("--ipc"), QStringLiteral("--user"), QStringLiteral("--map-root-user")},
        };
        QByteArray refusal;
        for (const QStringList &form : unshareForms) {
            const Run probe = testutils::run(QStringLiteral("unshare"),
                                             form + alsoUnshare + QStringList{QStringLiteral("true")});
            if (probe.exitStatus == QProcess::NormalExit && probe.exitCode == 0) {
                run = testutils::run(QStringLiteral("unshare"),
                                     form + alsoUnshare +
                                         QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                     script + QStringLiteral("\nwait\n"), shmscopePath,
                                                     m_dir.path(),
                                                     QStringLiteral(SHMSCOPE_BIN_DIR "/shmattach")});
                return;
            }
            refusal = probe.err.trimmed();
        }
        skipReason = QStringLiteral("cannot make private namespaces here (unshare: %1)")
                         .arg(QString::fromLocal8Bit(refusal));
    }

    // A file the script left in its folder; empty when there is none.
    [[nodiscard]] QByteArray file(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString skipReason;
    Run run;

private:
    QTemporaryDir m_dir;
};

// What the JSON says of one segment, or an empty object when it does not list it.
QJsonObject jsonSegment(const QJsonArray &segments, int shmid)
{
    for (const QJsonValue &value : segments) {
        if (value.toObject().value(QStringLiteral("shmid")).toInteger(-1) == shmid)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tableRowsMatchIpcs_data() { addSegmentRows(); }
    void tableRowsMatchIpcs();
    void tableMatchesIpcsInPrivateNamespace();
    void attachedIgnoresOtherIpcNamespaces();
    void devNullOverProcIsNotBelieved();
    void jsonMatchesIpcs_data() { addSegmentRows(); }
    void jsonMatchesIpcs();
    void jsonShowsAttachedPeers();
    void jsonCountsResidentPages();
    void listNamesEveryAttacher_data();
    void listNamesEveryAttacher();
    void csvAgreesWithJson();
    void oddCommandNames_data();
    void oddCommandNames();
    void unknownFormatFails();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void guiWithoutDisplayExplains();
    void windowIsItsOwnProgram();
    void missingWindowProgramIsSaid();
    void unknownOptionWithoutDisplay_data();
    void unknownOptionWithoutDisplay();
    void misplacedOptionsRefused_data();
    void misplacedOptionsRefused();
    void writeFailureIsTold_data();
    void writeFailureIsTold();
    void posixJsonAgreesWithStatAndHolder();
    void posixTableNamesEachObject();
    void typeAllHasBothLists();
    void posixNameNotUtf8IsListedWithoutLoss();
    void orphanInJson();
    void jsonNamesOurNamespace();
    void namespaceAllHeadsEachNamespace();
    void namespaceOfAProcessListsItsOwn();
    void namespaceOfAMissingProcessRefused();
    void namespaceAsNobodyNotesOursOnly();
    void likelyUserInJson();

private:
    void addSegmentRows();
    bool createSegment(SegmentGuard &guard, key_t key, size_t size, int mode, const char *what);
    [[nodiscard]] QJsonArray listJson();

    // Peers first: members die in reverse order, so each guard's IPC_RMID runs while the peer still holds the
    // segment. The other way round the dest segment (removed already) would vanish at its peer's detach, and
    // the guard's IPC_RMID could hit a newer segment that had reused its shmid.
    AttachedPeer m_keyedPeer;
    AttachedPeer m_destPeer;

    SegmentGuard m_keyed;     // key, one page written and detached by us, then a read-only peer
    SegmentGuard m_private;   // IPC_PRIVATE, odd size, never attached
    SegmentGuard m_dest;      // removed while a read-write peer holds it: key 0, "dest"
    SegmentGuard m_locked;    // SHM_LOCK, when the kernel lets us
    SegmentGuard m_nameless;  // owner uid without a user name: ipcs prints the number
    SegmentGuard m_longOwner; // owner name longer than ipcs's 10 columns, when this system has one
    key_t m_keyedKey = 0;
    long m_pageSize = 4096;
};

bool TestCli::createSegment(SegmentGuard &guard, key_t key, size_t size, int mode, const char *what)
{
    if (guard.create(key, size, mode))
        return true;
    qWarning("cannot create the %s segment: %s", what, std::strerror(errno));
    return false;
}

void TestCli::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ipcs")).isEmpty())
        QSKIP("ipcs (util-linux) is not installed: it is what --list is checked against.");
    QVERIFY2(QFile::exists(shmscopePath), "build the shmscope target first");
    m_pageSize = sysconf(_SC_PAGESIZE);

    m_keyedKey = uniqueKey(1);
    QVERIFY(createSegment(m_keyed, m_keyedKey, size_t(m_pageSize) * 3, 0640, "keyed"));
    // One byte written makes one page resident (rss), and the detach sets dtime, so neither is 0 below.
    void *mapped = shmat(m_keyed.id(), nullptr, 0);
    QVERIFY2(mapped != reinterpret_cast<void *>(-1), std::strerror(errno));
    *static_cast<char *>(mapped) = 1;
    QCOMPARE(shmdt(mapped), 0);
    QVERIFY(m_keyedPeer.start(m_keyed.id(), false));

    QVERIFY(createSegment(m_private, IPC_PRIVATE, 123457, 0600, "private"));

    QVERIFY(createSegment(m_dest, uniqueKey(2), 100, 0666, "dest"));
    QVERIFY(m_destPeer.start(m_dest.id(), true));
    QCOMPARE(shmctl(m_dest.id(), IPC_RMID, nullptr), 0);

    QVERIFY(createSegment(m_locked, uniqueKey(3), size_t(m_pageSize) * 2, 0644, "locked"));
    if (shmctl(m_locked.id(), SHM_LOCK, nullptr) != 0) {
        qInfo("SHM_LOCK refused (%s: needs CAP_IPC_LOCK or RLIMIT_MEMLOCK room); the locked status is not "
              "covered, the rest is.",
              std::strerror(errno));
        m_locked.reset();
    }

    // The creator may hand a segment to any uid (IPC_SET), no privilege needed.
    auto giveTo = [](SegmentGuard &guard, uid_t uid) {
        struct shmid_ds ds = {};
        if (shmctl(guard.id(), IPC_STAT, &ds) != 0)
            return false;
        ds.shm_perm.uid = uid;
        return shmctl(guard.id(), IPC_SET, &ds) == 0;
    };
    uid_t nameless = 54321;
    while (getpwuid(nameless))
        ++nameless;
    QVERIFY(createSegment(m_nameless, uniqueKey(4), 10, 0600, "nameless owner"));
    const bool givenNameless = giveTo(m_nameless, nameless);
    QVERIFY2(givenNameless, std::strerror(errno));

    const passwd *longName = nullptr;
    setpwent();
    while ((longName = getpwent()) && std::strlen(longName->pw_name) <= 10) {
    }
    const uid_t longUid = longName ? longName->pw_uid : 0;
    endpwent();
    if (!longName) {
        qInfo("No user name here is longer than 10 bytes; ipcs's cut of long owner names is not covered.");
    } else {
        QVERIFY(createSegment(m_longOwner, uniqueKey(5), 10, 0600, "long owner"));
        const bool givenLong = giveTo(m_longOwner, longUid);
        QVERIFY2(givenLong, std::strerror(errno));
    }
}

void TestCli::addSegmentRows()
{
    QTest::addColumn<int>("shmid");
    QTest::newRow("keyed, read-only peer") << m_keyed.id();
    QTest::newRow("private") << m_private.id();
    QTest::newRow("dest, read-write peer") << m_dest.id();
    if (m_locked.id() >= 0)
        QTest::newRow("locked") << m_locked.id();
    QTest::newRow("owner without a name") << m_nameless.id();
    if (m_longOwner.id() >= 0)
        QTest::newRow("owner name over 10 bytes") << m_longOwner.id();
}

QJsonArray TestCli::listJson()
{
    const Run list =
        run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
    if (list.exitStatus != QProcess::NormalExit || list.exitCode != 0) {
        qWarning("shmscope --list --format json failed: %s", list.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning("shmscope --list --format json printed no JSON array: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.array();
}

// The row of each of our segments, and the title and column header, are byte for byte those of ipcs -m
// (trailing spaces included). Other processes may add or drop segments between the two runs, so the rest of
// the listing is not compared here; the private-namespace test below compares it whole.
void TestCli::tableRowsMatchIpcs()
{
    QFETCH(int, shmid);
    const Run ours = run(shmscopePath, {QStringLiteral("--list")});
    const Run theirs = run(QStringLiteral("ipcs"), {QStringLiteral("-m")});
    QCOMPARE(ours.exitCode, 0);
    QCOMPARE(theirs.exitCode, 0);
    QCOMPARE(ours.err, QByteArray());

    QCOMPARE(ours.out.split('\n').mid(0, 3), theirs.out.split('\n').mid(0, 3));
    QVERIFY(ours.out.endsWith("\n\n"));
    QVERIFY(theirs.out.endsWith("\n\n"));

    const QByteArray ourRow = linesByShmid(ours.out, 1).value(shmid);
    QVERIFY2(!ourRow.isEmpty(), "shmscope --list does not list the segment");
    QCOMPARE(ourRow, linesByShmid(theirs.out, 1).value(shmid));
}

// In a fresh IPC namespace nothing else makes segments, so the whole output can be compared, empty and not:
// blank lines, order, everything.
void TestCli::tableMatchesIpcsInPrivateNamespace()
{
    // ipcmk makes segments with random keys. A shmattach peer holds one while ipcrm removes it, so that one
    // is "dest"; the FIFOs make the script wait for the peer's "attached" line, and closing fd 3 ends the
    // peer. The kernel hands out slots in a cycle (64 long here), and ipcs lists by slot: churning segments
    // until a shmid shows the wrap (over 63) gives the last segment a low slot but the highest shmid, which
    // ipcs lists first.
    const QString script = QStringLiteral(R"(set -e
list() { "$0" --list > "$1.ours"; ipcs -m > "$1.theirs"; }
churn() { id=$(ipcmk -M 1 | tr -cd 0-9); ipcrm -m "$id"; }
list "$1/empty"
for i in 1 2 3 4 5 6 7 8 9 10; do churn; done
ipcmk -M 4096 -p 0640 > /dev/null
ipcmk -M 123457 -p 0600 > /dev/null
id=$(ipcmk -M 100 -p 0666 | tr -cd 0-9)
mkfifo "$1/hold" "$1/said"
"$2" "$id" rw < "$1/hold" > "$1/said" &
exec 3> "$1/hold"
read -r attached < "$1/said"
ipcrm -m "$id"
n=0
while churn && [ "$id" -lt 64 ] && [ $((n += 1)) -lt 1000 ]; do :; done
ipcmk -M 2 -p 0644 > /dev/null
list "$1/full"
exec 3>&-
)");
    const NamespaceRun inside(script);
    if (!inside.skipReason.isEmpty())
        QSKIP(qPrintable(inside.skipReason));
    QVERIFY2(inside.run.exitCode == 0, inside.run.err.constData());
    for (const char *name : {"empty", "full"}) {
        const QByteArray ours = inside.file(QString::fromLatin1(name) + QStringLiteral(".ours"));
        QVERIFY2(!ours.isEmpty(), "shmscope --list printed nothing"); // ipcs prints a title even when empty
        QCOMPARE(ours, inside.file(QString::fromLatin1(name) + QStringLiteral(".theirs")));
    }
}

// A shmid names a segment only within its IPC namespace, and every namespace counts from 0, while /proc shows
// the processes of all of them: the attached list must hold only processes of the namespace listed. (Every
// ctest test runs in its own `unshare -i`, so the suite's peers collide with ours by shmid all the time.)
// Here a peer in a second fresh namespace holds that namespace's first segment, shmid 0, while ours, also
// shmid 0, is held by nobody; a peer of our own on our second segment makes the scan read every maps file.
void TestCli::attachedIgnoresOtherIpcNamespaces()
{
    // As above, the FIFOs make the script wait for each peer's "attached" line, and closing fds 3 and 4
    // ends the peers. Each background job execs down to shmattach, so $! is the peer's pid.
    const QString script = QStringLiteral(R"(set -e
mkfifo "$1/hold" "$1/said" "$1/ownhold" "$1/ownsaid"
unshare --ipc sh -c 'id=$(ipcmk -M 4096 | tr -cd 0-9); echo "$id" > "$1"; exec "$0" "$id" rw'     "$2" "$1/foreign.id" < "$1/hold" > "$1/said" &
exec 3> "$1/hold"
read -r attached < "$1/said"
ipcmk -M 4096 | tr -cd 0-9 > "$1/idle.id"
id=$(ipcmk -M 100 | tr -cd 0-9)
"$2" "$id" ro < "$1/ownhold" > "$1/ownsaid" &
echo "$!" > "$1/own.pid"
exec 4> "$1/ownhold"
read -r attached < "$1/ownsaid"
"$0" --list --format json > "$1/list.json"
exec 3>&- 4>&-
)");
    const NamespaceRun inside(script);
    if (!inside.skipReason.isEmpty())
        QSKIP(qPrintable(inside.skipReason));
    QVERIFY2(inside.run.exitCode == 0, inside.run.err.constData());
    const auto contents = [&inside](const char *name) { return inside.file(QLatin1String(name)).trimmed(); };
    bool numbers = false;
    const int idle = contents("idle.id").toInt(&numbers);
    QVERIFY(numbers);
    const int foreign = contents("foreign.id").toInt(&numbers);
    QVERIFY(numbers);
    const qint64 ownPeer = contents("own.pid").toLongLong(&numbers);
    QVERIFY(numbers);
    QVERIFY2(idle == foreign, "the two namespaces' first shmids differ: nothing to tell apart here");

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(contents("list.json"), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isArray(), qPrintable(error.errorString()));
    const QJsonArray segments = document.array();
    QCOMPARE(segments.size(), 2);
    for (const QJsonValue &value : segments) {
        const QJsonObject segment = value.toObject();
        const QJsonArray attached = segment.value(QStringLiteral("attached")).toArray();
        if (segment.value(QStringLiteral("shmid")).toInteger(-1) == idle) {
            QCOMPARE(segment.value(QStringLiteral("nattch")).toInteger(-1), qint64(0));
            QCOMPARE(attached, QJsonArray());
        } else {
            QCOMPARE(segment.value(QStringLiteral("nattch")).toInteger(-1), qint64(1));
            QCOMPARE(attached.size(), 1);
            QCOMPARE(attached.at(0).toObject().value(QStringLiteral("pid")).toInteger(), ownPeer);
            QCOMPARE(attached.at(0).toObject().value(QStringLiteral("command")).toString(),
                     QStringLiteral("shmattach"));
        }
    }
}

// /dev/null bound over /proc/sysvipc/shm (in a private mount namespace, so the host's /proc is untouched)
// reads as a table without a single segment. --list must still list the segment ipcmk made, by the shmid
// the kernel gave it, and say on stderr that /proc/sysvipc/shm was not believed.
void TestCli::devNullOverProcIsNotBelieved()
{
    if (geteuid() != 0)
        QSKIP("needs root to bind /dev/null over /proc/sysvipc/shm in a private mount namespace");
    const QString script = QStringLiteral(R"(set -e
mount --bind /dev/null /proc/sysvipc/shm
ipcmk -M 4096 -p 0640 | tr -cd 0-9 > "$1/id"
"$0" --list > "$1/out" 2> "$1/err"
)");
    const NamespaceRun inside(script, {QStringLiteral("--mount")});
    if (!inside.skipReason.isEmpty())
        QSKIP(qPrintable(inside.skipReason));
    QVERIFY2(inside.run.exitCode == 0, inside.run.err.constData());
    bool isNumber = false;
    const int shmid = inside.file(QStringLiteral("id")).toInt(&isNumber);
    QVERIFY2(isNumber, inside.file(QStringLiteral("id")).constData());

    const QByteArray out = inside.file(QStringLiteral("out"));
    QVERIFY2(linesByShmid(out, 1).contains(shmid), out.constData());
    const QByteArray err = inside.file(QStringLiteral("err"));
    QVERIFY2(err.startsWith("shmscope: warning: ") && err.contains("/proc/sysvipc/shm"), err.constData());
}

// Each JSON field against the ipcs view that shows it: the listing (key, owner, perms, bytes, nattch,
// status), -p (cpid, lpid), -c (the names of cuid, cgid, uid, gid), -i (the numbers, the mode bits and the
// times).
void TestCli::jsonMatchesIpcs()
{
    QFETCH(int, shmid);
    const QJsonObject segment = jsonSegment(listJson(), shmid);
    QVERIFY2(!segment.isEmpty(), "the JSON does not list the segment");
    auto text = [&](const char *key) { return segment.value(QLatin1String(key)).toString().toUtf8(); };
    auto number = [&](const char *key) { return segment.value(QLatin1String(key)).toInteger(-1); };
    auto numberText = [&](const char *key) { return QByteArray::number(number(key)); };

    const auto row =
        columnsOf(linesByShmid(run(QStringLiteral("ipcs"), {QStringLiteral("-m")}).out, 1).value(shmid));
    QVERIFY(row.size() >= 6);
    QCOMPARE(text("key"), row.at(0));
    QCOMPARE(number("shmid"), qint64(shmid));
    // ipcs cuts the owner's name at 10 bytes; the JSON keeps it whole.
    QCOMPARE(text("owner").left(10), row.at(2));
    QCOMPARE(text("perms"), row.at(3));
    QCOMPARE(numberText("bytes"), row.at(4));
    QCOMPARE(numberText("nattch"), row.at(5));
    QStringList status;
    for (const QJsonValue &word : segment.value(QStringLiteral("status")).toArray())
        status << word.toString();
    QCOMPARE(status.join(QLatin1Char(' ')).toUtf8(), row.mid(6).join(' '));

    const auto pids = columnsOf(
        linesByShmid(run(QStringLiteral("ipcs"), {QStringLiteral("-m"), QStringLiteral("-p")}).out, 0)
            .value(shmid));
    QCOMPARE(pids.size(), 4);
    QCOMPARE(numberText("cpid"), pids.at(2));
    QCOMPARE(numberText("lpid"), pids.at(3));

    const auto owners = columnsOf(
        linesByShmid(run(QStringLiteral("ipcs"), {QStringLiteral("-m"), QStringLiteral("-c")}).out, 0)
            .value(shmid));
    QCOMPARE(owners.size(), 6);
    QCOMPARE(text("perms"), owners.at(1));
    QCOMPARE(userName(uint(number("cuid"))), owners.at(2));
    QCOMPARE(groupName(uint(number("cgid"))), owners.at(3));
    QCOMPARE(text("owner"), owners.at(4)); // this view does not cut names
    QCOMPARE(groupName(uint(number("gid"))), owners.at(5));

    const Run details =
        run(QStringLiteral("ipcs"), {QStringLiteral("-m"), QStringLiteral("-i"), QString::number(shmid)});
    const auto ipcs = ipcsSegmentDetails(details.out);
    for (const char *key : {"uid", "gid", "cuid", "cgid", "bytes", "cpid", "lpid", "nattch"})
        QCOMPARE(numberText(key), ipcs.value(key));
    const uint mode = ipcs.value("mode").toUInt(nullptr, 8);
    QCOMPARE(status.contains(QStringLiteral("dest")), bool(mode & 01000));
    QCOMPARE(status.contains(QStringLiteral("locked")), bool(mode & 02000));
    QCOMPARE(ipcsTime(number("atime")), ipcs.value("att_time"));
    QCOMPARE(ipcsTime(number("dtime")), ipcs.value("det_time"));
    QCOMPARE(ipcsTime(number("ctime")), ipcs.value("change_time"));
}

// The attached list names the peer processes themselves: pid, command, the address shmat() gave them and
// whether they mapped it writable. ipcs has no such view; the peers' own words are the reference.
void TestCli::jsonShowsAttachedPeers()
{
    const QJsonArray segments = listJson();
    const struct
    {
        int shmid;
        const AttachedPeer &peer;
        bool writable;
    } expected[] = {{m_keyed.id(), m_keyedPeer, false}, {m_dest.id(), m_destPeer, true}};
    for (const auto &e : expected) {
        const QJsonObject segment = jsonSegment(segments, e.shmid);
        const QJsonArray attached = segment.value(QStringLiteral("attached")).toArray();
        QCOMPARE(attached.size(), 1);
        const QJsonObject peer = attached.at(0).toObject();
        QCOMPARE(peer.value(QStringLiteral("pid")).toInteger(), e.peer.pid());
        QCOMPARE(peer.value(QStringLiteral("command")).toString(), QStringLiteral("shmattach"));
        QCOMPARE(peer.value(QStringLiteral("address")).toString(), hexAddress(e.peer.address()));
        QCOMPARE(peer.value(QStringLiteral("writable")).toBool(), e.writable);
    }
    QCOMPARE(jsonSegment(segments, m_private.id()).value(QStringLiteral("attached")).toArray().size(), 0);
    QCOMPARE(jsonSegment(segments, m_keyed.id()).value(QStringLiteral("key")).toString(),
             QString::asprintf("0x%08x", uint(m_keyedKey)));
}

// --list reads first the processes the kernel names for a segment (lpid, cpid) and stops once they account
// for nattch; an attacher named by neither must still be found. The peers' own words (their pids, the pid
// of the child they forked) are the reference.
void TestCli::listNamesEveryAttacher_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("the creator") << QStringLiteral("creator");
    QTest::newRow("the creator and the last to attach") << QStringLiteral("creator and last");
    QTest::newRow("neither lpid nor cpid: an earlier attacher") << QStringLiteral("earlier");
    QTest::newRow("neither lpid nor cpid: a forked child whose parent detached") << QStringLiteral("forked");
}

void TestCli::listNamesEveryAttacher()
{
    QFETCH(QString, scenario);
    testutils::ChurnPeer first, second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    SegmentGuard guard;
    QList<qint64> expected;
    const auto attach = [&guard](testutils::ChurnPeer &peer) {
        return peer.ask("attach " + QByteArray::number(guard.id()) + " rw").startsWith("attached ");
    };
    if (scenario.startsWith(QLatin1String("creator"))) {
        const QList<QByteArray> created = first.ask("create 4096").split(' ');
        QCOMPARE(created.value(0), QByteArray("created"));
        guard.adopt(created.value(1).toInt());
        expected << first.pid();
        if (scenario == QLatin1String("creator and last")) {
            QVERIFY(attach(second));
            expected << second.pid();
        }
    } else {
        QVERIFY2(guard.create(IPC_PRIVATE, 4096, 0600), std::strerror(errno));
        QVERIFY(attach(first));
        if (scenario == QLatin1String("earlier")) {
            QVERIFY(attach(second)); // lpid: second; cpid: this test
            expected << first.pid() << second.pid();
        } else {
            const QList<QByteArray> forked = first.ask("fork").split(' ');
            QCOMPARE(forked.value(0), QByteArray("forked"));
            QCOMPARE(first.ask("detach " + QByteArray::number(guard.id())), QByteArray("detached 1"));
            expected << forked.value(1).toLongLong(); // lpid: first, the parent; cpid: this test
        }
    }
    const auto ds = testutils::shmStat(guard.id());
    QVERIFY(ds);
    QCOMPARE(quint64(ds->shm_nattch), quint64(expected.size()));

    const QJsonArray attached = jsonSegment(listJson(), guard.id()).value(QStringLiteral("attached")).toArray();
    QList<qint64> pids;
    for (const QJsonValue &peer : attached) {
        pids << peer.toObject().value(QStringLiteral("pid")).toInteger();
        QCOMPARE(peer.toObject().value(QStringLiteral("command")).toString(), QStringLiteral("shmchurn"));
    }
    std::sort(pids.begin(), pids.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(pids, expected);
}

// rss and swap come from /proc/sysvipc/shm, which ipcs does not show: the page we wrote is the only one the
// keyed segment has (resident, or swapped out if memory ran short), and the untouched private one has none.
void TestCli::jsonCountsResidentPages()
{
    const QJsonArray segments = listJson();
    auto pages = [&](int shmid) {
        const QJsonObject segment = jsonSegment(segments, shmid);
        return segment.value(QStringLiteral("rss")).toInteger(-1) +
               segment.value(QStringLiteral("swap")).toInteger(-1);
    };
    QCOMPARE(pages(m_keyed.id()), qint64(m_pageSize));
    QCOMPARE(pages(m_private.id()), qint64(0));
}

// The CSV says what the JSON says (checked against ipcs above), in the documented columns, as strict RFC
// 4180.
void TestCli::csvAgreesWithJson()
{
    const Run csv =
        run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.err, QByteArray());
    const auto records = parseCsv(QString::fromUtf8(csv.out));
    QVERIFY2(records, "not RFC 4180 with CRLF line ends");
    const QStringList header = records->value(0);
    QCOMPARE(header,
             QString(QStringLiteral("key,shmid,owner,perms,bytes,nattch,status,cpid,lpid,uid,gid,cuid,cgid,"
                                    "atime,dtime,ctime,rss,swap,ipc_namespace,orphan,attached"))
                 .split(QLatin1Char(',')));

    const QJsonArray segments = listJson();
    for (const int shmid : {m_keyed.id(), m_private.id(), m_dest.id(), m_locked.id(), m_nameless.id()}) {
        if (shmid < 0)
            continue;
        const auto record = std::find_if(records->cbegin() + 1, records->cend(), [&](const QStringList &r) {
            return r.value(1) == QString::number(shmid);
        });
        QVERIFY2(record != records->cend(), "the CSV does not list one of our segments");
        QCOMPARE(record->size(), header.size());
        const QJsonObject segment = jsonSegment(segments, shmid);
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QJsonValue value = segment.value(header.at(column));
            QString expected;
            if (value.isString()) {
                expected = value.toString();
            } else if (value.isDouble()) {
                expected = QString::number(value.toInteger());
            } else if (value.isBool()) {
                expected = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            } else if (header.at(column) == QLatin1String("status")) {
                expected = value.toVariant().toStringList().join(QLatin1Char(' '));
            } else {
                QStringList entries;
                for (const QJsonValue &peer : value.toArray()) {
                    const QJsonObject p = peer.toObject();
                    entries << QString::number(p.value(QStringLiteral("pid")).toInteger()) +
                                   QLatin1Char(':') + p.value(QStringLiteral("command")).toString() +
                                   QLatin1Char(':') + p.value(QStringLiteral("address")).toString() +
                                   (p.value(QStringLiteral("writable")).toBool() ? QStringLiteral(":rw")
                                                                                 : QStringLiteral(":ro"));
                }
                expected = entries.join(QLatin1Char(';'));
            }
            QVERIFY2(record->at(column) == expected, qPrintable(header.at(column)));
        }
    }
}

// A command name is the one field a user can fill with anything (prctl(PR_SET_NAME) takes any byte but NUL):
// the JSON keeps it exactly (its own escapes), and the CSV's attached list writes it escaped, ';' too, so
// that the record splits at every ';' and each command reads back to its bytes. The table has no command
// column.
void TestCli::oddCommandNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("csvCommand"); // as the attached list must write it
    QTest::newRow("newline") << QStringLiteral("new\nline") << QStringLiteral("new\\nline");
    QTest::newRow("ESC") << QStringLiteral("esc\x1b[1mbold") << QStringLiteral("esc\\e[1mbold");
    QTest::newRow("spaces") << QStringLiteral("  spaced  ") << QStringLiteral("  spaced  ");
    QTest::newRow("; , \"") << QStringLiteral("a;b,c\"d\\") << QStringLiteral("a\\x3bb,c\"d\\\\");
}

void TestCli::oddCommandNames()
{
    QFETCH(QString, name);
    QFETCH(QString, csvCommand);
    AttachedPeer peer; // declared before the segment, so the segment is removed first (see TestCli's members)
    SegmentGuard segment;
    QVERIFY(createSegment(segment, IPC_PRIVATE, 64, 0600, "odd peer's"));
    QVERIFY2(peer.start(segment.id(), false, {QStringLiteral("name"), name}), qPrintable(peer.errorText()));

    const Run csv =
        run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const auto records = parseCsv(QString::fromUtf8(csv.out));
    QVERIFY2(records, "not RFC 4180 with CRLF line ends");
    const auto record = std::find_if(records->cbegin(), records->cend(), [&](const QStringList &r) {
        return r.value(1) == QString::number(segment.id());
    });
    QVERIFY(record != records->cend());
    const QString attachedCell = record->value(records->first().indexOf(QStringLiteral("attached")));
    QCOMPARE(attachedCell, QString::number(peer.pid()) + QLatin1Char(':') + csvCommand + QLatin1Char(':') +
                                 hexAddress(peer.address()) + QStringLiteral(":ro"));
    // Read back as the man page says: split at ';', the command between the first and the second last ':'.
    const QStringList entries = attachedCell.split(QLatin1Char(';'));
    QCOMPARE(entries.size(), 1);
    const QString entry = entries.first();
    const qsizetype from = entry.indexOf(QLatin1Char(':')) + 1;
    const qsizetype to = entry.lastIndexOf(QLatin1Char(':'), entry.lastIndexOf(QLatin1Char(':')) - 1);
    QCOMPARE(unescape(entry.mid(from, to - from)), name.toUtf8());

    // QJsonDocument writes control characters as escapes itself: none reaches the output raw.
    const Run json =
        run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains('\x1b') && !json.out.contains("new\nline"));
    const QJsonArray attached =
        jsonSegment(listJson(), segment.id()).value(QStringLiteral("attached")).toArray();
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.at(0).toObject().value(QStringLiteral("command")).toString(), name);
}

void TestCli::unknownFormatFails()
{
    const Run bogus =
        run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("bogus")});
    QCOMPARE(bogus.exitStatus, QProcess::NormalExit);
    QCOMPARE(bogus.exitCode, 1);
    QCOMPARE(bogus.out, QByteArray());
    QCOMPARE(bogus.err.count('\n'), 1);
    QVERIFY(bogus.err.endsWith('\n'));
    QVERIFY2(bogus.err.contains("bogus"), bogus.err.constData());
}

void TestCli::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected"); // a piece of the output
    QTest::newRow("--help") << QStringLiteral("--help") << QByteArray("--format <format>");
    QTest::newRow("--version") << QStringLiteral("--version")
                               << QByteArray("shmscope " SHMSCOPE_VERSION "\n");
}

void TestCli::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    const Run result = run(shmscopePath, {option});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), result.out.constData());
    QCOMPARE(result.err, QByteArray());
}

// Without a display the window cannot open: one line says how to get one, instead of Qt's plugin abort.
void TestCli::guiWithoutDisplayExplains()
{
    const Run result = run(shmscopePath, {});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY(result.exitCode != 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("xvfb-run"), result.err.constData());
    QVERIFY2(result.err.contains("QT_QPA_PLATFORM=offscreen"), result.err.constData());
    QVERIFY2(!result.err.contains("qt.qpa") && !result.err.contains("platform plugin"),
             result.err.constData());
}

// With a display, shmscope becomes shmscope-window (exec: the same process, now running the other file), and
// the window, which stays up until closed, is what runs.
void TestCli::windowIsItsOwnProgram()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path()); // the window's settings stay in the test
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(shmscopePath, {});
    QVERIFY2(window.waitForStarted(10000), qPrintable(window.errorString()));
    const auto cleanup = qScopeGuard([&window] {
        window.kill();
        window.waitForFinished(10000);
    });
    const QString exe = QStringLiteral("/proc/%1/exe").arg(window.processId());
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(QFile::symLinkTarget(exe)).fileName(), QStringLiteral("shmscope-window"),
                              20000);
    QCOMPARE(window.state(), QProcess::Running);
    // Named as the user started it, in ps, top and the Attached column.
    const auto comm = [&window] {
        QFile file(QStringLiteral("/proc/%1/comm").arg(window.processId()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(comm(), QByteArray("shmscope\n"), 20000);
}

// A command line installed without its window says so, and its print-only options still work.
void TestCli::missingWindowProgramIsSaid()
{
    QTemporaryDir alone;
    QVERIFY(alone.isValid());
    const QString copy = alone.filePath(QStringLiteral("shmscope"));
    QVERIFY(QFile::copy(shmscopePath, copy));
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(copy, {});
    const Run result = finish(process, copy);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("shmscope: shmscope-window, the window, is missing beside %1 (and in "
                                        "../libexec/shmscope/): reinstall ShmScope. --list, --dump and --read "
                                        "work without it.\n")
                             .arg(alone.path())
                             .toUtf8());
    const Run list = run(copy, {QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith("\n------ Shared Memory Segments --------\n"), list.out.constData());
}

// The arguments are read before the display is looked for: an option we do not have is said to be one, in
// QCommandLineParser's words and with its exit code, 1, as when there is a display. Qt's own options
// (-platform) are the window's, and without a display the display is what is missing.
void TestCli::unknownOptionWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--bogus") << QStringList{QStringLiteral("--bogus")}
                             << QByteArray("shmscope: Unknown option 'bogus'.\n");
    QTest::newRow("--bogus=1 after --attach") << QStringList{QStringLiteral("--attach"), QStringLiteral("1"),
                                                             QStringLiteral("--bogus=1")}
                                              << QByteArray("shmscope: Unknown option 'bogus'.\n");
    QTest::newRow("--attach without its shmid") << QStringList{QStringLiteral("--attach")}
                                                << QByteArray("shmscope: Missing value after '--attach'.\n");
}

void TestCli::unknownOptionWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    SHM_COMPARE_REFUSED(run(shmscopePath, args), expected);

    const Run qtOption = run(shmscopePath, {QStringLiteral("-platform"), QStringLiteral("offscreen")});
    QCOMPARE(qtOption.exitCode, 2);
    QVERIFY2(qtOption.err.contains("no display found"), qtOption.err.constData());
}

// An option that --list does not take, or one given twice, is refused in one line instead of being ignored.
void TestCli::misplacedOptionsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    const QString list = QStringLiteral("--list");
    QTest::newRow("--offset") << QStringList{list, QStringLiteral("--offset"), QStringLiteral("5")}
                              << QByteArray("shmscope: --offset and --length go with --dump SHMID.\n");
    QTest::newRow("--list twice") << QStringList{list, list}
                                  << QByteArray("shmscope: --list is given more than once; give it once.\n");
    QTest::newRow("--format twice") << QStringList{list, QStringLiteral("--format"), QStringLiteral("csv"),
                                                   QStringLiteral("--format=json")}
                                    << QByteArray("shmscope: --format is given more than once; give it once.\n");
    QTest::newRow("--attach") << QStringList{list, QStringLiteral("--attach"), QStringLiteral("0")}
                              << QByteArray("shmscope: --attach is for the window; it does not go with --list.\n");
    QTest::newRow("--read-write") << QStringList{list, QStringLiteral("--read-write")}
                                  << QByteArray(
                                         "shmscope: --read-write is for the window; it does not go with --list.\n");
    QTest::newRow("--all-errors") << QStringList{list, QStringLiteral("--all-errors")}
                                  << QByteArray("shmscope: --all-errors goes with --read SHMID.\n");
    QTest::newRow("--format alone") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                                    << QByteArray("shmscope: --format goes with --list, --read SHMID or --dump "
                                                  "SHMID.\n");
    QTest::newRow("--type alone") << QStringList{QStringLiteral("--type"), QStringLiteral("posix")}
                                  << QByteArray("shmscope: --type goes with --list.\n");
    QTest::newRow("bad --type") << QStringList{list, QStringLiteral("--type"), QStringLiteral("bogus")}
                                << QByteArray("shmscope: unknown --type \"bogus\"; use sysv, sem, msg, posix or all.\n");
    QTest::newRow("--type posix as csv")
        << QStringList{list, QStringLiteral("--type=posix"), QStringLiteral("--format=csv")}
        << QByteArray("shmscope: --format csv lists System V segments only; use table or json with --type posix.\n");
    QTest::newRow("--namespace alone") << QStringList{QStringLiteral("--namespace"), QStringLiteral("all")}
                                       << QByteArray("shmscope: --namespace goes with --list, --dump SHMID or --read SHMID.\n");
    QTest::newRow("bad --namespace") << QStringList{list, QStringLiteral("--namespace"), QStringLiteral("+12")}
                                     << QByteArray("shmscope: unknown --namespace \"+12\"; use ours, all or a process "
                                                   "id.\n");
    QTest::newRow("--namespace all with --type posix")
        << QStringList{list, QStringLiteral("--type=posix"), QStringLiteral("--namespace=all")}
        << QByteArray("shmscope: --namespace goes with --type sysv, sem, msg or all: POSIX objects live in /dev/shm, "
                      "a file system, not in an IPC namespace.\n");
    QTest::newRow("an argument") << QStringList{list, QStringLiteral("extra")}
                                 << QByteArray("shmscope: unexpected argument \"extra\".\n");
}

void TestCli::misplacedOptionsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    SHM_COMPARE_REFUSED(run(shmscopePath, args), expected);
}

// Output that cannot be written is a failure, told in one line: not exit code 0 (a full disk), nor a death by
// SIGPIPE without a word (a reader gone).
void TestCli::writeFailureIsTold_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<BrokenOutput>("output");
    for (const char *format : {"table", "json", "csv"}) {
        QTest::addRow("%s into /dev/full", format) << QString::fromLatin1(format) << BrokenOutput::FullDevice;
        QTest::addRow("%s into a closed pipe", format) << QString::fromLatin1(format) << BrokenOutput::ClosedPipe;
    }
}

void TestCli::writeFailureIsTold()
{
    QFETCH(QString, format);
    QFETCH(BrokenOutput, output);
    const Run result = runIntoBrokenOutput(
        shmscopePath, {QStringLiteral("--list"), QStringLiteral("--format"), format}, output);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, brokenOutputMessage(output));
}

namespace {

// `shmscope ARGS` printed as JSON: its document, or a null one after a warning saying why.
QJsonDocument runJson(const QStringList &args)
{
    const Run list = run(shmscopePath, args);
    if (list.exitStatus != QProcess::NormalExit || list.exitCode != 0) {
        qWarning("shmscope %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), list.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("shmscope %s printed no JSON: %s", qPrintable(args.join(QLatin1Char(' '))),
                 qPrintable(error.errorString()));
    return document;
}

QJsonObject objectOfInode(const QJsonArray &objects, quint64 inode, const QString &name)
{
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        if (quint64(object.value(QStringLiteral("inode")).toInteger()) == inode
            && object.value(QStringLiteral("name")).toString() == name)
            return object;
    }
    return {};
}

} // namespace

// Each object of a holder, as --list --type posix --format json prints it, against stat(2) and what the holder
// says it holds.
void TestCli::posixJsonAgreesWithStatAndHolder()
{
    const QString named = uniquePosixName(QStringLiteral("cli-named"));
    const QString empty = uniquePosixName(QStringLiteral("cli-empty"));
    const QString unlinked = uniquePosixName(QStringLiteral("cli-unlinked"));
    const QString memfd = QStringLiteral("shmscope-%1-cli-memfd").arg(getpid());
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:5000:644:rw").arg(named), QStringLiteral("shm:%1:0:600:fd").arg(empty),
                         QStringLiteral("shm:%1:4096:600:unlink").arg(unlinked),
                         QStringLiteral("memfd:%1:8192:fd").arg(memfd)}),
             qPrintable(peer.errorText()));
    const QJsonDocument document =
        runJson({QStringLiteral("--list"), QStringLiteral("--type"), QStringLiteral("posix"), QStringLiteral("--format"),
                 QStringLiteral("json")});
    QVERIFY(document.isArray());
    const QStringList keys{QStringLiteral("bytes"), QStringLiteral("gid"),  QStringLiteral("holders"),
                           QStringLiteral("inode"), QStringLiteral("kind"), QStringLiteral("likely_user"),
                           QStringLiteral("mtime"), QStringLiteral("name"),  QStringLiteral("orphan"),
                           QStringLiteral("owner"), QStringLiteral("path"),  QStringLiteral("perms"),
                           QStringLiteral("uid")};
    const QStringList holderKeys{QStringLiteral("address"), QStringLiteral("command"), QStringLiteral("fd"),
                                 QStringLiteral("pid"), QStringLiteral("writable")};
    const QStringList names{named, empty, unlinked, QStringLiteral("memfd:") + memfd};
    const QStringList kinds{QStringLiteral("posix"), QStringLiteral("posix"), QStringLiteral("posix-deleted"),
                            QStringLiteral("memfd")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const PosixHolderPeer::Held &held = peer.held().at(i);
        const QJsonObject object = objectOfInode(document.array(), held.inode, names.at(i));
        QVERIFY2(!object.isEmpty(), qPrintable(names.at(i)));
        QCOMPARE(object.keys(), keys);
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), kinds.at(i));
        QCOMPARE(quint64(object.value(QStringLiteral("bytes")).toInteger()), held.size);
        const bool hasPath = i < 2;
        if (hasPath) {
            struct stat st = {};
            const QString path = QStringLiteral("/dev/shm") + names.at(i);
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
            QCOMPARE(object.value(QStringLiteral("path")).toString(), path);
            QCOMPARE(quint64(object.value(QStringLiteral("inode")).toInteger()), quint64(st.st_ino));
            QCOMPARE(quint64(object.value(QStringLiteral("bytes")).toInteger()), quint64(st.st_size));
            QCOMPARE(object.value(QStringLiteral("uid")).toInteger(), qint64(st.st_uid));
            QCOMPARE(object.value(QStringLiteral("gid")).toInteger(), qint64(st.st_gid));
            QCOMPARE(object.value(QStringLiteral("mtime")).toInteger(), qint64(st.st_mtim.tv_sec));
            QCOMPARE(object.value(QStringLiteral("perms")).toString(),
                     QString::number(st.st_mode & 0777, 8));
            QCOMPARE(object.value(QStringLiteral("owner")).toString(),
                     QString::fromLocal8Bit(getpwuid(st.st_uid)->pw_name));
        } else {
            QVERIFY(object.value(QStringLiteral("path")).isNull());
        }
        const QJsonArray holders = object.value(QStringLiteral("holders")).toArray();
        QCOMPARE(holders.size(), 1);
        const QJsonObject holder = holders.at(0).toObject();
        QCOMPARE(holder.keys(), holderKeys);
        QCOMPARE(holder.value(QStringLiteral("pid")).toInteger(), peer.pid());
        QCOMPARE(holder.value(QStringLiteral("command")).toString(), QStringLiteral("posixholder"));
        if (held.address)
            QCOMPARE(holder.value(QStringLiteral("address")).toString(),
                     QStringLiteral("0x") + QString::number(*held.address, 16));
        else
            QVERIFY(holder.value(QStringLiteral("address")).isNull());
        if (held.fd)
            QCOMPARE(holder.value(QStringLiteral("fd")).toInteger(), qint64(*held.fd));
        else
            QVERIFY(holder.value(QStringLiteral("fd")).isNull());
        QCOMPARE(holder.value(QStringLiteral("writable")).toBool(), true);
    }
}

void TestCli::posixTableNamesEachObject()
{
    const QString named = uniquePosixName(QStringLiteral("cli-table"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:640:rw").arg(named)}), qPrintable(peer.errorText()));
    const Run list = run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--type"), QStringLiteral("posix")});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.split('\n');
    QCOMPARE(lines.value(1), QByteArray("------ POSIX Shared Memory Objects --------"));
    QVERIFY2(lines.value(2).simplified() == "name kind bytes owner perms holders path", lines.value(2).constData());
    const auto row = std::find_if(lines.cbegin(), lines.cend(),
                                  [&](const QByteArray &line) { return line.startsWith(QByteArray(named.toUtf8() + ' ')); });
    QVERIFY(row != lines.cend());
    QCOMPARE(row->simplified(), QStringLiteral("%1 posix 4096 %2 640 1 (%3) /dev/shm%1")
                                    .arg(named, QString::fromLocal8Bit(getpwuid(geteuid())->pw_name))
                                    .arg(peer.pid())
                                    .toUtf8());
}

// --type all --format json: one object with every list (the sets and queues too), each as its own --type
// prints it.
void TestCli::typeAllHasBothLists()
{
    const QString named = uniquePosixName(QStringLiteral("cli-all"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:600:none").arg(named)}), qPrintable(peer.errorText()));
    const QJsonDocument all = runJson(
        {QStringLiteral("--list"), QStringLiteral("--type"), QStringLiteral("all"), QStringLiteral("--format=json")});
    QVERIFY(all.isObject());
    QCOMPARE(all.object().keys(), (QStringList{QStringLiteral("msg"), QStringLiteral("posix"), QStringLiteral("sem"),
                                               QStringLiteral("sysv")}));
    QCOMPARE(all.object().value(QStringLiteral("sysv")).toArray(), listJson());
    QVERIFY(!listJson().isEmpty());
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(QStringLiteral("/dev/shm") + named).constData(), &st), 0);
    QVERIFY(!objectOfInode(all.object().value(QStringLiteral("posix")).toArray(), st.st_ino, named).isEmpty());
}

// A file of /dev/shm named with a 0xff byte (not UTF-8): the table and the JSON write that byte as the text
// "\xff", the name's backslash as "\\", so the name can be read back; the JSON stays valid UTF-8.
void TestCli::posixNameNotUtf8IsListedWithoutLoss()
{
    const QByteArray base = "shmscope-" + QByteArray::number(getpid()) + "-cli-bad\xff\\";
    const QByteArray path = "/dev/shm/" + base;
    const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    QVERIFY2(fd >= 0, strerror(errno));
    const auto removeFile = qScopeGuard([&] { ::unlink(path.constData()); });
    ::close(fd);
    struct stat st = {};
    QCOMPARE(::stat(path.constData(), &st), 0);
    const QByteArray shown = "shmscope-" + QByteArray::number(getpid()) + "-cli-bad\\xff\\\\";

    const Run list =
        run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--type"), QStringLiteral("posix")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QByteArray("\n/" + shown + ' ')), list.out.constData());
    QVERIFY(list.out.contains(QByteArray(" /dev/shm/" + shown + '\n')));

    const Run json = run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--type"),
                                        QStringLiteral("posix"), QStringLiteral("--format=json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(QUtf8StringView(json.out).isValidUtf8());
    const QJsonDocument document = QJsonDocument::fromJson(json.out);
    const QJsonObject object =
        objectOfInode(document.array(), st.st_ino, QString::fromUtf8(QByteArray('/' + shown)));
    QVERIFY2(!object.isEmpty(), json.out.constData());
    QCOMPARE(object.value(QStringLiteral("path")).toString(),
             QString::fromUtf8(QByteArray("/dev/shm/" + shown)));
}

// "orphan": a segment whose creator (shmorphan) exited and nobody attached, not one whose creator (this test)
// lives; a POSIX object nobody holds, not one a posixholder maps.
void TestCli::orphanInJson()
{
    testutils::OrphanSegment orphan;
    QVERIFY2(orphan.make(4096), qPrintable(orphan.errorText()));
    SegmentGuard alive;
    QVERIFY(alive.create(IPC_PRIVATE, 4096));
    const QJsonArray segments = listJson();
    QCOMPARE(jsonSegment(segments, orphan.id()).value(QStringLiteral("orphan")), QJsonValue(true));
    QCOMPARE(jsonSegment(segments, alive.id()).value(QStringLiteral("orphan")), QJsonValue(false));

    PosixNameGuard left("cli-orphan");
    QVERIFY(left.create("left behind"));
    const QString held = uniquePosixName(QStringLiteral("cli-held"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:600:rw").arg(held)}), qPrintable(peer.errorText()));
    const Run list = run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--type"), QStringLiteral("posix"),
                                        QStringLiteral("--format=json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray objects = QJsonDocument::fromJson(list.out).array();
    const auto orphanOf = [&](const QString &name) {
        for (const QJsonValue &value : objects) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject().value(QStringLiteral("orphan"));
        }
        return QJsonValue(QJsonValue::Undefined);
    };
    QCOMPARE(orphanOf(held), QJsonValue(false));
    // Where some processes may not be read (the warning says so), nothing is called an orphan.
    const bool sawEveryone = !list.err.contains("may not be read");
    QCOMPARE(orphanOf(QString::fromUtf8(left.name())), QJsonValue(sawEveryone));
}

namespace {

// The inode of our IPC namespace, by stat(2): what shmscope, our child, is in too.
quint64 ourNamespace()
{
    return ForeignNamespace::inodeOf(QStringLiteral("/proc/self/ns/ipc"));
}

// A namespace of its own (unshare -i) with one segment made inside by shmget and a shmattach holding it.
struct ForeignSegment
{
    ForeignNamespace ns;
    NamespaceHolder holder;
    int shmid = -1;

    QString start()
    {
        if (!ns.start())
            return ns.errorText();
        const Run made = run(QStringLiteral("nsenter"), {QStringLiteral("--ipc=/proc/%1/ns/ipc").arg(ns.pid()),
                                                         QStringLiteral("ipcmk"), QStringLiteral("-M"),
                                                         QStringLiteral("4096"), QStringLiteral("-p"),
                                                         QStringLiteral("0600")});
        bool isNumber = false;
        shmid = QString::fromUtf8(made.out).remove(QRegularExpression(QStringLiteral("[^0-9]"))).toInt(&isNumber);
        if (made.exitCode != 0 || !isNumber)
            return QStringLiteral("ipcmk in the namespace: ") + QString::fromUtf8(made.err);
        return holder.start(ns.pid(), shmid) ? QString() : holder.errorText();
    }
};

} // namespace

// Every System V row says its namespace, by the inode stat(2) gives for our own link.
void TestCli::jsonNamesOurNamespace()
{
    const QJsonArray segments = listJson();
    QVERIFY(!segments.isEmpty()); // initTestCase made some
    for (const QJsonValue &segment : segments)
        QCOMPARE(segment.toObject().value(QStringLiteral("ipc_namespace")).toInteger(-1), qint64(ourNamespace()));
}

// --namespace all: ours under its line first, then the foreign one with its segment and its two processes
// (the sleeper and the holder).
void TestCli::namespaceAllHeadsEachNamespace()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignSegment foreign;
    const QString why = foreign.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const Run listed = run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--namespace"), QStringLiteral("all")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    QVERIFY2(listed.out.startsWith(QStringLiteral("IPC namespace ipc:[%1] (ours, ").arg(ourNamespace()).toUtf8()),
             listed.out.constData());
    const QByteArray theirs = QStringLiteral("IPC namespace ipc:[%1] (2 processes)\n"
                                             "\n"
                                             "------ Shared Memory Segments --------\n"
                                             "key        shmid      owner      perms      bytes      nattch     "
                                             "status      \n")
                                  .arg(foreign.ns.inode())
                                  .toUtf8();
    const qsizetype at = listed.out.indexOf(theirs);
    QVERIFY2(at > 0, listed.out.constData());
    const QByteArray row = listed.out.mid(at + theirs.size()).split('\n').value(0);
    QCOMPARE(columnsOf(row).mid(1), (QList<QByteArray>{QByteArray::number(foreign.shmid), "root", "600", "4096", "1"}));

    // The JSON lists it once, in its namespace, held by its own holder.
    const Run json = run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--namespace=all"),
                                        QStringLiteral("--format=json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray segments = QJsonDocument::fromJson(json.out).array();
    int found = 0;
    for (const QJsonValue &value : segments) {
        const QJsonObject segment = value.toObject();
        const QJsonArray attached = segment.value(QStringLiteral("attached")).toArray();
        if (segment.value(QStringLiteral("ipc_namespace")).toInteger() == qint64(foreign.ns.inode())) {
            ++found;
            QCOMPARE(attached.size(), 1);
            QCOMPARE(attached.at(0).toObject().value(QStringLiteral("pid")).toInteger(), foreign.holder.pid());
        } else {
            for (const QJsonValue &holder : attached)
                QVERIFY(holder.toObject().value(QStringLiteral("pid")).toInteger() != foreign.holder.pid());
        }
    }
    QCOMPARE(found, 1);
}

void TestCli::namespaceOfAProcessListsItsOwn()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignSegment foreign;
    const QString why = foreign.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const Run json = run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--namespace"),
                                        QString::number(foreign.ns.pid()), QStringLiteral("--format=json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.err, QByteArray());
    const QJsonArray segments = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.at(0).toObject().value(QStringLiteral("shmid")).toInteger(), qint64(foreign.shmid));
    QCOMPARE(segments.at(0).toObject().value(QStringLiteral("ipc_namespace")).toInteger(), qint64(foreign.ns.inode()));
}

void TestCli::namespaceOfAMissingProcessRefused()
{
    // pid_max is at most 4194304 (PID_MAX_LIMIT): this id is never a process.
    SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--namespace"),
                                           QStringLiteral("4194305")}),
                        "shmscope: No process has this id now, so its IPC namespace cannot be reached through "
                        "/proc/4194305/ns/ipc. [open(\"/proc/4194305/ns/ipc\", O_RDONLY) = -1 ENOENT (No such file "
                        "or directory)]\n");
}

// As nobody, without CAP_SYS_ADMIN: ours alone, under its line, and the note once on stderr.
void TestCli::namespaceAsNobodyNotesOursOnly()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (const QString why = Unprivileged::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignSegment foreign;
    const QString why = foreign.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    Unprivileged nobody;
    QVERIFY(nobody.prepare(shmscopePath));
    const Run listed = nobody.run({QStringLiteral("--list"), QStringLiteral("--namespace"), QStringLiteral("all")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray("shmscope: note: Other IPC namespaces (containers) can be read only with "
                                    "CAP_SYS_ADMIN (as root): only our own namespace is listed.\n"));
    QVERIFY2(listed.out.startsWith(QStringLiteral("IPC namespace ipc:[%1] (ours, ").arg(ourNamespace()).toUtf8()),
             listed.out.constData());
    QCOMPARE(listed.out.count("IPC namespace "), 1);
}

// The user's rules (a temporary XDG_CONFIG_HOME) label our keyed segment and our POSIX object in the JSON of
// both kinds; the rest of our segments say null.
void TestCli::likelyUserInJson()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(QDir().mkpath(config.path() + QStringLiteral("/shmscope")));
    const PosixNameGuard object("cli-likely");
    QVERIFY(object.create("abc"));
    QVERIFY(writeFile(config.path() + QStringLiteral("/shmscope/likely-users.json"),
                      QStringLiteral(R"({"rules": [
                          {"label": "CLI test segment", "evidence": "key {key}", "key": %1},
                          {"label": "CLI test object", "evidence": "{name}", "name": "%2"}
                      ]})")
                          .arg(m_keyedKey)
                          .arg(QString::fromUtf8(object.name()))
                          .toUtf8()));
    QProcess process;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    process.setProcessEnvironment(env);
    process.start(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--type"), QStringLiteral("all"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    const Run list = finish(process, shmscopePath);
    QCOMPARE(list.exitCode, 0);
    // (Processes of the machine we may not read are warned about; the rule file is not.)
    QVERIFY2(!list.err.contains("likely-users.json"), list.err.constData());
    const QJsonObject all = QJsonDocument::fromJson(list.out).object();
    const QJsonArray segments = all.value(QStringLiteral("sysv")).toArray();
    QCOMPARE(jsonSegment(segments, m_keyed.id()).value(QStringLiteral("likely_user")),
             QJsonValue(QStringLiteral("CLI test segment")));
    const QJsonValue none = jsonSegment(segments, m_private.id()).value(QStringLiteral("likely_user"));
    QVERIFY2(none.isNull(), "a segment no rule matches says null");
    QJsonValue objectLabel;
    for (const QJsonValue &value : all.value(QStringLiteral("posix")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == QString::fromUtf8(object.name()))
            objectLabel = value.toObject().value(QStringLiteral("likely_user"));
    }
    QCOMPARE(objectLabel, QJsonValue(QStringLiteral("CLI test object")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
