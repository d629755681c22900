#pragma once

#include "core/history/watchlist.h"
#include "core/result.h"

#include <QWidget>

#include <vector>

class QLabel;
class QScrollArea;
class QPushButton;
class QVBoxLayout;

namespace app {

class HistoryPlot;
class SegmentDocument;

// The watched fields of one tab, below its bytes and fields: one small history plot a watch, with its name and
// value now, Pause, Export CSV… and Remove. Each tick of the document (the refresh the hex pane follows) reads
// each watch's own bytes: what a tick costs follows the number of watches. Hidden while nothing is watched.
class WatchPane : public QWidget
{
    Q_OBJECT

public:
    explicit WatchPane(SegmentDocument *document, QWidget *parent = nullptr);

    // Starts a watch, read at once; refused when the same field is watched already or lies past the end.
    core::Result<core::Done> add(core::FieldWatch watch);
    void remove(qsizetype i);
    [[nodiscard]] const core::WatchList &watches() const { return m_watches; }
    [[nodiscard]] HistoryPlot *plot(qsizetype i) const { return m_rows.at(size_t(i)).plot; }
    void setPaused(qsizetype i, bool paused);
    // The watch's history as CSV in `path` (core::FieldWatch::csv()); refused with why.
    [[nodiscard]] core::Result<core::Done> exportCsv(qsizetype i, const QString &path) const;
    // Presentation mode: folded away, so that the record on screen is whole; the watches go on recording.
    void setPresentation(bool on);

public slots:
    // Reads every watch now, as a tick does.
    void poll();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        HistoryPlot *plot = nullptr;
        QPushButton *pause = nullptr;
        QPushButton *exportCsv = nullptr;
        QPushButton *remove = nullptr;
    };
    void retranslate();
    void updateRow(qsizetype i);
    [[nodiscard]] qsizetype rowOf(const QObject *button) const;
    void askExport(qsizetype i);
    // Shown while something is watched, outside presentation mode.
    void updateVisibility();

    SegmentDocument *m_document;
    core::WatchList m_watches;
    std::vector<Row> m_rows; // one a watch, in the same order
    QLabel *m_heading;
    QVBoxLayout *m_list;
    QScrollArea *m_scroll;
    bool m_presenting = false;
};

} // namespace app
