#include "app/structs/structpane.h"

#include "app/columnfitter.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/structs/layouteditordialog.h"
#include "app/structs/structdelegate.h"
#include "app/structs/structmodel.h"
#include "core/layout/fieldcodec.h"
#include "core/layout/layoutlibrary.h"
#include "core/layout/stpid.h"
#include "core/layout/structparser.h"
#include "core/race/racerecord.h"
#include "core/translations.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace app {

StructPane::StructPane(SegmentDocument *document, HexView *hexView, const core::LayoutLibrary &layouts,
                       QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_hexView(hexView),
      m_layouts(&layouts),
      m_model(new StructModel(this)),
      m_view(new QTreeView(this)),
      m_layoutLabel(new QLabel(this)),
      m_sizeNote(new QLabel(this)),
      m_tornNote(new QLabel(this)),
      m_record(new QSpinBox(this)),
      m_recordLabel(new QLabel(this)),
      m_editButton(new QPushButton(this)),
      m_worker(new core::LayoutWorker(this))
{
    setObjectName(QStringLiteral("structPane"));
    m_view->setObjectName(QStringLiteral("structView"));
    m_view->setModel(m_model);
    m_delegate = new StructDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The values change as other processes write: the columns follow them; the comments take what is left.
    m_columns = new ColumnFitter(m_view, m_view->header());
    m_columns->setSpareColumn(StructModel::DescriptionColumn);
    m_layoutLabel->setObjectName(QStringLiteral("layoutLabel"));
    m_sizeNote->setObjectName(QStringLiteral("sizeNote"));
    m_sizeNote->setWordWrap(true);
    m_tornNote->setObjectName(QStringLiteral("tornNote"));
    m_tornNote->setWordWrap(true);
    // Red like a refusal: what the class should look at, also in presentation mode.
    m_tornNote->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c0392b; padding: 2px 4px; "
                                             "font-weight: bold; }"));
    m_tornNote->hide();
    m_record->setObjectName(QStringLiteral("recordSpin"));
    m_editButton->setObjectName(QStringLiteral("editLayoutButton"));
    m_recordLabel->setBuddy(m_record);
    auto *top = new QHBoxLayout;
    top->addWidget(m_layoutLabel, 1);
    top->addWidget(m_recordLabel);
    top->addWidget(m_record);
    top->addWidget(m_editButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_sizeNote);
    layout->addWidget(m_tornNote);
    layout->addWidget(m_view, 1);

    m_model->setDocument(document);
    connect(m_editButton, &QPushButton::clicked, this, &StructPane::editLayout);
    connect(m_record, &QSpinBox::valueChanged, m_model, [this](int record) {
        m_model->setRecord(quint64(record));
        updateTornNote();
    });
    connect(m_model, &StructModel::editRefused, this, &StructPane::editRefused);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StructPane::selectBytesOfField);
    connect(m_hexView, &HexView::selectionChanged, this, &StructPane::selectFieldsOfBytes);
    connect(m_hexView, &HexView::cursorMoved, this, &StructPane::selectFieldsOfBytes);
    connect(m_view, &QTreeView::expanded, this, &StructPane::scheduleVisibleRows);
    connect(m_view, &QTreeView::collapsed, this, &StructPane::scheduleVisibleRows);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &StructPane::scheduleVisibleRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StructPane::scheduleVisibleRows);
    m_view->viewport()->installEventFilter(this); // its resizes
    createFieldActions();
    // Fields that changed fade like bytes in the hex view: repaint while any highlight lasts.
    connect(document, &SegmentDocument::ticked, m_view->viewport(), [this] {
        if (m_model->hasActiveHighlights())
            m_view->viewport()->update();
    });
    // Read while the tick holds the document's read guard (the Race lesson's semaphore), like the rows.
    connect(document, &SegmentDocument::ticked, this, &StructPane::updateTornNote);
    connect(document, &SegmentDocument::momentChanged, this, &StructPane::updateTornNote);
    // The worker answers only the layout on its way: a newer one has stopped the older.
    connect(m_worker, &core::LayoutWorker::finished, this,
            [this](const core::Result<core::StructLayout> &layout) { finishLayout(m_pending.request, layout); });
    // The built-in st_pid needs no parse: libclang is loaded only when another layout is chosen.
    applyLayout(core::StructParser::builtinName(), core::StructParser::builtinStPid(),
                core::StructParser::builtinLayout(), QString());
    retranslate();
}

void StructPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool StructPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleVisibleRows();
    return QWidget::eventFilter(watched, event);
}

void StructPane::scheduleVisibleRows()
{
    if (m_visibleRowsScheduled)
        return;
    m_visibleRowsScheduled = true;
    QTimer::singleShot(0, this, &StructPane::updateVisibleRows);
}

void StructPane::updateVisibleRows()
{
    m_visibleRowsScheduled = false;
    QModelIndexList rows;
    const QRect area = m_view->viewport()->rect();
    for (QModelIndex row = m_view->indexAt(area.topLeft()); row.isValid() && m_view->visualRect(row).top() <= area.bottom();
         row = m_view->indexBelow(row))
        rows.append(row);
    m_model->setVisibleRows(rows);
}

void StructPane::retranslate()
{
    setAccessibleName(tr("Struct fields"));
    m_view->setAccessibleName(tr("Fields of the struct"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setToolTip(tr("The segment holds several records of this struct back to back: which one to show"));
    m_recordLabel->setText(tr("&Record:"));
    m_editButton->setText(tr("&Layout…"));
    m_editButton->setToolTip(tr("Choose or paste the C struct to read the segment as"));
    m_bookmarkAction->setText(tr("&Bookmark Field"));
    m_bookmarkAction->setToolTip(tr("Name this field's bytes and give them a colour in the hex view"));
    m_watchAction->setText(tr("&Watch"));
    m_watchAction->setToolTip(tr("Plot this field's value over time below, from every change the refresh sees"));
    m_freezeAction->setText(tr("&Freeze"));
    m_freezeAction->setToolTip(tr("Hold the field at its value now: it is written back whenever another process "
                                  "changes it"));
    m_freezeAtAction->setText(tr("Freeze at &Value…"));
    m_freezeAtAction->setToolTip(tr("Hold the field at a value you type"));
    m_unfreezeAction->setText(tr("&Unfreeze"));
    m_unfreezeAllAction->setText(tr("Unfreeze &All"));
    m_model->retranslate();
    // The built-in st_pid's comments speak the window's language: its text and its fields' descriptions.
    if (const QString builtin = core::StructParser::builtinStPid();
        core::StructParser::builtinLanguage(m_layoutText) && m_layoutText != builtin)
        applyLayout(m_layoutName, builtin, core::StructParser::builtinLayout(), m_layoutSource);
    updateLayoutLabel();
    updateSizeNote();
}

void StructPane::createFieldActions()
{
    const auto add = [this](QAction *&action, const char *name, void (StructPane::*slot)(),
                            const QString &icon = QStringLiteral(":/icons/frozen.svg")) {
        action = new QAction(QIcon(icon), QString(), this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
    };
    add(m_watchAction, "watchFieldAction", &StructPane::watchField, QStringLiteral(":/icons/watch.svg"));
    m_bookmarkAction = new QAction(QIcon(QStringLiteral(":/icons/bookmark-add.svg")), QString(), this);
    m_bookmarkAction->setObjectName(QStringLiteral("bookmarkFieldAction"));
    connect(m_bookmarkAction, &QAction::triggered, this, [this] {
        if (const QModelIndex index = m_view->currentIndex(); index.isValid())
            emit bookmarkRequested(index);
    });
    add(m_freezeAction, "freezeAction", &StructPane::freezeField);
    add(m_freezeAtAction, "freezeAtAction", &StructPane::freezeFieldAt);
    add(m_unfreezeAction, "unfreezeAction", &StructPane::unfreezeField);
    add(m_unfreezeAllAction, "unfreezeAllAction", &StructPane::unfreezeAll);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &StructPane::showFieldMenu);
}

void StructPane::showFieldMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    const core::StructField *field = index.isValid() ? m_model->fieldAt(index) : nullptr;
    const bool writable = m_document->isWritable();
    m_freezeAction->setEnabled(writable && field && !field->isBitField());
    m_freezeAtAction->setEnabled(writable && field && core::FieldCodec::isEditable(*field) && !field->isBitField());
    m_unfreezeAction->setEnabled(index.isValid()
                                 && m_document->freezer().overlaps(index.data(StructModel::OffsetRole).toULongLong(),
                                                                   index.data(StructModel::SizeRole).toULongLong()));
    m_unfreezeAllAction->setEnabled(!m_document->freezer().isEmpty());
    m_watchAction->setEnabled(field != nullptr);
    m_bookmarkAction->setEnabled(index.isValid() && index.data(StructModel::SizeRole).toULongLong() > 0);
    QMenu menu(this);
    menu.addAction(m_watchAction);
    menu.addAction(m_bookmarkAction);
    menu.addSeparator();
    menu.addActions({m_freezeAction, m_freezeAtAction, m_unfreezeAction, m_unfreezeAllAction});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void StructPane::watchField()
{
    if (const QModelIndex index = m_view->currentIndex(); index.isValid())
        emit watchRequested(index);
}

void StructPane::freezeField()
{
    if (const auto frozen = m_model->freeze(m_view->currentIndex()); !frozen.ok())
        emit editRefused(frozen.error().message);
}

void StructPane::freezeFieldAt()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(StructModel::ValueColumn);
    const core::StructField *field = index.isValid() ? m_model->fieldAt(index) : nullptr;
    if (!field)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Freeze at Value"),
                                               tr("Hold %1 (%2) at:").arg(field->displayName(), field->typeName),
                                               QLineEdit::Normal, index.data().toString(), &ok);
    if (!ok)
        return;
    if (const auto frozen = m_model->freeze(index, text); !frozen.ok())
        emit editRefused(frozen.error().message);
}

