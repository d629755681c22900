#include "segmenttab.h"

#include "bytesearch.h"
#include "byteformat.h"
#include "hexview.h"
#include "inputparser.h"
#include "layoutlibrary.h"
#include "messagebar.h"
#include "segmentdocument.h"
#include "segmentformat.h"
#include "structpane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using core::SegmentFormat;

namespace app {

SegmentTab::SegmentTab(std::unique_ptr<core::Attachment> attachment, QWidget *parent)
    : QWidget(parent),
      m_document(new SegmentDocument(std::move(attachment), this)),
      m_hexView(new HexView(this)),
      m_messages(new MessageBar(this)),
      m_structPane(new StructPane(m_document, m_hexView, this))
{
    setObjectName(QStringLiteral("segmentTab"));
    setAccessibleName(tr("Attached segment %1").arg(shmid()));
    m_messages->setObjectName(QStringLiteral("tabMessageBar"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("segmentInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_info);
    layout->addWidget(m_messages);
    layout->addWidget(createControls());
    auto *panes = new QSplitter(Qt::Horizontal, this);
    panes->setObjectName(QStringLiteral("paneSplitter"));
    panes->setChildrenCollapsible(false);
    panes->addWidget(m_hexView);
    panes->addWidget(m_structPane);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 2);
    layout->addWidget(panes, 1);
    layout->addWidget(createFindBar());

    m_hexView->setDocument(m_document);
    m_document->setConflictHandler(
        [this](quint64 offset, const QByteArray &ours, const QByteArray &now) { return askUndoAnyway(offset, ours, now); });
    connect(m_hexView, &HexView::editRefused, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_structPane, &StructPane::editRefused, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_document, &SegmentDocument::bytesChanged, this, &SegmentTab::updateChangeCount);
    connect(m_document, &SegmentDocument::stateChanged, this, &SegmentTab::updateInfo);
    createActions();
    restoreLayoutForKey();
    connect(m_structPane, &StructPane::layoutApplied, this, &SegmentTab::rememberLayout);
    updateInfo();
    updateChangeCount();
    setFocusProxy(m_hexView);
}

SegmentTab::~SegmentTab() = default;

int SegmentTab::shmid() const
{
    return m_document->attachment().shmid();
}

QString SegmentTab::title() const
{
    return tr("%1 (%2) %3")
        .arg(shmid())
        .arg(SegmentFormat::key(m_document->attachment().key()),
             m_document->isWritable() ? tr("RW") : tr("RO"));
}

QWidget *SegmentTab::createControls()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);

    auto *live = new QCheckBox(tr("&Live"), controls);
    live->setObjectName(QStringLiteral("liveCheck"));
    live->setAccessibleName(tr("Live refresh"));
    live->setToolTip(tr("Re-read the bytes on screen on a timer and light up what changed"));
    live->setChecked(true);
    connect(live, &QCheckBox::toggled, m_document, [this](bool on) { m_document->setPaused(!on); });

    auto *interval = new QSpinBox(controls);
    interval->setObjectName(QStringLiteral("tickInterval"));
    interval->setAccessibleName(tr("Refresh period in milliseconds"));
    interval->setRange(SegmentDocument::MinimumTickMs, SegmentDocument::MaximumTickMs);
    interval->setSuffix(tr(" ms"));
    interval->setSingleStep(50);
    interval->setValue(m_document->tickInterval());
    connect(interval, &QSpinBox::valueChanged, m_document, &SegmentDocument::setTickInterval);

    auto *bytesPerLine = new QSpinBox(controls);
    bytesPerLine->setObjectName(QStringLiteral("bytesPerLine"));
    bytesPerLine->setAccessibleName(tr("Bytes per line"));
    bytesPerLine->setRange(HexView::MinimumBytesPerLine, HexView::MaximumBytesPerLine);
    bytesPerLine->setValue(m_hexView->bytesPerLine());
    connect(bytesPerLine, &QSpinBox::valueChanged, m_hexView, &HexView::setBytesPerLine);

    auto *group = new QSpinBox(controls);
    group->setObjectName(QStringLiteral("groupSize"));
    group->setAccessibleName(tr("Bytes per group"));
    group->setToolTip(tr("An extra space after this many bytes; 0 for none"));
    group->setRange(0, HexView::MaximumBytesPerLine);
    group->setValue(m_hexView->groupSize());
    connect(group, &QSpinBox::valueChanged, m_hexView, &HexView::setGroupSize);

    m_changes = new QLabel(controls);
    m_changes->setObjectName(QStringLiteral("changeCount"));

    auto *every = new QLabel(tr("every"), controls);
    every->setBuddy(interval);
    auto *perLine = new QLabel(tr("&Bytes per line:"), controls);
    perLine->setBuddy(bytesPerLine);
    row->addWidget(live);
    row->addWidget(every);
    row->addWidget(interval);
    row->addSpacing(12);
    row->addWidget(perLine);
    row->addWidget(bytesPerLine);
    auto *grouped = new QLabel(tr("&grouped by"), controls);
    grouped->setBuddy(group);
    row->addWidget(grouped);
    row->addWidget(group);
    row->addSpacing(12);
    row->addWidget(m_changes, 1);
    return controls;
}

QWidget *SegmentTab::createFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(0, 0, 0, 0);
    m_findText = new QLineEdit(m_findBar);
    m_findText->setObjectName(QStringLiteral("findText"));
    m_findText->setAccessibleName(tr("Find"));
    m_findText->setPlaceholderText(tr("bytes in hex (42 6f 62) or text"));
    m_findMode = new QComboBox(m_findBar);
    m_findMode->setObjectName(QStringLiteral("findMode"));
    m_findMode->setAccessibleName(tr("Find as"));
    m_findMode->addItems({tr("Hex"), tr("Text")});
    auto *next = new QPushButton(tr("Find &Next"), m_findBar);
    next->setObjectName(QStringLiteral("findNext"));
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close find bar"));
    auto *label = new QLabel(tr("&Find:"), m_findBar);
    label->setBuddy(m_findText);
    row->addWidget(label);
    row->addWidget(m_findText, 1);
    row->addWidget(m_findMode);
    row->addWidget(next);
    row->addWidget(close);
    connect(m_findText, &QLineEdit::returnPressed, this, &SegmentTab::findNext);
    connect(next, &QPushButton::clicked, this, &SegmentTab::findNext);
    connect(close, &QToolButton::clicked, m_findBar, &QWidget::hide);
    m_findBar->hide();
    return m_findBar;
}

