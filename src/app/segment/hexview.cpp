#include "app/segment/hexview.h"

#include "app/colourmix.h"
#include "app/segment/changehighlight.h"

#include "app/segment/hexviewaccessible.h"
#include "app/segment/segmentdocument.h"
#include "core/bookmarks/bookmarklist.h"
#include "core/bytes/byteformat.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <climits>

using core::ByteFormat;

namespace app {

namespace {
constexpr int MarginChars = 1;
constexpr int GapChars = 2; // between offset, hex and text columns
// Copying goes through the clipboard as text: past this it is no longer something to paste.
constexpr quint64 MaximumCopyBytes = 16 * 1024 * 1024;

quint64 divideRoundingUp(quint64 value, quint64 divisor)
{
    return value / divisor + (value % divisor != 0 ? 1 : 0);
}

// Text laid out as QPainter::drawText(x, baseline, text) lays it out, as one glyph run whose positions are
// relative to the pen (x on the baseline); nullopt when it takes more than one run (several fonts).
std::optional<QGlyphRun> layOutText(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (runs.size() != 1 || runs.first().glyphIndexes().isEmpty())
        return std::nullopt;
    QGlyphRun run = runs.first();
    QList<QPointF> positions = run.positions();
    for (QPointF &position : positions)
        position -= QPointF(line.x(), line.y() + line.ascent());
    run.setPositions(positions);
    return run;
}

} // namespace

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&HexViewAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("hexView"));
    retranslate();
    setFocusPolicy(Qt::StrongFocus);
    // The family only: the size follows the window's font, so that zooming the window zooms the bytes.
    QFont fixed;
    fixed.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    fixed.setStyleHint(QFont::TypeWriter);
    fixed.setFixedPitch(true);
    setFont(fixed);
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();
}

void HexView::setDocument(SegmentDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, viewport(), nullptr); // the receiver it was connected with
    m_document = document;
    m_cursor = 0;
    m_topRow = 0;
    m_nibble = 0;
    m_hasAnchor = false;
    if (m_document) {
        connect(m_document, &SegmentDocument::windowUpdated, viewport(), qOverload<>(&QWidget::update));
        connect(m_document, &SegmentDocument::sizeChanged, viewport(), [this] { followSize(); });
    }
    updateScrollBars();
    updateWindow();
    viewport()->update();
}

// A POSIX object shrank or grew back: the rows, the scroll range, the cursor and the selection end with it.
void HexView::followSize()
{
    const quint64 last = m_document->size() > 0 ? m_document->size() - 1 : 0;
    m_cursor = std::min(m_cursor, last);
    m_anchor = std::min(m_anchor, last);
    updateScrollBars();
    updateWindow();
    viewport()->update();
}

SegmentDocument *HexView::document() const
{
    return m_document;
}

void HexView::setBytesPerLine(int count)
{
    count = std::clamp(count, MinimumBytesPerLine, MaximumBytesPerLine);
    if (count == m_bytesPerLine)
        return;
    m_bytesPerLine = count;
    updateGeometry();
    updateScrollBars();
    ensureCursorVisible();
    updateWindow();
    viewport()->update();
}

void HexView::setGroupSize(int bytes)
{
    m_groupSize = std::max(0, bytes);
    updateScrollBars();
    viewport()->update();
}

void HexView::setHighContrast(bool on)
{
    m_highContrast = on;
    viewport()->update();
}

void HexView::setComparison(const QByteArray &before)
{
    m_compared = before;
    viewport()->update();
}

bool HexView::differsFromComparison(quint64 offset) const
{
    if (!m_document || offset >= quint64(m_compared.size()))
        return false; // past the snapshot's end: a size that differs is told by the comparison's bar
    const quint64 windowStart = m_document->windowOffset();
    const QByteArray &window = m_document->window();
    if (offset < windowStart || offset - windowStart >= quint64(window.size()))
        return false;
    return window.at(qsizetype(offset - windowStart)) != m_compared.at(qsizetype(offset));
}

void HexView::setBookmarks(const core::BookmarkList *bookmarks)
{
    m_bookmarks = bookmarks;
    viewport()->update();
}

QRect HexView::cellRect(quint64 offset, Area area) const
{
    const int column = int(offset % quint64(m_bytesPerLine));
    const QRect row = rowRect(offset / quint64(m_bytesPerLine));
    const int x = (area == Area::Hex ? hexX(column) : textX(column)) - horizontalScrollBar()->value();
    return {x, row.y(), (area == Area::Hex ? 2 : 1) * m_charWidth, m_lineHeight};
}

