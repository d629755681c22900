#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

namespace core {

// The race demo's record: how a reader tells, without guessing, a whole st_pid from a torn one.
// `shmdemo write NAME --slow` (and the window's Race) writes names[] tagged with its pid at both ends,
// "PID:NAME:PID" (e.g. "4242:Alice:4242"), after writing pid. A writer writes from the first byte to the
// last, so a record torn by two writers holds the later writer's first bytes and the earlier one's last:
// its two tags, or a tag and the pid field, disagree. A record whose bytes equal one writer's whole write
// always agrees, so a whole record is never called torn.
//
// The rule, exactly (text = names[] up to its first NUL; the leading tag = the digits before the text's first
// ':'; the trailing tag = the digits after its last ':', when that is another ':'):
// - Untagged: fewer than 56 bytes, or the text does not start with digits and ':'.
// - Torn: the leading tag is not the pid field, or the trailing tag is a number that no write of the pid
//   field's writer over its own earlier write can leave there. Such an overlay leaves the pid's digits
//   cut once and joined to a tail of them (pid 1234: "12" + "34", "1" + "234", "123" + "", "12" + "1234"...),
//   so only a trailing tag that is not a prefix of the pid joined to a suffix of it is proof of a second
//   writer. Two pids of as many digits are always told apart; a shorter pid made of a longer one's digits,
//   cut and joined, is not (and is then not called torn: the rule never cries torn without proof).
// - Whole: both tags are the pid field.
// - Otherwise Untagged: a tagged name still being written over its own writer's earlier name, or a tear that
//   left no foreign tag behind (its end written over by the later writer's longer name): nothing can be told.
// Names holding ':' are not tagged (taggedName refuses them): a ':' of the name would pass for a tag's.
// The rule reads the record as one moment: a reader copying it while a writer writes should copy the last
// byte first and the first byte last (as `shmdemo read --watch` does), so that a copy never holds a later
// byte of a write without its earlier ones. The slow writers of the demo take 2 ms a byte, so a forward
// memcpy of 56 bytes meets a write in progress too rarely to matter for a display.
class RaceRecord
{
public:
    // "PID:NAME:PID", or empty when it would not fit names[] (50 bytes of text), when NAME is empty or holds
    // ':' or a NUL, or when pid is not positive.
    [[nodiscard]] static QByteArray taggedName(qint64 pid, QByteArrayView name);

    enum class Verdict {
        Whole,    // tagged, and the pid field and both tags agree
        Torn,     // tagged, and they disagree: bytes of two (or more) writes
        Untagged, // not a race record (the lesson's plain names): nothing can be told
    };
    struct Reading
    {
        Verdict verdict = Verdict::Untagged;
        qint64 pid = 0;  // the pid field
        QByteArray name; // the NAME between the tags when whole; names[] as it is otherwise
        QList<qint64>
            pids; // when torn: the distinct pids the record holds (pid field, then the tags), in order

        friend bool operator==(const Reading &, const Reading &) = default;
    };
    // Reads the lesson's 56 bytes (int pid, char names[51]): fewer bytes are Untagged.
    // In `pids`, a tag that is neither the pid field nor the other tag but is made of their digits, the first
    // of one and the last of another, or that is larger than any pid (4194304, PID_MAX_LIMIT), is left out
    // (while two pids remain): it is a writer's tag half written over another's (5678 over 1234 leaves
    // "5634": nobody's pid), or two tags run together ("5678:Bo:56781234"). With fewer than two pids left,
    // every one the record holds is named, as it is. A tag half written over a writer's that
    // the record holds nowhere else cannot be told from a pid, and is named as it is ("5678:Bobby:5234").
    [[nodiscard]] static Reading read(QByteArrayView record);
};

} // namespace core