void SegmentTab::createActions()
{
    const auto add = [this](QAction *action, const QKeySequence &shortcut, const char *name) {
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    QUndoStack *undo = m_document->undoStack();
    add(undo->createUndoAction(this, tr("&Undo")), QKeySequence::Undo, "undoAction");
    add(undo->createRedoAction(this, tr("&Redo")), QKeySequence::Redo, "redoAction");
    connect(add(new QAction(tr("&Go to Offset…"), this), QKeySequence(tr("Ctrl+G")), "goToAction"),
            &QAction::triggered, this, &SegmentTab::goToOffset);
    connect(add(new QAction(tr("&Find…"), this), QKeySequence::Find, "findAction"), &QAction::triggered, this,
            &SegmentTab::showFindBar);
    connect(add(new QAction(tr("Find Ne&xt"), this), QKeySequence::FindNext, "findNextAction"), &QAction::triggered,
            this, &SegmentTab::findNext);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    connect(add(new QAction(tr("Copy as &Hex"), this), QKeySequence(), "copyHexAction"), &QAction::triggered,
            m_hexView, &HexView::copyAsHex);
    connect(add(new QAction(tr("Copy as &Text"), this), QKeySequence(), "copyTextAction"), &QAction::triggered,
            m_hexView, &HexView::copyAsText);
    connect(add(new QAction(tr("Copy as &C Array"), this), QKeySequence(), "copyCArrayAction"), &QAction::triggered,
            m_hexView, &HexView::copyAsCArray);
    m_hexView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_hexView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addActions(actions());
        menu.exec(m_hexView->mapToGlobal(position));
    });
}