void HexView::drawBookmarks(QPainter &painter, quint64 firstRow, int rows) const
{
    if (!m_bookmarks || m_bookmarks->isEmpty())
        return;
    const auto perLine = quint64(m_bytesPerLine);
    const quint64 size = m_document->size();
    const quint64 from = firstRow * perLine;
    const quint64 to = std::min(size, from + quint64(rows) * perLine);
    for (const qsizetype i : m_bookmarks->overlapping(from, to)) {
        const core::Bookmark &bookmark = m_bookmarks->at(i);
        if (!bookmark.fitsIn(size))
            continue; // kept for the key; a smaller segment has not got its bytes
        QColor colour(bookmark.colour);
        colour.setAlphaF(BookmarkAlpha);
        const quint64 first = std::max(bookmark.offset, from);
        const quint64 end = std::min(bookmark.end(), to);
        for (quint64 rowStart = first - first % perLine; rowStart < end; rowStart += perLine) {
            const int a = int(std::max(first, rowStart) - rowStart);
            const int z = int(std::min(end, rowStart + perLine) - rowStart) - 1; // the last column, included
            const int y = int((rowStart / perLine - firstRow) * quint64(m_lineHeight));
            painter.fillRect(QRect(hexX(a), y, hexX(z) + 2 * m_charWidth - hexX(a), m_lineHeight), colour);
            painter.fillRect(QRect(textX(a), y, (z - a + 1) * m_charWidth, m_lineHeight), colour);
        }
    }
}

bool HexView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_bookmarks)
        return QAbstractScrollArea::viewportEvent(event);
    // Over a bookmarked byte: the bookmarks it is in, by name.
    const auto *help = static_cast<QHelpEvent *>(event);
    const std::optional<Hit> hit = hitTest(help->pos());
    QStringList names;
    if (hit) {
        for (const qsizetype i : m_bookmarks->overlapping(hit->offset, hit->offset + 1)) {
            if (m_bookmarks->at(i).fitsIn(m_document->size()))
                names << m_bookmarks->at(i).name;
        }
    }
    if (names.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        //: The hex view's tooltip over bookmarked bytes: "Bookmark: header, pid".
        QToolTip::showText(help->globalPos(), tr("Bookmark: %1").arg(names.join(QStringLiteral(", "))), viewport());
    }
    return true;
}

void HexView::setCursorArea(Area area)
{
    m_area = area;
    m_nibble = 0;
    viewport()->update();
}

quint64 HexView::rowCount() const
{
    if (!m_document)
        return 0;
    return (m_document->size() + quint64(m_bytesPerLine) - 1) / quint64(m_bytesPerLine);
}

quint64 HexView::firstVisibleRow() const
{
    return m_topRow;
}

quint64 HexView::maximumTopRow() const
{
    const quint64 rows = rowCount();
    const auto visible = quint64(visibleRowCount());
    return rows > visible ? rows - visible + 1 : 0;
}

// Rows one step of the vertical scroll bar stands for. Its int range counts 2^31 rows, 2 GiB at 1 byte a
// line; past that a step is several rows, and the bar shows where m_topRow is in proportion.
quint64 HexView::rowsPerScrollStep() const
{
    return std::max<quint64>(1, divideRoundingUp(maximumTopRow(), quint64(std::numeric_limits<int>::max())));
}

void HexView::updateVerticalScrollBar()
{
    const quint64 perStep = rowsPerScrollStep();
    const quint64 maximum = maximumTopRow();
    m_topRow = std::min(m_topRow, maximum);
    QScrollBar *bar = verticalScrollBar();
    m_scrollBarFollows = true;
    bar->setRange(0, int(divideRoundingUp(maximum, perStep)));
    bar->setPageStep(int(std::max<quint64>(1, quint64(std::max(1, visibleRowCount() - 1)) / perStep)));
    bar->setValue(m_topRow == maximum ? bar->maximum() : int(m_topRow / perStep));
    m_scrollBarFollows = false;
}

void HexView::scrollToRow(quint64 row)
{
    m_topRow = row;
    updateVerticalScrollBar(); // clamps m_topRow
    updateWindow();
    viewport()->update();
}

