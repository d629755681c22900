#pragma once

#include "core/snapshots/snapshotdiff.h"
#include "core/snapshots/snapshotfile.h"

#include <QElapsedTimer>
#include <QObject>

namespace app {

class MessageBar;
class SegmentTab;

// A tab's bytes compared with a snapshot, live: the hex view marks each differing byte on screen in blue, the
// struct pane shows "old → new" for each differing field, and a bar of its own says how many bytes differ in
// how many ranges, with Stop Comparing. The bar's count reads the whole segment, so it is counted again at
// most once every RecountMs (the marks follow every tick: they read only what is on screen). Sizes that
// differ: the common prefix is compared, and the bar says so. Ends, its marks taken away, when deleted.
class SnapshotComparison : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 RecountMs = 1000;

    // `label` names the snapshot in the bar (its file's name).
    SnapshotComparison(SegmentTab *tab, core::Snapshot snapshot, QString label);
    ~SnapshotComparison() override;

    [[nodiscard]] const core::Snapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] const QList<core::SnapshotDiff::Range> &ranges() const { return m_ranges; }
    [[nodiscard]] MessageBar *bar() const { return m_bar; }
    // Presentation mode: the bar is folded away (the marks and old → new stay), even as the count changes.
    void setPresentation(bool on);
    // Counts again now, whenever it last did.
    void recount();

signals:
    // The user pressed Stop Comparing: the tab deletes us.
    void stopRequested();

private:
    void showCount();
    [[nodiscard]] QString countText() const;

    SegmentTab *m_tab;
    core::Snapshot m_snapshot;
    QString m_label;
    MessageBar *m_bar;
    QList<core::SnapshotDiff::Range> m_ranges;
    quint64 m_compared = 0; // bytes compared at the last count
    quint64 m_size = 0;     // the tab's size then
    QString m_shown;        // the bar's text, set again only when it changes
    bool m_presenting = false;
    QElapsedTimer m_sinceCount;
};

} // namespace app