void StructPane::unfreezeField()
{
    m_model->unfreeze(m_view->currentIndex());
}

void StructPane::unfreezeAll()
{
    m_document->freezer().unfreezeAll();
}

void StructPane::updateLayoutLabel()
{
    const core::StructLayout &layout = m_model->layout();
    QString text = tr("<b>%1</b>: sizeof %2 byte(s)", nullptr, core::Translations::numerus(layout.sizeOf))
                       .arg(layout.typeName.toHtmlEscaped())
                       .arg(layout.sizeOf);
    // The layout in force stays shown, and read, until the new one is ready.
    if (isLayingOut())
        text += QStringLiteral(" &nbsp; <i>%1</i>").arg(tr("laying out %1…").arg(m_pending.name.toHtmlEscaped()));
    m_layoutLabel->setText(text);
}

quint64 StructPane::layOut(const QString &name, const QString &cText, const QString &source, LayoutReply reply)
{
    m_worker->stop();
    const quint64 request = ++m_requests;
    m_pending = {request, name, cText, source, std::move(reply)};
    if (auto known = core::StructParser::parseWithoutWorker(cText)) {
        // No clang needed (the built-in st_pid, text refused unread): answered all the same from the event
        // loop, so that every caller sees one order of things.
        QTimer::singleShot(0, this, [this, request, layout = *std::move(known)] { finishLayout(request, layout); });
    } else {
        m_worker->start(cText.toUtf8());
    }
    updateLayoutLabel();
    return request;
}

void StructPane::cancelLayout(quint64 request)
{
    if (request == 0 || request != m_pending.request)
        return;
    m_worker->stop();
    m_pending = {};
    updateLayoutLabel();
}

void StructPane::finishLayout(quint64 request, const core::Result<core::StructLayout> &layout)
{
    if (request == 0 || request != m_pending.request)
        return; // stopped by a newer layout or cancelled
    const PendingLayout done = std::exchange(m_pending, {});
    if (layout.ok())
        applyLayout(done.name, done.cText, layout.value(), done.source);
    else
        updateLayoutLabel();
    if (done.reply)
        done.reply(layout.ok() ? core::Result<core::Done>(core::Done{}) : core::Result<core::Done>(layout.error()));
}