int HexView::visibleRowCount() const
{
    return std::max(1, (viewport()->height() + m_lineHeight - 1) / m_lineHeight);
}

int HexView::offsetDigits() const
{
    int digits = 8;
    if (m_document) {
        for (quint64 last = m_document->size() > 0 ? m_document->size() - 1 : 0; last >> (4 * digits); ++digits) {
        }
    }
    return digits;
}

QString HexView::offsetText(quint64 offset) const
{
    return QStringLiteral("%1").arg(offset, offsetDigits(), 16, QLatin1Char('0'));
}

int HexView::hexX(int column) const
{
    const int groups = m_groupSize > 0 ? column / m_groupSize : 0;
    return (MarginChars + offsetDigits() + GapChars + column * 3 + groups) * m_charWidth;
}

void HexView::drawFrozen(QPainter &painter, quint64 rowStart, quint64 rowEnd, int y) const
{
    // The freeze's blue (resources/icons/frozen.svg), two pixels under the text: it reads beside the change
    // highlight and the selection, which fill the whole cell.
    static const QColor frozen(45, 125, 210);
    const int lineY = y + m_lineHeight - 2;
    for (const core::Freezer::Range &range : m_document->freezer().ranges()) {
        const quint64 first = std::max(range.offset, rowStart);
        const quint64 end = std::min(range.offset + quint64(range.bytes.size()), rowEnd);
        if (first >= end)
            continue;
        const int from = int(first - rowStart);
        const int to = int(end - rowStart) - 1; // the last column, included
        painter.fillRect(QRect(hexX(from), lineY, hexX(to) + 2 * m_charWidth - hexX(from), 2), frozen);
        painter.fillRect(QRect(textX(from), lineY, (to - from + 1) * m_charWidth, 2), frozen);
    }
}

int HexView::textX(int column) const
{
    const int groups = m_groupSize > 0 ? (m_bytesPerLine - 1) / m_groupSize : 0;
    const int hexEnd = MarginChars + offsetDigits() + GapChars + m_bytesPerLine * 3 - 1 + groups;
    return (hexEnd + GapChars + column) * m_charWidth;
}

QSize HexView::sizeHint() const
{
    const int width = textX(m_bytesPerLine) + MarginChars * m_charWidth + verticalScrollBar()->sizeHint().width()
                      + 2 * frameWidth();
    return {width, 20 * m_lineHeight};
}

void HexView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    m_lineHeight = metrics.height();
    m_ascent = metrics.ascent();
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(m_charWidth);
    updateScrollBars();
}

void HexView::updateScrollBars()
{
    updateVerticalScrollBar();
    const int width = textX(m_bytesPerLine) + MarginChars * m_charWidth;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::updateWindow()
{
    if (!m_document)
        return;
    const quint64 first = firstVisibleRow() * quint64(m_bytesPerLine);
    m_document->setWindow(first, quint64(visibleRowCount()) * quint64(m_bytesPerLine));
}

void HexView::resizeEvent(QResizeEvent *event)
{
    // A cursor row on screen stays on screen when the view gets shorter (a find bar or a message opening
    // below it), rather than going under the new bottom edge. The event is the viewport's: its old size
    // is the viewport's too.
    const quint64 cursorRow = m_cursor / quint64(m_bytesPerLine);
    const bool cursorWasShown =
        m_document && event->oldSize().isValid() && isRowFullyVisible(cursorRow, event->oldSize().height());
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (cursorWasShown)
        ensureCursorVisible();
    updateWindow();
}

void HexView::scrollContentsBy(int, int dy)
{
    // Moved by the user (drag, wheel, arrows of the bar): the bar's value names the row, to a step.
    if (dy != 0 && !m_scrollBarFollows)
        m_topRow = std::min(quint64(verticalScrollBar()->value()) * rowsPerScrollStep(), maximumTopRow());
    updateWindow();
    viewport()->update();
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateWindow();
    }
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QAbstractScrollArea::changeEvent(event);
}

void HexView::retranslate()
{
    setAccessibleName(tr("Segment bytes"));
}

bool HexView::isSelected(quint64 offset) const
{
    return hasSelection() && offset >= selectionStart() && offset < selectionStart() + selectionLength();
}

