#include "app/segment/datainspectorpane.h"

#include "app/segment/datainspectormodel.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/table/rowhighlightdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using core::ByteInterpreter;

namespace app {

namespace {

// The longest values the rows show (a double near its limit, a date, the largest negative int64): the
// Value column is as wide as they are, so that it does not jump as the values change.
const QString WidestValue = QStringLiteral("-1.7976931348623157e+308");

} // namespace

DataInspectorPane::DataInspectorPane(SegmentDocument *document, HexView *hexView, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_hexView(hexView),
      m_model(new DataInspectorModel(this)),
      m_view(new QTableView(this)),
      m_delegate(new RowHighlightDelegate(DataInspectorModel::HighlightAgeRole, DataInspectorModel::HighlightMs,
                                          m_view, DataInspectorModel::ChangedByUsRole)),
      m_title(new QLabel(this)),
      m_offset(new QLabel(this)),
      m_endian(new QComboBox(this))
{
    setObjectName(QStringLiteral("dataInspector"));
    m_view->setObjectName(QStringLiteral("inspectorView"));
    m_offset->setObjectName(QStringLiteral("inspectorOffset"));
    m_endian->setObjectName(QStringLiteral("endianChoice"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // measured once a font, not a tick
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // Editing is started here (double-click, F2), so that an edit that may not be made says why instead of
    // doing nothing.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    m_endian->addItems({QString(), QString()}); // little, big: named in retranslate()
    m_endian->setCurrentIndex(m_model->endian() == ByteInterpreter::Endian::Little ? 0 : 1);

    auto *top = new QHBoxLayout;
    top->setSpacing(8); // its own: presenting, the layout below gives up its spacing, not these words theirs
    top->addWidget(m_title);
    top->addWidget(m_offset, 1);
    top->addWidget(m_endian);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_model->setDocument(document);
    fitColumns();
    connect(m_model, &DataInspectorModel::editRefused, this, &DataInspectorPane::editRefused);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataInspectorPane::fitColumns);
    connect(m_endian, &QComboBox::currentIndexChanged, m_model, [this](int index) {
        m_model->setEndian(index == 0 ? ByteInterpreter::Endian::Little : ByteInterpreter::Endian::Big);
        m_endian->setToolTip(m_endian->itemData(index, Qt::ToolTipRole).toString());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &DataInspectorPane::startEditing);
    connect(hexView, &HexView::cursorMoved, this, &DataInspectorPane::followCursor);
    connect(hexView, &HexView::selectionChanged, this, &DataInspectorPane::followCursor);
    // Values that changed fade like bytes in the hex view: repaint while any highlight lasts.
    connect(document, &SegmentDocument::ticked, m_view->viewport(), [this] {
        if (m_model->hasActiveHighlights())
            m_view->viewport()->update();
    });
    followCursor();
    retranslate();
    keepFewRows();
}

void DataInspectorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange) {
        fitColumns();
        keepFewRows();
    }
    QWidget::changeEvent(event);
}

bool DataInspectorPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) { // an open editor takes the keys itself
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier) {
            startEditing(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DataInspectorPane::retranslate()
{
    setAccessibleName(tr("Data inspector"));
    m_view->setAccessibleName(tr("The bytes at the cursor as each type"));
    m_title->setText(QStringLiteral("<b>%1</b>").arg(tr("Data Inspector").toHtmlEscaped()));
    m_endian->setAccessibleName(tr("Byte order"));
    m_endian->setItemText(0, tr("Little endian"));
    m_endian->setItemText(1, tr("Big endian"));
    m_endian->setItemData(0,
                          tr("Little endian: the byte at the lowest offset is the least significant (x86 and ARM "
                             "as Linux runs them)."),
                          Qt::ToolTipRole);
    m_endian->setItemData(1,
                          tr("Big endian: the byte at the lowest offset is the most significant (network byte "
                             "order)."),
                          Qt::ToolTipRole);
    m_endian->setToolTip(m_endian->itemData(m_endian->currentIndex(), Qt::ToolTipRole).toString());
    m_model->retranslate();
    updateOffsetLabel();
    fitColumns();
}

void DataInspectorPane::followCursor()
{
    m_model->setOffset(m_hexView->hasSelection() ? m_hexView->selectionStart() : m_hexView->cursorOffset());
    updateOffsetLabel();
}

void DataInspectorPane::updateOffsetLabel()
{
    //: Where the data inspector's values start: "at 0x10".
    m_offset->setText(tr("at 0x%1").arg(m_model->offset(), 0, 16));
}

void DataInspectorPane::startEditing(const QModelIndex &index)
{
    const std::optional<ByteInterpreter::Type> type = m_model->typeOf(index);
    if (!type)
        return;
    const QString refusal = m_model->editRefusal(*type);
    if (!refusal.isEmpty()) {
        emit editRefused(refusal);
        return;
    }
    const QModelIndex value = m_model->valueIndex(*type);
    m_view->setCurrentIndex(value);
    m_view->edit(value);
}

void DataInspectorPane::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(0);
    const QFontMetrics metrics(m_view->font());
    m_view->verticalHeader()->setMinimumSectionSize(0);
    // Presenting, rows as close as the struct pane's, so that the eight of the two-column form fit below the
    // bytes beside the fields at 200 % on 720 lines.
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + (m_presenting ? 0 : 6));
    int labels = 0;
    for (int row = 0; row < ByteInterpreter::TypeCount; ++row)
        labels = std::max(labels, metrics.horizontalAdvance(ByteInterpreter::label(ByteInterpreter::typeAt(row))));
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    const int typeWidth = std::max(labels, QFontMetrics(header->font()).horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString()))
                          + margin;
    const int valueWidth = metrics.horizontalAdvance(WidestValue) + margin;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool value = column % 2 == 1;
        const bool last = column == m_model->columnCount() - 1;
        header->setSectionResizeMode(column, last ? QHeaderView::Stretch : QHeaderView::Interactive);
        header->resizeSection(column, value ? valueWidth : typeWidth);
    }
    updateGeometry();
}

