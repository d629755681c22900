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
class RaceRecord
{
public:
    // "PID:NAME:PID", or empty when it would not fit names[] (50 bytes of text).
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
    [[nodiscard]] static Reading read(QByteArrayView record);
};

} // namespace core