void SegmentTab::updateInfo()
{
    const core::Attachment &a = m_document->attachment();
    QString text = tr("Segment %1 · key %2 · %3 bytes (%4) · %5 at %6")
                       .arg(a.shmid())
                       .arg(SegmentFormat::key(a.key()))
                       .arg(a.size())
                       .arg(SegmentFormat::humanSize(a.size()),
                            a.isWritable() ? tr("attached read-write") : tr("attached read-only"),
                            SegmentFormat::address(a.address()));
    QString note = tr("Our attach counts in nattch, and ShmScope becomes the segment's lpid.");
    switch (m_document->state()) {
    case core::Attachment::State::Alive: break;
    case core::Attachment::State::Removed:
        note = tr("Removed (dest): the kernel keeps it until the last process, maybe us, detaches.");
        break;
    case core::Attachment::State::Gone:
    case core::Attachment::State::Reused:
        // Our mapping is of the old segment: say so, and never present it as what the id names now.
        note = tr("Segment %1 no longer exists, or its id now names another segment: these are the bytes of the "
                  "segment we attached. Close the tab to detach.")
                   .arg(a.shmid());
        m_messages->showMessage(MessageBar::Kind::Error, note);
        break;
    }
    m_info->setText(QStringLiteral("<b>%1</b><br><small>%2</small>").arg(text.toHtmlEscaped(), note.toHtmlEscaped()));
}

void SegmentTab::updateChangeCount()
{
    const QDateTime last = m_document->lastChangeTime();
    m_changes->setText(last.isValid()
                           ? tr("%n change(s), last at %1", nullptr, int(m_document->changeEvents()))
                                 .arg(last.toString(QStringLiteral("HH:mm:ss.zzz")))
                           : tr("no changes seen yet"));
}

void SegmentTab::goToOffset()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Offset"),
                                               tr("Offset, in hex (0x10) or decimal (16), below %1:")
                                                   .arg(m_document->size()),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto offset = core::InputParser::offset(text);
    if (!offset.ok()) {
        m_messages->showMessage(MessageBar::Kind::Error, offset.error().message);
        return;
    }
    if (offset.value() >= m_document->size()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Offset %1 is past the end: the segment has %2 bytes (0 to %3).")
                                    .arg(offset.value())
                                    .arg(m_document->size())
                                    .arg(m_document->size() - 1));
        return;
    }
    m_hexView->setCursorOffset(offset.value());
}

void SegmentTab::showFindBar()
{
    m_findBar->show();
    m_findText->setFocus();
    m_findText->selectAll();
}

void SegmentTab::findNext()
{
    if (m_findText->text().isEmpty()) {
        showFindBar();
        return;
    }
    QByteArray needle;
    if (m_findMode->currentIndex() == 0) {
        const auto bytes = core::InputParser::hexBytes(m_findText->text());
        if (!bytes.ok()) {
            m_messages->showMessage(MessageBar::Kind::Error, bytes.error().message);
            return;
        }
        needle = bytes.value();
    } else {
        needle = m_findText->text().toUtf8();
    }
    const quint64 from = m_hexView->hasSelection() ? m_hexView->selectionStart() + 1 : m_hexView->cursorOffset();
    const auto found = core::ByteSearch::find(m_document->attachment(), needle, from);
    if (!found) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("%1 is not in the segment.").arg(core::ByteFormat::hex(needle)));
        return;
    }
    m_messages->hideFrom(QString());
    m_hexView->setSelection(*found, quint64(needle.size()));
}

// Attaching key 0x1234 again reads it with the layout used for it last time.
void SegmentTab::restoreLayoutForKey()
{
    const qint32 key = m_document->attachment().key();
    const QString name = key == 0 ? QString() : core::LayoutLibrary::layoutForKey(key);
    if (name.isEmpty())
        return;
    const auto text = core::LayoutLibrary::load(name);
    QString error;
    if (!text.ok() || !m_structPane->applyLayout(name, text.value(), &error))
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("The layout %1, last used for this key, could not be read again: %2")
                                    .arg(name, text.ok() ? error : text.error().message));
}

void SegmentTab::rememberLayout(const QString &name)
{
    core::LayoutLibrary::addRecent(name);
    const qint32 key = m_document->attachment().key();
    if (key != 0)
        core::LayoutLibrary::rememberLayoutForKey(key, name);
}

bool SegmentTab::askUndoAnyway(quint64 offset, const QByteArray &ours, const QByteArray &now)
{
    const auto answer = QMessageBox::question(
        this, tr("Undo"),
        tr("Another process changed the bytes at 0x%1 after our edit: we wrote %2, the segment now holds %3. "
           "Undo anyway and overwrite them?")
            .arg(offset, 0, 16)
            .arg(core::ByteFormat::hex(ours), core::ByteFormat::hex(now)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

} // namespace app