void HexView::prepareGlyphs(const QFont &font, bool decorated)
{
    m_glyphsDecorated = decorated;
    // Another font, size, DPI or hinting gives '0' another font engine (compared by identity).
    const std::optional<QGlyphRun> probe = layOutText(QStringLiteral("0"), font);
    if (probe && probe->rawFont() == m_glyphProbe.rawFont() && probe->glyphIndexes() == m_glyphProbe.glyphIndexes())
        return;
    m_glyphProbe = probe.value_or(QGlyphRun());
    m_glyphs.fill(Glyph());
}

void HexView::drawCharacter(QPainter &painter, int x, int baseline, char character)
{
    const auto code = quint8(character);
    Glyph *glyph = code < m_glyphs.size() && !m_glyphsDecorated ? &m_glyphs[code] : nullptr;
    if (glyph && glyph->kind == Glyph::Kind::Unknown) {
        const std::optional<QGlyphRun> run = layOutText(QString(QLatin1Char(character)), painter.font());
        glyph->kind = run ? Glyph::Kind::Run : Glyph::Kind::Text;
        glyph->run = run.value_or(QGlyphRun());
    }
    if (glyph && glyph->kind == Glyph::Kind::Run)
        painter.drawGlyphRun(QPointF(x, baseline), glyph->run);
    else
        painter.drawText(x, baseline, QString(QLatin1Char(character)));
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    // Qt has just filled the viewport with its background (QAbstractScrollArea turns autoFillBackground on)
    // when these hold; an opaque brush filled again changes no pixel but writes the whole screen once more.
    const QWidget *area = viewport();
    const QBrush &base = palette().base();
    const bool filledByQt = area->autoFillBackground() && area->backgroundRole() == QPalette::Base
                            && !area->testAttribute(Qt::WA_OpaquePaintEvent)
                            && !area->testAttribute(Qt::WA_NoSystemBackground) && area->palette().base() == base
                            && base.isOpaque();
    if (!filledByQt)
        painter.fillRect(area->rect(), base);
    if (!m_document)
        return;
    painter.translate(-horizontalScrollBar()->value(), 0);
    painter.setFont(font());
    const QFont &paintFont = painter.font();
    prepareGlyphs(paintFont, paintFont.underline() || paintFont.overline() || paintFont.strikeOut());

    const QByteArray &window = m_document->window();
    const quint64 windowStart = m_document->windowOffset();
    const quint64 size = m_document->size();
    const QColor text = palette().color(QPalette::Text);
    // Offsets are quieter than the bytes, yet text to read: the text colour about a third of the way to
    // the base keeps 4.5:1 in light and dark palettes, where PlaceholderText (#7f7f7f) does not.
    const QColor dim = colourMix(text, palette().color(QPalette::Base), 0.35f);
    const QColor selection = palette().color(QPalette::Highlight);
    const QColor selectedText = palette().color(QPalette::HighlightedText);
    const bool focused = hasFocus();
    // setPen() builds a QPen every call: set it only when the colour changes (about every 3rd character).
    QColor penColour; // what setTextPen() last set; invalid once anything else has set the pen
    const auto setTextPen = [&](const QColor &colour) {
        if (penColour.isValid() && penColour == colour)
            return;
        painter.setPen(colour);
        penColour = colour;
    };

    const quint64 firstRow = firstVisibleRow();
    drawBookmarks(painter, firstRow, visibleRowCount());
    for (int line = 0; line < visibleRowCount(); ++line) {
        const quint64 row = firstRow + quint64(line);
        const quint64 rowStart = row * quint64(m_bytesPerLine);
        if (rowStart >= size)
            break;
        const int y = line * m_lineHeight;
        setTextPen(dim);
        painter.drawText(MarginChars * m_charWidth, y + m_ascent, offsetText(rowStart));

        // Backgrounds first, one rectangle per run of bytes with the same fill: bytes changed by one write
        // share a colour, and a run costs one fill where each byte cost two.
        QColor runColour;
        int runFirst = 0;
        const auto fillRun = [&](int end) { // columns [runFirst, end)
            if (!runColour.isValid())
                return;
            painter.fillRect(QRect(hexX(runFirst), y, hexX(end - 1) + 2 * m_charWidth - hexX(runFirst), m_lineHeight),
                             runColour);
            painter.fillRect(QRect(textX(runFirst), y, (end - runFirst) * m_charWidth, m_lineHeight), runColour);
        };
        int column = 0;
        for (; column < m_bytesPerLine && rowStart + quint64(column) < size; ++column) {
            const quint64 offset = rowStart + quint64(column);
            const qint64 age = m_document->highlightAge(offset);
            QColor fill;
            if (isSelected(offset))
                fill = selection;
            else if (age >= 0 && age < SegmentDocument::HighlightMs)
                fill = changeHighlight(age, SegmentDocument::HighlightMs, m_highContrast, palette(),
                                       m_document->changedByUs(offset) ? ChangedBy::Us : ChangedBy::Others);
            else if (differsFromComparison(offset))
                fill = comparisonHighlight(m_highContrast, palette());
            if (fill != runColour || !fill.isValid()) {
                fillRun(column);
                runColour = fill;
                runFirst = column;
            }
        }
        fillRun(column);
        drawFrozen(painter, rowStart, rowStart + quint64(column), y);

        for (int column = 0; column < m_bytesPerLine; ++column) {
            const quint64 offset = rowStart + quint64(column);
            if (offset >= size)
                break;
            const quint64 inWindow = offset - windowStart;
            if (offset < windowStart || inWindow >= quint64(window.size()))
                continue; // not read yet: the next tick brings it
            const char byte = window.at(qsizetype(inWindow));
            const QRect hexCell(hexX(column), y, 2 * m_charWidth, m_lineHeight);
            const QRect textCell(textX(column), y, m_charWidth, m_lineHeight);

            const bool selected = isSelected(offset);
            if (offset == m_cursor) {
                const QRect active = m_area == Area::Hex
                                         ? QRect(hexCell.x() + m_nibble * m_charWidth, y, m_charWidth, m_lineHeight)
                                         : textCell;
                const QRect passive = m_area == Area::Hex ? textCell : hexCell;
                painter.setPen(QPen(text, 1, focused ? Qt::SolidLine : Qt::DotLine));
                penColour = QColor();
                painter.drawRect(passive.adjusted(0, 0, -1, -1));
                painter.fillRect(active, focused ? text : dim);
            }
            const auto drawChar = [&](int x, char character, const QRect &cell) {
                const bool inverted = offset == m_cursor && cell.contains(x, y);
                setTextPen(inverted ? palette().color(QPalette::Base) : (selected ? selectedText : text));
                drawCharacter(painter, x, y + m_ascent, character);
            };
            if (!m_document->isKnown(offset)) { // a moment of the past when no tick read this byte
                setTextPen(dim);
                drawCharacter(painter, hexCell.x(), y + m_ascent, '.');
                drawCharacter(painter, hexCell.x() + m_charWidth, y + m_ascent, '.');
                continue;
            }
            const char high = ByteFormat::hexDigit(quint8(byte) >> 4).toLatin1();
            const char low = ByteFormat::hexDigit(quint8(byte)).toLatin1();
            drawChar(hexCell.x(), high, hexCell.adjusted(0, 0, -m_charWidth, 0));
            drawChar(hexCell.x() + m_charWidth, low, hexCell.adjusted(m_charWidth, 0, 0, 0));
            drawChar(textCell.x(), ByteFormat::isPrintable(byte) ? byte : '.', textCell);
        }
    }
}

