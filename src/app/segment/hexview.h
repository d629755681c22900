#pragma once

#include <QAbstractScrollArea>
#include <QGlyphRun>
#include <QPointer>

#include <array>

class QPainter;

namespace core {
class BookmarkList;
}

namespace app {

class SegmentDocument;

// The bytes of an attached segment: offsets, hex and characters, 1 to 64 bytes a line. It paints only
// the rows on screen and asks the document for exactly those bytes, so its cost follows the screen, not
// the segment: a 1 GiB segment opens at once. Rows scroll by line; offsets and the first row on screen are
// 64-bit, and the int scroll bar follows that row (in proportion past 2^31 rows).
class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Area { Hex, Text };
    static constexpr int MinimumBytesPerLine = 1;
    static constexpr int MaximumBytesPerLine = 64;

    explicit HexView(QWidget *parent = nullptr);

    void setDocument(SegmentDocument *document);
    [[nodiscard]] SegmentDocument *document() const;

    void setBytesPerLine(int count); // clamped to [1, 64]
    [[nodiscard]] int bytesPerLine() const { return m_bytesPerLine; }
    void setGroupSize(int bytes); // an extra space after every `bytes` bytes; 0 for none
    [[nodiscard]] int groupSize() const { return m_groupSize; }
    // Colours change bytes with a strong, high-contrast fill, for a projector.
    void setHighContrast(bool on);
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    // Compare with a snapshot's bytes (offsets as the segment's): each byte on screen that differs from its
    // twin there is marked in a colour of its own, as long as it differs. Empty: no comparison.
    void setComparison(const QByteArray &before);
    [[nodiscard]] bool isComparing() const { return !m_compared.isEmpty(); }
    // True when the byte at offset is on screen (read by the last tick) and differs from the snapshot's.
    [[nodiscard]] bool differsFromComparison(quint64 offset) const;

    // The tab's bookmarks (BookmarkPane's), drawn under the bytes they mark in a translucent fill of their colour
    // (BookmarkAlpha), and named by the tooltip over those bytes; one that does not fit in the segment is not
    // drawn. Null: none. The list outlives the view, or is unset first.
    static constexpr float BookmarkAlpha = 0.35f;
    void setBookmarks(const core::BookmarkList *bookmarks);
    // Where the byte at `offset` is drawn in `area`, in viewport coordinates, whether or not that is on screen.
    [[nodiscard]] QRect cellRect(quint64 offset, Area area) const;
    // An offset as the offset column shows it, offsetDigits() wide: "00000010".
    [[nodiscard]] QString offsetText(quint64 offset) const;

    [[nodiscard]] quint64 cursorOffset() const { return m_cursor; }
    [[nodiscard]] Area cursorArea() const { return m_area; }
    void setCursorArea(Area area);
    // Moves the cursor (clamped to the segment) and scrolls it into view; with `extend`, the selection
    // grows from where it was.
    void setCursorOffset(quint64 offset, bool extend = false);
    // Scrolls the cursor's row to the middle of the rows on screen, as near as the segment's ends allow:
    // where a jump (Go to Offset, Find) lands, with rows of context above and below it.
    void centreCursor();
    [[nodiscard]] bool hasSelection() const { return m_hasAnchor && m_anchor != m_cursor; }
    [[nodiscard]] quint64 selectionStart() const;
    [[nodiscard]] quint64 selectionLength() const; // 0 without a selection
    void setSelection(quint64 start, quint64 length);

