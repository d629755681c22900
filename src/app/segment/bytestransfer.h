#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QWidget;

namespace app {

class HexView;
class SegmentDocument;

// Bytes in and out of a segment tab: Save Bytes to File (the selection, or the whole segment), Load File at
// Cursor and Fill Selection (read-write only). Each write is one SegmentDocument::write: one memcpy in the call
// log, one undo step. Every refusal (a read-only attach, a past moment of the time slider, a file that is no
// regular file, a pattern that is not one) is one sentence through refused(), and nothing is written.
//
// The actions ask (a file dialog, a question, the fill pattern) and call the ...To/...At/...With functions,
// which the tests call straight away.
class BytesTransfer : public QObject
{
    Q_OBJECT

public:
    // Saving reads this much at a time: a 1 GiB segment is never copied whole into memory.
    static constexpr quint64 SaveChunkBytes = 1024 * 1024;
    // Past this many bytes the save shows its progress (and can be cancelled).
    static constexpr quint64 SaveProgressBytes = 16 * 1024 * 1024;

    // `dialogParent` parents the dialogs and questions (the tab).
    BytesTransfer(SegmentDocument *document, HexView *hexView, QWidget *dialogParent);

    // The bytes of a fill: a byte ("0x41", "65", "'A'") or a pattern of bytes in hex ("de ad be ef"); a
    // refusal that says what is wrong otherwise.
    [[nodiscard]] static core::Result<QByteArray> fillPattern(const QString &text);

    // Writes the selection (or the whole segment) into `path`; false when refused or cancelled.
    bool saveBytesTo(const QString &path);
    // Loads the file at the cursor. A file longer than the room up to the end asks first (Cut / Cancel).
    bool loadFileAt(const QString &path);
    // Fills the selection with the byte or pattern `text` says.
    bool fillSelectionWith(const QString &text);

public slots:
    void saveBytes();        // asks the file, then saveBytesTo()
    void loadFile();         // asks the file, then loadFileAt()
    void fillSelection();    // asks the pattern, then fillSelectionWith()

signals:
    // Why nothing was written (or saved), for the tab's message bar.
    void refused(const QString &message);
    // What was done, for the tab's message bar.
    void done(const QString &message);

private:
    // The range a save or a fill covers: the selection, or (save only) the whole segment.
    struct Range
    {
        quint64 offset = 0;
        quint64 length = 0;
        bool selection = false;
    };
    [[nodiscard]] Range saveRange() const;
    // A refusal shared by load and fill: read-only, or a past moment; empty when writing may go ahead.
    [[nodiscard]] QString writeRefusal() const;
    bool refuse(const QString &message);

    SegmentDocument *m_document;
    HexView *m_hexView;
    QWidget *m_dialogParent;
};

} // namespace app
