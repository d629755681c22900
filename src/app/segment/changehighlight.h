#pragma once

#include <QColor>
#include <QPalette>

namespace app {

// Whose write a change was: another process's, which the change count counts, or our own edit or undo.
enum class ChangedBy { Others, Us };

// The colour behind a byte, field or row that changed `age` ms ago, fading out over `durationMs`, under
// the text of `palette`. Amber reads as "changed" on light and dark palettes alike; high contrast
// (presentation mode) is a saturated, nearly opaque magenta that a projector still shows at the back of a
// room. Our own edits are green instead (a brighter green in presentation mode), so that what another
// process did never looks like what we typed. Under light text (a dark palette) all are deeper shades, so
// that the text on them keeps a contrast of at least 4.5:1 (WCAG AA) even at the moment of the change
// (tests/app/tst_palettes).
[[nodiscard]] inline QColor changeHighlight(qint64 age, qint64 durationMs, bool highContrast,
                                            const QPalette &palette, ChangedBy by = ChangedBy::Others)
{
    const bool lightText =
        palette.color(QPalette::Text).lightness() > palette.color(QPalette::Base).lightness();
    const double fade = 1.0 - double(age) / double(durationMs);
    QColor colour;
    if (by == ChangedBy::Us && highContrast)
        colour = lightText ? QColor(0, 120, 40) : QColor(0, 210, 60);
    else if (by == ChangedBy::Us)
        colour = lightText ? QColor(0, 150, 60) : QColor(0, 200, 80);
    else if (highContrast)
        colour = lightText ? QColor(180, 0, 120) : QColor(255, 0, 170);
    else
        colour = lightText ? QColor(190, 130, 0) : QColor(255, 190, 0);
    colour.setAlphaF(float((highContrast ? 0.9 : 0.6) * fade));
    return colour;
}

// The colour behind a byte or field that differs from the snapshot it is compared with: blue, which neither
// the amber (others' changes) nor the green (our edits) is, and which does not fade: it holds as long as the
// difference does. Deeper under light text, as above; nearly opaque in presentation mode.
[[nodiscard]] inline QColor comparisonHighlight(bool highContrast, const QPalette &palette)
{
    const bool lightText =
        palette.color(QPalette::Text).lightness() > palette.color(QPalette::Base).lightness();
    QColor colour = lightText ? QColor(30, 80, 170) : QColor(90, 160, 255);
    colour.setAlphaF(highContrast ? 0.9f : 0.5f);
    return colour;
}

} // namespace app