int DataInspectorPane::neededWidth() const
{
    int width = 2 * m_view->frameWidth();
    const QFontMetrics metrics(m_view->font());
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += column % 2 == 1 && column == m_model->columnCount() - 1
                     ? metrics.horizontalAdvance(WidestValue) + 2 * metrics.averageCharWidth()
                     : m_view->horizontalHeader()->sectionSize(column);
    return std::max(width, layout()->itemAt(0)->sizeHint().width());
}

int DataInspectorPane::neededHeight() const
{
    return heightForRows(m_model->rowCount());
}

int DataInspectorPane::heightForRows(int rows) const
{
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    const int table = m_view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
    return layout()->itemAt(0)->sizeHint().height() + layout()->spacing() + table;
}

QSize DataInspectorPane::sizeHint() const
{
    constexpr int HintedRows = 6;
    const int hidden = std::max(0, m_model->rowCount() - HintedRows) * m_view->verticalHeader()->defaultSectionSize();
    return {neededWidth(), neededHeight() - hidden};
}

void DataInspectorPane::setHighContrast(bool on)
{
    m_delegate->setHighContrast(on);
    m_view->viewport()->update();
}

void DataInspectorPane::setPresentation(bool on)
{
    m_presenting = on;
    m_model->setPairs(on ? 2 : 1);
    // The choice above sits on the header, and the rows' frame goes: the rows take the height.
    layout()->setSpacing(on ? 0 : -1);
    m_view->setFrameShape(on ? QFrame::NoFrame : QFrame::StyledPanel);
    fitColumns();
    keepFewRows();
}

void DataInspectorPane::keepFewRows()
{
    // Outside presentation mode never shut by the panes beside it (the bookmarks coming, the fields): its
    // header and a row stay, the rest scroll. Presenting, the tab shows it whole or not at all.
    setMinimumSize(1, m_presenting ? 1 : heightForRows(1));
}

} // namespace app
