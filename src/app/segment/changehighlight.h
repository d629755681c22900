#pragma once

#include <QColor>
#include <QPalette>

namespace app {

// The colour behind a byte, field or row that changed `age` ms ago, fading out over `durationMs`, under
// the text of `palette`. Amber reads as "changed" on light and dark palettes alike; high contrast
// (presentation mode) is a saturated, nearly opaque magenta that a projector still shows at the back of a
// room. Under light text (a dark palette) both are deeper shades, so that the text on them keeps a
// contrast of at least 4.5:1 (WCAG AA) even at the moment of the change (tests/app/tst_palettes).
[[nodiscard]] inline QColor changeHighlight(qint64 age, qint64 durationMs, bool highContrast,
                                            const QPalette &palette)
{
    const bool lightText =
        palette.color(QPalette::Text).lightness() > palette.color(QPalette::Base).lightness();
    const double fade = 1.0 - double(age) / double(durationMs);
    QColor colour;
    if (highContrast)
        colour = lightText ? QColor(180, 0, 120) : QColor(255, 0, 170);
    else
        colour = lightText ? QColor(190, 130, 0) : QColor(255, 190, 0);
    colour.setAlphaF(float((highContrast ? 0.9 : 0.6) * fade));
    return colour;
}

} // namespace app
