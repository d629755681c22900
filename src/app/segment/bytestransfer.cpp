#include "app/segment/bytestransfer.h"

#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "core/bytes/byteformat.h"
#include "core/bytes/fileinput.h"
#include "core/bytes/objectbytes.h"
#include "core/inputparser.h"
#include "core/segments/segmentformat.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>

#include <algorithm>

namespace app {

namespace {

QString hexOffset(quint64 offset)
{
    return QStringLiteral("0x") + QString::number(offset, 16);
}

} // namespace

BytesTransfer::BytesTransfer(SegmentDocument *document, HexView *hexView, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_hexView(hexView), m_dialogParent(dialogParent)
{
}

core::Result<QByteArray> BytesTransfer::fillPattern(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return core::Error::plain(tr("Enter a byte (0x41, 65 or 'A') or bytes in hex (de ad be ef)."));
    // A character in quotes: its one byte, ASCII only (a UTF-8 character would be several bytes).
    if (trimmed.size() >= 2 && trimmed.front() == QLatin1Char('\'') && trimmed.back() == QLatin1Char('\'')) {
        const QString inner = trimmed.mid(1, trimmed.size() - 2);
        if (inner.size() != 1 || inner.front().unicode() > 0x7f)
            return core::Error::plain(
                tr("%1 is not one ASCII character: write the bytes in hex instead (de ad be ef).").arg(trimmed));
        return QByteArray(1, char(inner.front().unicode()));
    }
    // One number in decimal ("65") or with 0x ("0x41") is one byte; anything else is hex bytes ("41 42", "ff").
    const bool decimal = std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    if (decimal || trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        if (const auto number = core::InputParser::integer(trimmed); number && !number->hasSign) {
            if (number->overflow || number->magnitude > 0xff)
                return core::Error::plain(tr("%1 is not a byte: a byte is 0 to 255 (0x00 to 0xff).").arg(trimmed));
            return QByteArray(1, char(number->magnitude));
        }
    }
    return core::InputParser::hexBytes(trimmed);
}

BytesTransfer::Range BytesTransfer::saveRange() const
{
    if (m_hexView->hasSelection())
        return {m_hexView->selectionStart(), m_hexView->selectionLength(), true};
    return {0, m_document->size(), false};
}

QString BytesTransfer::writeRefusal() const
{
    if (!m_document->isWritable())
        return tr("Read-only attach: attach read-write to change the bytes.");
    if (m_document->moment())
        return m_document->pastRefusal();
    return {};
}

bool BytesTransfer::refuse(const QString &message)
{
    Q_EMIT refused(message);
    return false;
}

void BytesTransfer::saveBytes()
{
    const Range range = saveRange();
    if (range.length == 0)
        return static_cast<void>(refuse(tr("There are no bytes to save: the object is empty.")));
    // The dialog's title says what is saved, and how much.
    const QString what =
        range.selection
            ? tr("Save the Selection: %1 from %2").arg(core::SegmentFormat::byteCount(range.length), hexOffset(range.offset))
            : tr("Save the Whole Object: %1").arg(core::SegmentFormat::byteCount(range.length));
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, what);
    if (!path.isEmpty())
        saveBytesTo(path);
}

bool BytesTransfer::saveBytesTo(const QString &path)
{
    // The bytes of a past moment are not all recorded; the save reads them now, so it says so rather than
    // save other bytes than those shown.
    if (m_document->moment())
        return refuse(tr("The bytes shown are those of a past moment: press Back to Live to save the bytes of "
                         "now."));
    const Range range = saveRange();
    if (range.length == 0)
        return refuse(tr("There are no bytes to save: the object is empty."));
    // QSaveFile: the file appears whole or not at all; a cancelled or failed save leaves what was there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return refuse(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    std::unique_ptr<QProgressDialog> progress;
    if (range.length > SaveProgressBytes) {
        progress = std::make_unique<QProgressDialog>(tr("Saving %1…").arg(core::SegmentFormat::byteCount(range.length)),
                                                     tr("Cancel"), 0, 1000, m_dialogParent);
        progress->setObjectName(QStringLiteral("saveProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
    }
    // Read as Find and Checksums read (core::ObjectBytes): a segment's holes come as zeros without their pages
    // being touched, so saving a sparse segment leaves it as sparse as it was.
    const core::ObjectBytes object(m_document->object());
    const core::ByteSource &source = object.source();
    QByteArray chunk(qsizetype(std::min(SaveChunkBytes, range.length)), Qt::Uninitialized);
    for (quint64 done = 0; done < range.length;) {
        const quint64 n = std::min(SaveChunkBytes, range.length - done);
        const core::Result<quint64> copied = source.readInto(range.offset + done, chunk.data(), n);
        if (!copied.ok() || copied.value() < n) {
            file.cancelWriting();
            return refuse(copied.ok() ? tr("%1 shrank while it was saved: nothing was saved.")
                                            .arg(m_document->object().name())
                                      : copied.error().message);
        }
        if (file.write(chunk.constData(), qint64(n)) != qint64(n))
            break; // told by commit() below
        done += n;
        if (progress) {
            progress->setValue(int(done * 1000 / range.length));
            if (progress->wasCanceled()) {
                file.cancelWriting();
                return refuse(tr("Save cancelled: %1 was not written.").arg(path));
            }
        }
    }
    if (!file.commit())
        return refuse(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    Q_EMIT done(tr("Saved %1 from %2 to %3.")
                    .arg(core::SegmentFormat::byteCount(range.length), hexOffset(range.offset), path));
    return true;
}

void BytesTransfer::loadFile()
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty())
        return static_cast<void>(refuse(refusal));
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Load a File at %1").arg(hexOffset(m_hexView->cursorOffset())));
    if (!path.isEmpty())
        loadFileAt(path);
}

bool BytesTransfer::loadFileAt(const QString &path)
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty())
        return refuse(refusal);
    auto opened = core::FileInput::open(path);
    if (!opened.ok())
        return refuse(opened.error().message);
    core::FileInput &input = *opened.value();
    const QString name = QFileInfo(path).fileName();
    const quint64 at = m_hexView->cursorOffset();
    const quint64 size = m_document->size();
    const quint64 room = at < size ? size - at : 0;
    const quint64 fileSize = input.size().value_or(0);
    if (fileSize == 0)
        return refuse(tr("%1 is empty: there is nothing to load.").arg(path));
    quint64 take = fileSize;
    if (fileSize > room) {
        // Cut only when the user says so: the bytes past the end would be lost.
        QMessageBox question(QMessageBox::Question, tr("Load File at Cursor"),
                             tr("%1 is %2; only %3 fit from %4 to the end. Load the first %3?")
                                 .arg(name, core::SegmentFormat::byteCount(fileSize),
                                      core::SegmentFormat::byteCount(room), hexOffset(at)),
                             QMessageBox::Cancel, m_dialogParent);
        QPushButton *cut = question.addButton(tr("Cut"), QMessageBox::AcceptRole);
        cut->setObjectName(QStringLiteral("cutButton"));
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != cut)
            return refuse(tr("Nothing was loaded: %1 is longer than the room from %2 to the end.")
                              .arg(name, hexOffset(at)));
        take = room;
    }
    const auto bytes = input.read(take);
    if (!bytes.ok())
        return refuse(bytes.error().message);
    if (bytes.value().isEmpty())
        return refuse(tr("%1 is empty: there is nothing to load.").arg(path));
    const QString description = tr("Load %1 at %2 (%3)")
                                    .arg(name, hexOffset(at), core::SegmentFormat::byteCount(quint64(bytes.value().size())));
    const auto written = m_document->write(at, bytes.value(), description);
    if (!written.ok())
        return refuse(written.error().message);
    Q_EMIT done(description);
    return true;
}

