#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

namespace app {

class SegmentDocument;

// The time slider under a tab's panes: the span the document's recorder holds (the last minutes of what the
// refresh read), a handle that shows a moment of it in the hex and struct panes, the time of that moment, and
// a button back to live. The handle at the right end is live: it follows the recording as it grows; anywhere
// else it stays on its moment while the recording goes on (and moves up when the budget drops that moment).
class TimeSlider : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSlider(SegmentDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QPushButton *liveButton() const { return m_liveButton; }
    // Shows the moment `ms` of the document's clock (clamped to what is recorded).
    void showMoment(qint64 ms);
    void goLive();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The slider's range follows the recording; the labels say what it holds and what is shown.
    void follow();
    void retranslate();
    void moved(int value);

    SegmentDocument *m_document;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_span;
    QPushButton *m_liveButton;
    bool m_updating = false; // the range or value set by us, not by the user
};

} // namespace app