QString HexView::rowText(quint64 row) const
{
    if (!m_document)
        return {};
    const quint64 start = row * quint64(m_bytesPerLine);
    const quint64 windowStart = m_document->windowOffset();
    const QByteArray &window = m_document->window();
    if (start < windowStart || start - windowStart >= quint64(window.size()))
        return {};
    const QByteArray bytes = window.mid(qsizetype(start - windowStart), m_bytesPerLine);
    return QStringLiteral("%1: %2 |%3|")
        .arg(offsetText(start), ByteFormat::hex(bytes), ByteFormat::text(bytes));
}

quint64 HexView::selectionStart() const
{
    return hasSelection() ? std::min(m_anchor, m_cursor) : m_cursor;
}

quint64 HexView::selectionLength() const
{
    if (!hasSelection())
        return 0;
    // The selection covers both ends: the anchor byte and the cursor byte.
    return std::max(m_anchor, m_cursor) - std::min(m_anchor, m_cursor) + 1;
}

void HexView::setSelection(quint64 start, quint64 length)
{
    if (!m_document || m_document->size() == 0)
        return;
    if (length == 0) {
        m_hasAnchor = false;
        setCursorOffset(start);
        return;
    }
    setCursorOffset(start);
    m_anchor = m_cursor;
    m_hasAnchor = true;
    setCursorOffset(start + length - 1, true);
}

