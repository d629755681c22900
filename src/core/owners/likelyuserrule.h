#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace core {

// One rule of a likely-users file (docs/LIKELY-USERS.md): a label, the sentence of evidence, and conditions
// that must all hold. A condition left out holds for everything.
struct LikelyUserRule
{
    enum Kind : quint8 { SystemV = 1, Posix = 2, Memfd = 4, AnyKind = SystemV | Posix | Memfd };

    // The first bytes are compared with `expected`; or, for a live pid, the native int32 there must be a
    // process that lives (named one of `pidNames` when given).
    struct ByteTest
    {
        quint64 offset = 0;
        QByteArray expected;
        bool livePid = false;
        QList<QByteArray> pidNames; // globs on /proc/PID/comm
        [[nodiscard]] quint64 length() const { return livePid ? 4 : quint64(expected.size()); }
    };

    QString label;
    QString evidence; // a template: {key}, {process}, {pid}, {name}, {size}, {owner} are filled in
    // The same in Simplified Chinese, when the rule gives them ("zh_CN"): shown when the window or the
    // command line speaks Chinese; empty to show the English.
    QString chineseLabel;
    QString chineseEvidence;
    QString file; // where the rule was read, and on which line it starts: for the warnings
    int line = 0;

    quint8 kinds = AnyKind;
    QList<QByteArray> processes; // globs on a holder's /proc/PID/comm; any one holder matching is enough
    bool keyPrivate = false;     // key 0, IPC_PRIVATE
    std::optional<quint32> keyMin, keyMax; // a key range, both set (an exact key: min == max)
    std::optional<quint64> sizeMin, sizeMax;
    std::optional<uint> ownerUid;
    QString ownerName;  // or by name
    QStringList names;  // globs on a POSIX object's name ("/NAME", "memfd:NAME")
    QList<ByteTest> bytes;
    // The bytes all the tests look at, read in one go: from bytesStart, bytesLength of them.
    quint64 bytesStart = 0;
    quint64 bytesLength = 0;

    [[nodiscard]] bool hasKeyTest() const { return keyPrivate || keyMin.has_value(); }
};

// '*' (any run of characters, none too) and '?' (one character); everything else stands for itself. The
// whole text must match.
[[nodiscard]] bool globMatches(QByteArrayView pattern, QByteArrayView text);
[[nodiscard]] bool globMatches(QStringView pattern, QStringView text);

// Reads a likely-users file: the rules it holds, and a warning for each rule that is left out (naming the
// file and the line the rule starts on) or for the whole file when it is not JSON.
class LikelyUserRules
{
    Q_DECLARE_TR_FUNCTIONS(core::LikelyUserRules)

public:
    struct Parsed
    {
        QList<LikelyUserRule> rules;
        QStringList warnings;
    };

    // `file` is what the warnings call it (its path).
    [[nodiscard]] static Parsed parse(const QByteArray &text, const QString &file);
};

} // namespace core
