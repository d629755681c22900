#pragma once

#include "core/owners/likelyuserrule.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

struct ScanResult;
struct PosixScanResult;
struct SegmentInfo;
struct PosixObject;

// Which program most likely uses each segment and POSIX object, told by rules (docs/LIKELY-USERS.md): the
// user's, from $XDG_CONFIG_HOME/shmscope/likely-users.json, first, then those shipped inside the program
// (resources/owners/likely-users.json). The first rule whose conditions all hold gives the label and the
// sentence of evidence.
//
// Cost: the conditions on what a scan has already read (kind, key, size, owner, name, holders' names) are
// tried first; bytes are read only for what passed them, only the bytes a rule asks for, and kept for as long
// as the segment lives (the same namespace, shmid, creator and ctime; a POSIX object's device and inode), so a
// refresh reads nothing again. A segment's bytes are read through a process that has it attached
// (process_vm_readv): never by attaching it ourselves, which would change its nattch, lpid and atime. A
// segment nobody we can read has attached cannot have its bytes tested: a rule that asks for bytes does not
// match it. A POSIX object's bytes are read with pread() from its path (/dev/shm/NAME, or a holder's
// /proc/PID/fd/N).
//
// The rules are read on the first label(); its warnings (a file that is not JSON, a rule that cannot match)
// go into that scan's warnings, once.
class LikelyUsers
{
    Q_DECLARE_TR_FUNCTIONS(core::LikelyUsers)

public:
    // The rules inside the program.
    static inline const QString shippedRulesPath = QStringLiteral(":/owners/likely-users.json");
    // $XDG_CONFIG_HOME/shmscope/likely-users.json (~/.config/...): the same file for the window and the
    // command line.
    [[nodiscard]] static QString userRulesPath();

    LikelyUsers() = default;

    // Fills likelyUser and likelyUserEvidence of every segment and POSIX object of the scan.
    void label(ScanResult &result);
    void label(PosixScanResult &result);

    // The language of the labels and evidence: by default that of the installed translations
    // (Translations::language()); the command line's lists are always English.
    void setLanguage(std::optional<Translations::Language> language) { m_language = language; }

    // How many reads of bytes (process_vm_readv or pread) the last label() made: nothing but new segments and
    // objects should cost one. For tests and the benchmark.
    [[nodiscard]] int lastReads() const { return m_lastReads; }
    // The rules in the order they are tried, once read.
    [[nodiscard]] const QList<LikelyUserRule> &rules() const { return m_rules; }

private:
    struct Subject;
    struct Facts;
    struct Read
    {
        quint64 offset;
        quint64 length;
        std::optional<QByteArray> bytes; // nullopt: could not be read
        qint64 readAtMs; // steady clock: bytes older than BytesKeptMs are read again
    };
    struct Identity
    {
        quint64 a = 0, b = 0, c = 0, d = 0;
        friend bool operator==(const Identity &, const Identity &) = default;
        friend size_t qHash(const Identity &i, size_t seed = 0) { return qHashMulti(seed, i.a, i.b, i.c, i.d); }
    };
    // Everything an evidence sentence is written from: when a refresh finds the same, the sentence written
    // last time is kept instead of being written again.
    struct Rendering
    {
        const LikelyUserRule *rule = nullptr;
        bool chinese = false;
        qint64 holderPid = 0;
        QByteArray holderCommand;
        qint64 livePid = 0;
        QByteArray livePidCommand;
        quint32 key = 0;
        quint64 size = 0;
        QString owner;
        QString name;
        friend bool operator==(const Rendering &, const Rendering &) = default;
    };
    struct Cached
    {
        QList<Read> reads;
        quint64 generation = 0;
        Rendering rendering;
        QString label;
        QString evidence;
    };

    void load(QStringList *warnings);
    void labelAll(QList<SegmentInfo> *segments, QList<PosixObject> *objects, QStringList *warnings);
    [[nodiscard]] bool matches(const LikelyUserRule &rule, const Subject &subject, Facts *facts);
    [[nodiscard]] bool bytesMatch(const LikelyUserRule &rule, const Subject &subject, Facts *facts);
    [[nodiscard]] std::optional<QByteArray> bytesOf(const Subject &subject, quint64 offset, quint64 length);
    [[nodiscard]] std::optional<QByteArray> readBytes(const Subject &subject, quint64 offset, quint64 length);
    [[nodiscard]] std::optional<QByteArray> commandOf(qint64 pid);
    [[nodiscard]] bool chinese() const;
    void apply(const Subject &subject, QString *label, QString *evidence);
    [[nodiscard]] QString evidenceOf(const Rendering &facts) const;

    // How long read bytes are believed. A segment's bytes change without any field the kernel shows (the lesson's
    // st_pid is written again by each new writer), so a label follows them within this; a re-read is one small
    // read per labelled candidate, paid once in this many milliseconds rather than every refresh.
    static constexpr qint64 BytesKeptMs = 5000;

    QList<LikelyUserRule> m_rules;
    bool m_loaded = false;
    std::optional<Translations::Language> m_language;
    QHash<Identity, Cached> m_cache;
    quint64 m_generation = 0;
    QHash<qint64, std::optional<QByteArray>> m_commands; // /proc/PID/comm, asked once a label()
    int m_lastReads = 0;
};

} // namespace core