void StructPane::applyLayout(const QString &name, const QString &cText, const core::StructLayout &layout,
                             const QString &source)
{
    m_layoutName = name;
    m_layoutText = cText;
    m_layoutSource = source.isEmpty() ? name : source;
    m_model->setLayout(layout);
    m_view->expandToDepth(0);
    m_columns->fit();
    updateLayoutLabel();
    updateSizeNote();
    updateTornNote();
    emit layoutApplied(m_layoutSource);
}

void StructPane::updateSizeNote()
{
    const quint64 sizeOf = m_model->layout().sizeOf;
    const quint64 size = m_document->size();
    QStringList notes = m_model->layout().notes;
    const quint64 records = m_model->recordCount();
    // Each sentence whole, for the translator: the count that may be 1 chooses the plural form, and what is
    // left after the last record is named by where it starts, not by another count.
    if (sizeOf > size)
        notes.prepend(
            tr("The segment has only %1 byte(s), fewer than sizeof (%2): the fields past byte %1 are "
               "unavailable and are never read or written.",
               nullptr, core::Translations::numerus(size))
                .arg(size)
                .arg(sizeOf));
    else if (sizeOf < size && size % sizeOf == 0)
        notes.prepend(tr("The segment has %1 bytes: room for %2 record(s) of sizeof %3.", nullptr,
                         core::Translations::numerus(records))
                          .arg(size)
                          .arg(records)
                          .arg(sizeOf));
    else if (sizeOf < size)
        notes.prepend(
            tr("The segment has %1 bytes: room for %2 record(s) of sizeof %3; the bytes from offset %4 "
               "to the end are too few for another.",
               nullptr, core::Translations::numerus(records))
                .arg(size)
                .arg(records)
                .arg(sizeOf)
                .arg(size - size % sizeOf));
    m_sizeNote->setText(notes.join(QLatin1Char('\n')));
    m_sizeNote->setVisible(!notes.isEmpty() && !m_presenting);
    m_record->setRange(0, int(std::min<quint64>(m_model->recordCount() > 0 ? m_model->recordCount() - 1 : 0,
                                                quint64(std::numeric_limits<int>::max()))));
    m_record->setEnabled(m_model->recordCount() > 1);
}

void StructPane::updateTornNote()
{
    QString text;
    const core::StructLayout &layout = m_model->layout();
    // Only the lesson's record is read as a race record: another struct's bytes mean something else.
    if (layout.sizeOf == quint64(core::StPid::Size) && layout.typeName == QLatin1String("struct st_pid")) {
        const quint64 base = m_model->recordBase();
        std::optional<QByteArray> bytes;
        if (m_document->moment()) {
            if (core::ChangeRecorder::Moment past = m_document->momentBytes(base, core::StPid::Size); past.allKnown())
                bytes = std::move(past.bytes);
        } else if (auto now = m_document->read(base, core::StPid::Size); now.ok()) {
            bytes = std::move(now.value());
        }
        if (bytes) {
            const core::RaceRecord::Reading reading = core::RaceRecord::read(*bytes);
            if (reading.verdict == core::RaceRecord::Verdict::Torn)
                text = tornText(reading.pids);
        }
    }
    if (text == m_tornNote->text() && m_tornNote->isHidden() == text.isEmpty())
        return;
    m_tornNote->setText(text);
    m_tornNote->setVisible(!text.isEmpty());
}

QString StructPane::tornText(const QList<qint64> &pids)
{
    if (pids.size() == 2)
        return tr("torn: bytes from pid %1 and pid %2").arg(pids.at(0)).arg(pids.at(1));
    QStringList numbers;
    for (const qint64 pid : pids)
        numbers << QString::number(pid);
    //: More than two writers' bytes in one record: "torn: bytes from pids 1234, 5678, 9012".
    return tr("torn: bytes from pids %1").arg(numbers.join(QStringLiteral(", ")));
}

