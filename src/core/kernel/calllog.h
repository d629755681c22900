#pragma once

#include "core/kernel/shm.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace core {

// One line of the call log: a kernel call the program made, as C, with what it returned; or a change in a
// segment's life that the refresh noticed between two reads (created, removed, destroyed, ...).
struct CallRecord
{
    enum class Kind {
        Call,  // a call we made: shmget, shmat, shmdt, shmctl, or a memcpy into a segment
        Event, // something another process (or the kernel) did, seen between two refreshes
    };

    Kind kind = Kind::Call;
    QDateTime time;
    QString text;   // Call: "shmat(32768, NULL, SHM_RDONLY)"; Event: a sentence
    QString result; // Call: "0x7f3a5c000000", "0", "-1"; empty for events and for a memcpy
    int errnum = 0; // Call: errno when it failed
    QString shell;  // the shell command that does or shows the same, when there is one: "ipcrm -m 32768"
    QString code;   // a memcpy's bytes as the C a student writes for them, when known: "stpid->pid = 4242;"

    // "shmctl(32768, IPC_RMID, NULL) = -1 EPERM (Operation not permitted)"; a memcpy, which returns only its
    // first argument, without a result; with its code first: "stpid->pid = 4242;  // memcpy(...)"; an
    // event's sentence as it is.
    [[nodiscard]] QString statement() const;
    // "12:01:02.345  statement    # ipcrm -m 32768": what Copy and Save write, one line a record.
    [[nodiscard]] QString line() const;
};

// Where the calls that change or map segments are told as they happen. core::Shm records each call the user
// makes (Attachment's memcpy too); the GUI's call log pane listens. Each record is made whether anyone listens
// or not (a time and a line of text): the calls it tells of cost far more.
// The refresh's own reads (/proc, IPC_STAT on each tick: Shm::Log::Quiet) are deliberately not recorded: one
// a second would drown what the user did.
class CallLog : public QObject
{
    Q_OBJECT

public:
    // The one log of this process. Records made on another thread reach a receiver on the GUI thread
    // queued (Qt::AutoConnection goes by the receiver's thread).
    [[nodiscard]] static CallLog &instance();

    // A successful call and what it returned.
    static void succeeded(const QString &call, const QString &result, const QString &shell = {});
    // A memcpy into a segment, with the C statement its bytes stand for when the caller knows one.
    static void copied(const QString &call, const QString &code = {});
    // A call the kernel refused; nothing is recorded for errors we caught before any call (errnum 0).
    static void failed(const Error &error, const QString &shell = {});
    // A call the kernel refused, as an Error with the caller's message (or none), in the log when asked.
    // errnum is taken before the call's text is built, since building it may change errno.
    [[nodiscard]] static Error refused(QString call, int errnum, Shm::Log log, QString message = {},
                                       const QString &shell = {});
    // A change in a segment's life that someone else made.
    static void event(const QString &sentence);
    // A write into mapped bytes as C, the offset in hex as the hex pane shows it:
    // memcpy(0x7f3a5c000000 + 0x10, "\xde\xad", 2).
    [[nodiscard]] static QString memcpyCall(quint64 address, quint64 offset, QByteArrayView bytes);

Q_SIGNALS:
    void recorded(const core::CallRecord &record);

private:
    CallLog() = default;
};

} // namespace core

Q_DECLARE_METATYPE(core::CallRecord)
