#pragma once

#include <QColor>

namespace app {

// `from` moved `share` of the way (0 to 1) towards `to`, channel by channel: a colour made from the
// palette's own, so that it follows light and dark themes.
[[nodiscard]] inline QColor colourMix(const QColor &from, const QColor &to, float share)
{
    const auto channel = [share](float a, float b) { return a + (b - a) * share; };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
                            channel(from.blueF(), to.blueF()));
}

} // namespace app