void BytesTransfer::fillSelection()
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty())
        return static_cast<void>(refuse(refusal));
    if (!m_hexView->hasSelection())
        return static_cast<void>(refuse(tr("Select the bytes to fill first.")));
    bool accepted = false;
    const QString text = QInputDialog::getText(
        m_dialogParent, tr("Fill Selection"),
        tr("Fill %1 from %2 with a byte (0x41, 65 or 'A') or a pattern in hex (de ad be ef), repeated:")
            .arg(core::SegmentFormat::byteCount(m_hexView->selectionLength()), hexOffset(m_hexView->selectionStart())),
        QLineEdit::Normal, QString(), &accepted);
    if (accepted)
        fillSelectionWith(text);
}

bool BytesTransfer::fillSelectionWith(const QString &text)
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty())
        return refuse(refusal);
    if (!m_hexView->hasSelection())
        return refuse(tr("Select the bytes to fill first."));
    const auto pattern = fillPattern(text);
    if (!pattern.ok())
        return refuse(pattern.error().message);
    const quint64 start = m_hexView->selectionStart();
    const auto length = qsizetype(m_hexView->selectionLength());
    QByteArray bytes(length, Qt::Uninitialized);
    for (qsizetype i = 0; i < length; i += pattern.value().size())
        std::copy_n(pattern.value().constData(), std::min(pattern.value().size(), length - i), bytes.data() + i);
    const QString description = tr("Fill %1 at %2 with %3")
                                    .arg(core::SegmentFormat::byteCount(quint64(length)), hexOffset(start),
                                         core::ByteFormat::hex(pattern.value()));
    const auto written = m_document->write(start, bytes, description);
    if (!written.ok())
        return refuse(written.error().message);
    Q_EMIT done(description);
    return true;
}

} // namespace app