void HexView::setCursorOffset(quint64 offset, bool extend)
{
    if (!m_document || m_document->size() == 0)
        return;
    offset = std::min(offset, m_document->size() - 1);
    const bool hadSelection = hasSelection();
    if (extend && !m_hasAnchor) {
        m_anchor = m_cursor;
        m_hasAnchor = true;
    } else if (!extend) {
        m_hasAnchor = false;
    }
    m_cursor = offset;
    m_nibble = 0;
    m_document->cursorMovedTo(offset);
    ensureCursorVisible();
    viewport()->update();
    emit cursorMoved(m_cursor);
    if (hadSelection || hasSelection())
        emit selectionChanged();
}

void HexView::selectAll()
{
    if (m_document)
        setSelection(0, m_document->size());
}

int HexView::fullyVisibleRowCount(int viewportHeight) const
{
    return std::max(1, viewportHeight / m_lineHeight);
}

int HexView::fullyVisibleRowCount() const
{
    return fullyVisibleRowCount(viewport()->height());
}

bool HexView::isRowFullyVisible(quint64 row, int viewportHeight) const
{
    const quint64 first = firstVisibleRow();
    return row >= first && row - first < quint64(fullyVisibleRowCount(viewportHeight));
}

bool HexView::isRowFullyVisible(quint64 row) const
{
    return isRowFullyVisible(row, viewport()->height());
}

void HexView::ensureCursorVisible()
{
    const quint64 row = m_cursor / quint64(m_bytesPerLine);
    if (row < firstVisibleRow())
        scrollToRow(row);
    else if (!isRowFullyVisible(row))
        scrollToRow(row - quint64(fullyVisibleRowCount()) + 1);
}

void HexView::centreCursor()
{
    const quint64 row = m_cursor / quint64(m_bytesPerLine);
    const auto above = quint64((fullyVisibleRowCount() - 1) / 2);
    scrollToRow(row > above ? row - above : 0); // clamped at the end
}

