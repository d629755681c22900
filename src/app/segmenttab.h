#pragma once

#include "attachment.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace app {

class HexView;
class MessageBar;
class SegmentDocument;

// One attached segment in its own tab: what it is and how we hold it, the live hex view, the change
// count, and the tools that work on its bytes (find, go to, copy, undo). Closing the tab detaches.
class SegmentTab : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentTab(std::unique_ptr<core::Attachment> attachment, QWidget *parent = nullptr);
    ~SegmentTab() override;

    [[nodiscard]] SegmentDocument *document() const { return m_document; }
    [[nodiscard]] HexView *hexView() const { return m_hexView; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] int shmid() const;
    [[nodiscard]] QString title() const;

public slots:
    void goToOffset();
    void showFindBar();
    void findNext();

private:
    QWidget *createControls();
    QWidget *createFindBar();
    void createActions();
    void updateInfo();
    void updateChangeCount();
    bool askUndoAnyway(quint64 offset, const QByteArray &ours, const QByteArray &now);

    SegmentDocument *m_document;
    HexView *m_hexView;
    MessageBar *m_messages;
    QLabel *m_info = nullptr;
    QLabel *m_changes = nullptr;
    QCheckBox *m_live = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_bytesPerLine = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findText = nullptr;
    QComboBox *m_findMode = nullptr;
};

} // namespace app
