#include "app/lesson/bottomfollower.h"

#include <QScrollBar>

namespace app {

BottomFollower::BottomFollower(QScrollBar *bar) : QObject(bar), m_bar(bar), m_maximum(bar->maximum())
{
    // More lines, or less room for them, move the bottom while the value stays. Whether the reader was at the
    // bottom is asked then, of the old range: valueChanged() cannot tell, as QPlainTextEdit moves its scroll
    // bar with the bar's signals blocked when the reader pages up.
    connect(bar, &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        const bool wasAtBottom = m_bar->value() >= m_maximum;
        m_maximum = maximum;
        if (wasAtBottom)
            m_bar->setValue(maximum);
    });
}

} // namespace app