QRect HexView::rowRect(quint64 row) const
{
    const quint64 first = firstVisibleRow();
    const qint64 line = row >= first ? qint64(std::min<quint64>(row - first, INT_MAX))
                                     : -qint64(std::min<quint64>(first - row, INT_MAX));
    const qint64 y = std::clamp<qint64>(line * m_lineHeight, INT_MIN / 2, INT_MAX / 2);
    return {0, int(y), viewport()->width(), m_lineHeight};
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (!m_document || m_document->size() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const quint64 line = quint64(m_bytesPerLine);
    const quint64 page = line * quint64(std::max(1, fullyVisibleRowCount() - 1));
    const quint64 last = m_document->size() - 1;

    if (event->matches(QKeySequence::Copy)) {
        m_area == Area::Hex ? copyAsHex() : copyAsText();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        if (m_area == Area::Hex && m_nibble == 1 && !extend) {
            m_nibble = 0;
            viewport()->update();
        } else {
            setCursorOffset(m_cursor > 0 ? m_cursor - 1 : 0, extend);
        }
        return;
    case Qt::Key_Right: setCursorOffset(std::min(m_cursor + 1, last), extend); return;
    case Qt::Key_Up: setCursorOffset(m_cursor >= line ? m_cursor - line : m_cursor, extend); return;
    case Qt::Key_Down: setCursorOffset(last - m_cursor >= line ? m_cursor + line : m_cursor, extend); return;
    case Qt::Key_PageUp: setCursorOffset(m_cursor >= page ? m_cursor - page : m_cursor % line, extend); return;
    case Qt::Key_PageDown: setCursorOffset(last - m_cursor >= page ? m_cursor + page : last, extend); return;
    case Qt::Key_Home: setCursorOffset(control ? 0 : m_cursor - m_cursor % line, extend); return;
    case Qt::Key_End: setCursorOffset(control ? last : std::min(m_cursor - m_cursor % line + line - 1, last), extend); return;
    default: break;
    }
    if (!event->text().isEmpty() && event->text().at(0).isPrint() && !control) {
        typeCharacter(event->text());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::focusOutEvent(QFocusEvent *event)
{
    // The typed run is told in the call log once the user turns to something else.
    if (m_document)
        m_document->finishTyping();
    QAbstractScrollArea::focusOutEvent(event);
}

// Tab goes from the hex column to the character column, and on from there to the next widget (Shift+Tab
// the other way), so that the keyboard never gets stuck in the view.
bool HexView::focusNextPrevChild(bool next)
{
    if (next && m_area == Area::Hex) {
        setCursorArea(Area::Text);
        return true;
    }
    if (!next && m_area == Area::Text) {
        setCursorArea(Area::Hex);
        return true;
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void HexView::typeCharacter(const QString &text)
{
    if (!m_document->isWritable()) {
        emit editRefused(tr("This attach is read-only: attach the segment read-write to edit its bytes."));
        return;
    }
    const QChar typed = text.at(0);
    char byte = 0;
    if (m_area == Area::Hex) {
        bool ok = false;
        const int nibble = QString(typed).toInt(&ok, 16);
        if (!ok) {
            emit editRefused(tr("\"%1\" is not a hex digit: type 0-9 or a-f.").arg(typed));
            return;
        }
        const auto current = m_document->read(m_cursor, 1);
        if (!current.ok()) {
            emit editRefused(current.error().message);
            return;
        }
        const auto old = quint8(current.value().at(0));
        const quint8 value = m_nibble == 0 ? quint8((nibble << 4) | (old & 0x0f)) : quint8((old & 0xf0) | nibble);
        byte = char(value);
    } else {
        if (typed.unicode() >= 0x7f || !typed.isPrint()) {
            emit editRefused(tr("\"%1\" is not an ASCII character: type it in the hex column as bytes.").arg(typed));
            return;
        }
        byte = char(typed.unicode());
    }
    // The byte written is the one on screen, lit as it changes, even when the view was scrolled away from it.
    ensureCursorVisible();
    const auto written = m_document->type(m_cursor, byte);
    if (!written.ok()) {
        emit editRefused(written.error().message);
        return;
    }
    if (m_area == Area::Hex && m_nibble == 0) {
        m_nibble = 1;
        viewport()->update();
    } else if (m_cursor + 1 < m_document->size()) {
        setCursorOffset(m_cursor + 1);
    } else {
        m_nibble = 0; // the last byte: stay on it, never step past the end
        viewport()->update();
    }
}

std::optional<HexView::Hit> HexView::hitTest(const QPoint &position) const
{
    if (!m_document || m_document->size() == 0)
        return std::nullopt;
    const int x = position.x() + horizontalScrollBar()->value();
    const quint64 row = firstVisibleRow() + quint64(std::max(0, position.y()) / m_lineHeight);
    Area area = Area::Hex;
    int column = -1;
    if (x >= textX(0) - m_charWidth) {
        area = Area::Text;
        column = std::clamp((x - textX(0)) / m_charWidth, 0, m_bytesPerLine - 1);
    } else {
        for (column = m_bytesPerLine - 1; column > 0 && x < hexX(column) - m_charWidth / 2; --column) {
        }
    }
    const quint64 offset = std::min(row * quint64(m_bytesPerLine) + quint64(column), m_document->size() - 1);
    return Hit{offset, area};
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    const auto hit = hitTest(event->position().toPoint());
    if (!hit || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_area = hit->area;
    setCursorOffset(hit->offset, event->modifiers() & Qt::ShiftModifier);
    if (!(event->modifiers() & Qt::ShiftModifier)) {
        m_anchor = hit->offset; // a drag from here selects
        m_hasAnchor = true;
    }
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (const auto hit = hitTest(event->position().toPoint()))
        setCursorOffset(hit->offset, true);
}

QByteArray HexView::selectedBytes() const
{
    const quint64 length = hasSelection() ? selectionLength() : 1;
    const auto bytes = m_document->read(selectionStart(), length);
    return bytes.ok() ? bytes.value() : QByteArray();
}

void HexView::copySelection(QString (*format)(QByteArrayView))
{
    if (!m_document || m_document->size() == 0)
        return;
    if (selectionLength() > MaximumCopyBytes) {
        emit editRefused(tr("The selection is larger than %1 MiB: too much to copy as text.")
                             .arg(MaximumCopyBytes / (1024 * 1024)));
        return;
    }
    QApplication::clipboard()->setText(format(selectedBytes()));
}

void HexView::copyAsHex()
{
    copySelection(&ByteFormat::hex);
}

void HexView::copyAsText()
{
    copySelection(&ByteFormat::text);
}

void HexView::copyAsCArray()
{
    copySelection([](QByteArrayView bytes) { return ByteFormat::cArray(bytes); });
}

} // namespace app