    [[nodiscard]] quint64 rowCount() const;
    [[nodiscard]] quint64 firstVisibleRow() const;
    [[nodiscard]] int visibleRowCount() const;
    // Where a row is drawn, in viewport coordinates, whether or not that is on screen.
    [[nodiscard]] QRect rowRect(quint64 row) const;
    // A row as a screen reader hears it, its offset as the screen shows it: "00000010: 42 6f 62 00 |Bob.|".
    // Empty when not on screen.
    [[nodiscard]] QString rowText(quint64 row) const;
    // Wide enough for a whole line of offsets, bytes and characters.
    [[nodiscard]] QSize sizeHint() const override;
    // The height `rows` whole rows take, frame included.
    [[nodiscard]] int heightForRows(int rows) const { return rows * m_lineHeight + 2 * frameWidth(); }

public slots:
    void copyAsHex();
    void copyAsText();
    void copyAsCArray();
    void selectAll();

signals:
    void cursorMoved(quint64 offset);
    void selectionChanged();
    // Typing that could not be written: read-only attach, not a hex digit, not ASCII.
    void editRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Hit
    {
        quint64 offset;
        Area area;
    };
    void retranslate();
    void updateMetrics();
    void updateScrollBars();
    void updateVerticalScrollBar();
    [[nodiscard]] quint64 maximumTopRow() const;
    [[nodiscard]] quint64 rowsPerScrollStep() const;
    void scrollToRow(quint64 row);
    void updateWindow();
    void followSize();
    void ensureCursorVisible();
    // Rows that the viewport's bottom edge does not cut, in a viewport this high (by default, as it is).
    [[nodiscard]] int fullyVisibleRowCount(int viewportHeight) const;
    [[nodiscard]] int fullyVisibleRowCount() const;
    [[nodiscard]] bool isRowFullyVisible(quint64 row, int viewportHeight) const;
    [[nodiscard]] bool isRowFullyVisible(quint64 row) const;
    void typeCharacter(const QString &text);
    void copySelection(QString (*format)(QByteArrayView));
    [[nodiscard]] QByteArray selectedBytes() const;
    [[nodiscard]] std::optional<Hit> hitTest(const QPoint &position) const;
    [[nodiscard]] int hexX(int column) const;
    [[nodiscard]] int textX(int column) const;
    // Underlines the frozen bytes of the row of [rowStart, rowEnd) drawn at y, in both columns.
    void drawFrozen(QPainter &painter, quint64 rowStart, quint64 rowEnd, int y) const;
    [[nodiscard]] int offsetDigits() const;
    // Fills the bookmarked bytes of the rows on screen, under every other fill.
    void drawBookmarks(QPainter &painter, quint64 firstRow, int rows) const;
    [[nodiscard]] bool isSelected(quint64 offset) const;
    void prepareGlyphs(const QFont &font, bool decorated);
    void drawCharacter(QPainter &painter, int x, int baseline, char character);

    QPointer<SegmentDocument> m_document;
    int m_bytesPerLine = 16;
    int m_groupSize = 8;
    bool m_highContrast = false;
    QByteArray m_compared; // the snapshot's bytes while comparing
    const core::BookmarkList *m_bookmarks = nullptr;
    quint64 m_cursor = 0;
    // The first row on screen, exact: the scroll bar's int value is only its shadow past 2^31 rows.
    quint64 m_topRow = 0;
    // Set while the scroll bar is moved to m_topRow, not by the user.
    bool m_scrollBarFollows = false;
    int m_nibble = 0; // 0 = high nibble, 1 = low, in the hex area
    Area m_area = Area::Hex;
    bool m_hasAnchor = false;
    quint64 m_anchor = 0;

    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;

    // Each character is drawn on its own at a whole-pixel x, as drawText(x, baseline, QString(c)) draws it,
    // but laid out (shaped) once per font instead of once per character per paint: shaping was most of
    // the cost of a paint. Printable ASCII only, which is all the view draws.
    struct Glyph
    {
        enum class Kind { Unknown, Run, Text } kind = Kind::Unknown; // Text: drawText it (not one glyph run)
        QGlyphRun run;
    };
    std::array<Glyph, 128> m_glyphs;
    QGlyphRun m_glyphProbe; // '0' as laid out when m_glyphs was filled: its font engine tells a stale cache
    bool m_glyphsDecorated = false; // underline, overline or strike-out: drawText draws those
};

} // namespace app
