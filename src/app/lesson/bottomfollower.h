#pragma once

#include <QObject>

class QScrollBar;

namespace app {

// Keeps a log's vertical scroll bar at its bottom while the reader is there: new lines stay in view, and so
// does the last line when the view gets shorter (a dock dragged smaller). Scrolling up to read an older line
// stops the following; scrolling back to the bottom starts it again.
class BottomFollower : public QObject
{
    Q_OBJECT

public:
    // A child of `bar`, so it goes with it.
    explicit BottomFollower(QScrollBar *bar);

private:
    QScrollBar *m_bar;
    int m_maximum; // the range's end before its latest change
};

} // namespace app
