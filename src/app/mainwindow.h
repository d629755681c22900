#pragma once

#include "attachment.h"
#include "segmentinfo.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QDoubleSpinBox;
class QTabWidget;

namespace Ui {
class MainWindow;
}
namespace core {
struct ScanResult;
struct ShmError;
} // namespace core

namespace app {

class MessageBar;
class SegmentTab;
class RefreshController;
class SegmentFilterProxy;
class SegmentTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // procRoot: where the kernel's files are read from (a seam for tests; "/proc" for real use).
    explicit MainWindow(const QString &procRoot = QStringLiteral("/proc"), QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SegmentTableModel *segmentModel() const { return m_model; }
    [[nodiscard]] RefreshController *refreshController() const { return m_refresh; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] QTabWidget *segmentTabs() const;

    // Attaches a segment in a new tab (or shows the tab that has it in that mode). Errors go to the message
    // bar; returns the tab, or nullptr.
    SegmentTab *attachSegment(int shmid, core::Attachment::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets again every text given in code, in the language now installed (the .ui's texts: retranslateUi).
    void retranslate();
    void setUpTable();
    void setUpRefreshControls();
    void setUpStatusBar();
    void showScan(const core::ScanResult &result);
    void showScanError(const core::ShmError &error);
    void showUsage();
    void newSegment();
    void removeSelectedSegments();
    void showColumnMenu(const QPoint &position);
    void updateDetails();
    void updateActions();
    void selectShmid(int shmid);
    void selectAfterNextScan(int shmid);
    void about();
    void attachSelected(core::Attachment::Mode mode);
    void closeTab(int index);
    [[nodiscard]] QList<core::SegmentInfo> selectedSegments() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    SegmentTableModel *m_model;
    SegmentFilterProxy *m_proxy;
    RefreshController *m_refresh;
    MessageBar *m_messages;
    QDoubleSpinBox *m_interval = nullptr;
    QLabel *m_everyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_limitLabel = nullptr;
    QLabel *m_bytesLabel = nullptr;
    QTimer m_fadeTimer; // repaints while change highlights fade
    core::ShmLimits m_limits;
    core::ShmUsage m_usage;
    bool m_firstScanShown = false;
};

} // namespace app
