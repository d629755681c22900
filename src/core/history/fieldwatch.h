#pragma once

#include "core/history/samplering.h"
#include "core/layout/structlayout.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace core {

// A field's history: its bytes read on each refresh tick, a sample appended each time they differ from the
// last read. A field of a layout (its value as the struct pane shows it) or 1, 2, 4 or 8 bytes of a hex
// selection read as an unsigned integer in the machine's byte order. Numbers are plotted; strings and other
// texts (an opaque field) are kept as a timeline of their distinct values.
//
// A watch reads only its own bytes, so that a tick's cost follows the number of watches, not the segment's
// size; the bytes are read by the caller (the window's document, the command line's attach) and handed to
// observe(), so that any byte source will do.
class FieldWatch
{
    Q_DECLARE_TR_FUNCTIONS(core::FieldWatch)

public:
    // A field of a layout, by the name a person reads it by ("names", "pos.x", "items[3]"). Refused with a
    // sentence for rows with no value of their own (a struct, a union, an array of other than char, padding).
    [[nodiscard]] static Result<FieldWatch> ofField(const StructField &field, const QString &name,
                                                    qsizetype capacity = SampleRing::DefaultCapacity);
    // `size` bytes at `offset` as an unsigned integer; refused unless size is 1, 2, 4 or 8.
    [[nodiscard]] static Result<FieldWatch> ofBytes(quint64 offset, quint64 size,
                                                    qsizetype capacity = SampleRing::DefaultCapacity);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const StructField &field() const { return m_field; }
    [[nodiscard]] quint64 offset() const { return m_field.offset; }
    // How many bytes each tick reads: the field's, but at most what its text shows of a long char[].
    [[nodiscard]] quint64 readLength() const { return m_readLength; }
    // True for a value drawn as a plot; false for a timeline of texts.
    [[nodiscard]] bool isNumeric() const { return m_numeric; }

    // Takes the field's bytes (readLength() of them) read at `msecs` (ms since the epoch). The first read,
    // and each read whose bytes differ from the last, appends a sample; true when it is a change (not the
    // first read).
    bool observe(QByteArrayView bytes, qint64 msecs);
    [[nodiscard]] bool hasValue() const { return m_hasValue; }
    // The value now and the one before the last change, as text.
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QString &previousText() const { return m_previousText; }
    [[nodiscard]] const SampleRing &samples() const { return m_samples; }
    void clear();
    // A paused watch is not read (WatchList::poll): its history stops where it was until it is resumed.
    void setPaused(bool paused) { m_paused = paused; }
    [[nodiscard]] bool isPaused() const { return m_paused; }

    // The samples kept as CSV: a header line "time,field,value", then one line a sample, oldest first, the
    // time in ISO 8601 UTC with milliseconds.
    [[nodiscard]] QString csv() const;
    // One CSV cell: quoted (a quote doubled) when it holds a comma, a quote or a line break.
    [[nodiscard]] static QString csvCell(const QString &text);
    // ISO 8601 in UTC with milliseconds: 2026-12-03T15:40:00.123Z.
    [[nodiscard]] static QString isoTime(qint64 msecs);

private:
    FieldWatch(StructField field, QString name, qsizetype capacity);
    [[nodiscard]] double numberOf(QByteArrayView bytes, const QString &text) const;

    StructField m_field;
    QString m_name;
    quint64 m_readLength = 0;
    bool m_numeric = false;
    bool m_hasValue = false;
    bool m_paused = false;
    QByteArray m_bytes; // as last read
    QString m_text;
    QString m_previousText;
    SampleRing m_samples;
};

} // namespace core
