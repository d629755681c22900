#pragma once

#include "core/bookmarks/bookmarkmemory.h"
#include "core/freeze/freezer.h"
#include "core/layout/layoutmemory.h"
#include "core/snapshots/changerecorder.h"

#include <QObject>

#include <optional>

class QSettings;
class QTableView;

namespace app {

class MainWindow;
class SegmentTab;

// Everything the program remembers from one run to the next, in one file (QSettings:
// ~/.config/ShmScope/shmscope.conf) that nothing else reads or writes: the window's geometry, docks and
// toolbar, the segment table's columns (shown, order, sort, and the widths the user dragged) and the POSIX
// table's (shown, order, sort), the kind of
// shared memory the tables show (System V, POSIX, memfd, semaphores), the IPC namespaces listed, the table's
// refresh interval, the live refresh period and bytes per line of the hex pane, the zoom; the language
// (LanguageManager's choice); the recent layouts and the layout each key was last read with
// (core::LayoutLibrary's memory); the bookmarks of each key and POSIX object name (core::BookmarkMemory);
// the preferences of View > Preferences (how often a frozen field is written back, how much memory each
// tab's recorder may keep).
//
// Each value is read from the file when asked for and written when given, so that any number of these
// objects agree. A file that is not a settings file, or not a regular file of at most 1 MiB (a FIFO, a
// folder, a link to /dev/zero, which QSettings would read forever), is kept aside as shmscope.conf.corrupt
// before QSettings reads it; it and a value of the wrong type or out of range are ignored with a warning
// (category shmscope.gui) naming the file or key: the window starts as it would without it.
class Settings : public QObject, public core::LayoutMemory, public core::BookmarkMemory
{
    Q_OBJECT

public:
    static const QString GeometryKey;
    static const QString WindowStateKey;
    static const QString TableHeaderKey;
    static const QString ColumnWidthsGroup; // one key a column the user sized, named as Column names it
    static const QString PosixTableHeaderKey; // the POSIX table's columns: shown, order, sort
    static const QString TableKindKey;      // the kind selector's choice: KindTabBar::settingName()
    static const QString NamespaceKey;      // the namespace selector's: NamespaceSelector::settingValue()
    static const QString RefreshIntervalKey; // ms
    static const QString TickIntervalKey;    // ms
    static const QString BytesPerLineKey;
    static const QString ZoomKey; // percent
    static const QString LanguageKey;
    static const QString RecentLayoutsKey;
    static const QString LayoutForKeyGroup; // one key a segment key, written as SegmentFormat writes keys
    static const QString LayoutForNameGroup; // one key a POSIX object's name, percent-encoded
    static const QString BookmarksForKeyGroup;  // one key a segment key: core::BookmarkList::toLines()
    static const QString BookmarksForNameGroup; // one key a POSIX object's name, percent-encoded
    static const QString FreezeIntervalKey;  // ms
    static const QString RecorderBudgetKey;  // MiB

    // The preferences' ranges and defaults. A freeze is written back every DefaultFreezeIntervalMs, as the
    // memory scanners people know do (100 to 500 ms); the recorder of a tab keeps up to DefaultRecorderMiB of
    // changes, the last minutes of a busy writer, an hour of the lesson's.
    static constexpr int MinimumFreezeIntervalMs = core::Freezer::MinimumIntervalMs;
    static constexpr int MaximumFreezeIntervalMs = 10000; // a freeze that lets go for longer holds nothing
    static constexpr int DefaultFreezeIntervalMs = core::Freezer::DefaultIntervalMs;
    static constexpr int MinimumRecorderMiB = 1;
    static constexpr int MaximumRecorderMiB = 1024;
    static constexpr int DefaultRecorderMiB = int(core::ChangeRecorder::DefaultBudget / (1024 * 1024));

    // With a window (whose child it is): restore() and save() are the window's.
    explicit Settings(MainWindow *window = nullptr);

    // Before the window is shown. From then on the window's settings are saved when it closes, and every
    // tab it opens starts with the hex pane as last set.
    void restore();
    void save();

    // LanguageManager's choice as it writes it; empty when none was saved.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &value);

    // The preferences, read when asked (a stored value out of range is ignored with a warning: the default).
    [[nodiscard]] int freezeIntervalMs() const;
    [[nodiscard]] int recorderBudgetMiB() const;
    // Stores both and tells every open tab (preferencesChanged).
    void setPreferences(int freezeIntervalMs, int recorderBudgetMiB);

    [[nodiscard]] QStringList recentLayouts() const override;
    void setRecentLayouts(const QStringList &layouts) override;
    [[nodiscard]] QString layoutForKey(qint32 key) const override;
    void setLayoutForKey(qint32 key, const QString &layout) override;
    [[nodiscard]] QString layoutForName(const QString &name) const override;
    void setLayoutForName(const QString &name, const QString &layout) override;

signals:
    void preferencesChanged();

protected:
    [[nodiscard]] QStringList storedBookmarks(const core::LayoutSubject &subject) const override;
    void storeBookmarks(const core::LayoutSubject &subject, const QStringList &lines) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreTableHeader(QTableView *table, const QString &key, const QByteArray &state);
    void restoreColumnWidths(const QSettings &settings);
    void watchTab(SegmentTab *tab);
    // What View > Preferences set, given to a tab as it opens and again when they change.
    void applyPreferences(SegmentTab *tab) const;
    [[nodiscard]] static std::optional<int> readInt(const QSettings &settings, const QString &key,
                                                    int minimum, int maximum);
    [[nodiscard]] static int storedInt(const QString &key, int minimum, int maximum, int fallback);
    [[nodiscard]] static std::optional<QByteArray> readState(const QSettings &settings, const QString &key);

    MainWindow *m_window;
    // The hex pane's settings as last set in any tab (or restored): what the next tab starts with.
    std::optional<int> m_tickMs;
    std::optional<int> m_bytesPerLine;
};

} // namespace app
