#pragma once

#include <QObject>

#include <optional>

class QSettings;

namespace app {

class MainWindow;
class SegmentTab;

// What the window remembers from one run to the next (QSettings: ~/.config/ShmScope/shmscope.conf): its
// geometry, docks and toolbar, the segment table's columns (shown, order, widths, sort), the table's
// refresh interval, the live refresh period and bytes per line of the hex pane, and the zoom. The language
// (LanguageManager) and the recent layouts (core::LayoutLibrary) keep their own keys.
//
// The controls are found by their objectName, as QMainWindow::saveState() finds docks and toolbars: what
// is remembered is what the user set in them. A file that is not a settings file (kept aside as
// shmscope.conf.corrupt), or a value of the wrong type or out of range, is ignored with a warning (category
// shmscope.gui): the window starts as it would without it.
class WindowSettings : public QObject
{
    Q_OBJECT

public:
    static const QString GeometryKey;
    static const QString WindowStateKey;
    static const QString TableHeaderKey;
    static const QString RefreshIntervalKey; // ms
    static const QString TickIntervalKey;    // ms
    static const QString BytesPerLineKey;
    static const QString ZoomKey; // percent

    // A child of `window`: it saves when the window closes, and gives every tab the window opens the
    // hex pane settings last used.
    explicit WindowSettings(MainWindow *window);

    // Before the window is shown.
    void restore();
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreTableHeader(const QByteArray &state);
    void watchTab(SegmentTab *tab);
    [[nodiscard]] static std::optional<int> readInt(const QSettings &settings, const QString &key,
                                                    int minimum, int maximum);
    [[nodiscard]] static std::optional<QByteArray> readState(const QSettings &settings, const QString &key);

    MainWindow *m_window;
    // The hex pane's settings as last set in any tab (or restored): what the next tab starts with.
    std::optional<int> m_tickMs;
    std::optional<int> m_bytesPerLine;
};

} // namespace app