QString StructPane::tornNote() const
{
    return m_tornNote->isHidden() ? QString() : m_tornNote->text();
}

void StructPane::editLayout()
{
    LayoutEditorDialog dialog(m_layoutName, m_layoutText, m_layoutSource, m_layouts->recent(), this);
    quint64 request = 0;
    connect(&dialog, &LayoutEditorDialog::applyRequested, this,
            [this, &dialog, &request](const QString &name, const QString &text, const QString &source) {
                dialog.showNote(tr("Laying out %1…").arg(name));
                request = layOut(name, text, source, [&dialog](const core::Result<core::Done> &outcome) {
                    if (outcome.ok())
                        dialog.accept();
                    else
                        dialog.showError(outcome.error().message);
                });
            });
    dialog.exec();
    // Closed while clang was still at it: what was asked from the dialog is not wanted any more.
    cancelLayout(request);
}

void StructPane::selectBytesOfField()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return;
    m_syncing = true;
    m_hexView->setSelection(current.data(StructModel::OffsetRole).toULongLong(),
                            current.data(StructModel::SizeRole).toULongLong());
    m_syncing = false;
}

void StructPane::selectFieldsOfBytes()
{
    if (m_syncing)
        return;
    const quint64 length = m_hexView->hasSelection() ? m_hexView->selectionLength() : 1;
    const QModelIndexList covered = m_model->indexesCovering(m_hexView->selectionStart(), length);
    m_syncing = true;
    QItemSelection selection;
    for (const QModelIndex &index : covered)
        selection.select(index, index.siblingAtColumn(StructModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!covered.isEmpty())
        m_view->scrollTo(covered.first());
    m_syncing = false;
}

void StructPane::setPresentation(bool on)
{
    m_presenting = on;
    for (QWidget *tool : {static_cast<QWidget *>(m_layoutLabel), static_cast<QWidget *>(m_recordLabel),
                          static_cast<QWidget *>(m_record), static_cast<QWidget *>(m_editButton)})
        tool->setVisible(!on);
    m_view->setColumnHidden(StructModel::SizeColumn, on);
    m_view->setColumnHidden(StructModel::DescriptionColumn, on);
    if (!on)
        m_view->setColumnHidden(StructModel::NameColumn, false);
    updateSizeNote();
    m_columns->fit();
}

void StructPane::fitToWidth(int width)
{
    // Only when that makes the values whole: a value too long for any width is elided all the same.
    m_view->setColumnHidden(StructModel::NameColumn, false);
    if (!m_presenting || fieldsWidth() <= width)
        return;
    m_view->setColumnHidden(StructModel::NameColumn, true);
    if (fieldsWidth() > width)
        m_view->setColumnHidden(StructModel::NameColumn, false);
}

int StructPane::fieldsWidth() const
{
    int width = 2 * m_view->frameWidth();
    for (int column = 0; column < StructModel::ColumnCount; ++column) {
        if (!m_view->isColumnHidden(column))
            width += m_columns->neededWidth(column);
    }
    return width;
}

int StructPane::fieldsHeight() const
{
    int rows = 0;
    for (QModelIndex index = m_model->index(0, 0); index.isValid() && rows < MaximumPresentedRows;
         index = m_view->indexBelow(index))
        ++rows;
    const int rowHeight = rows > 0 ? m_view->sizeHintForRow(0) : 0;
    return m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
}

int StructPane::neededHeight() const
{
    int height = fieldsHeight();
    const int width = contentsRect().width();
    for (int at = 0; at < layout()->count(); ++at) {
        QLayoutItem *item = layout()->itemAt(at);
        if (item->widget() == m_view || item->isEmpty())
            continue;
        height += (item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height())
                  + layout()->spacing();
    }
    return height;
}

void StructPane::setHighContrast(bool on)
{
    m_delegate->setHighContrast(on);
    m_view->viewport()->update();
}


} // namespace app
