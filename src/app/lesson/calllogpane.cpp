#include "app/lesson/calllogpane.h"

#include "app/columnfitter.h"
#include "app/lesson/bottomfollower.h"
#include "app/lesson/calllogmodel.h"
#include "app/messagebar.h"
#include "app/wrappedrows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

CallLogPane::CallLogPane(QWidget *parent)
    : QWidget(parent),
      m_model(new CallLogModel(this)),
      m_messages(new MessageBar(this)),
      m_note(new QLabel(this)),
      m_view(new QTableView(this)),
      m_copyButton(new QToolButton(this)),
      m_clearButton(new QToolButton(this)),
      m_saveButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("callLogPane"));
    m_note->setObjectName(QStringLiteral("callLogNote"));
    m_note->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("callLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // The time and the shell command as wide as they are; the C statement takes the rest, and a statement
    // longer than that wraps onto a second line of its row rather than being cut.
    m_columns = new ColumnFitter(m_view, m_view->horizontalHeader());
    m_columns->setSpareColumn(CallLogModel::StatementColumn);
    new WrappedRows(m_view);

    m_copyButton->setObjectName(QStringLiteral("callLogCopy"));
    m_clearButton->setObjectName(QStringLiteral("callLogClear"));
    m_saveButton->setObjectName(QStringLiteral("callLogSave"));
    for (QToolButton *button : {m_copyButton, m_clearButton, m_saveButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_copyButton, &QToolButton::clicked, this, &CallLogPane::copy);
    connect(m_clearButton, &QToolButton::clicked, this, &CallLogPane::clear);
    connect(m_saveButton, &QToolButton::clicked, this, &CallLogPane::save);
    auto *copyShortcut = new QAction(this);
    copyShortcut->setShortcut(QKeySequence::Copy);
    copyShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QAction::triggered, this, &CallLogPane::copy);
    m_view->addAction(copyShortcut);

    // New lines follow the bottom, unless the reader has scrolled up to read an older one.
    new BottomFollower(m_view->verticalScrollBar());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_messages);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    retranslate();
    fitToFont();
}

// Rows as high as the text, at any zoom.
void CallLogPane::fitToFont()
{
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_view->font()).height() + 4);
}

void CallLogPane::setPresentation(bool on)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_copyButton),
                            static_cast<QWidget *>(m_clearButton), static_cast<QWidget *>(m_saveButton)})
        widget->setVisible(!on);
    if (on)
        m_view->scrollToBottom();
}

int CallLogPane::heightForRows(int rows) const
{
    const QMargins margins = layout()->contentsMargins();
    return margins.top() + margins.bottom() + m_view->horizontalHeader()->sizeHint().height()
           + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
}

void CallLogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        fitToFont();
    QWidget::changeEvent(event);
}

void CallLogPane::retranslate()
{
    m_note->setText(tr("Every call ShmScope makes to the kernel, as C, with what it returned and the shell command "
                       "that does the same; in italics, what other processes did between two refreshes. The "
                       "refresh timer's own reads of /proc are not listed."));
    m_view->setAccessibleName(tr("Call log"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the selected lines, or all of them when none is selected"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Empty the log"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolTip(tr("Save the log as a text file"));
    m_model->retranslate();
}

QList<int> CallLogPane::rowsToCopy() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CallLogPane::copy()
{
    QApplication::clipboard()->setText(m_model->text(rowsToCopy()));
}

void CallLogPane::clear()
{
    m_model->clear();
    m_messages->hide();
}

void CallLogPane::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Call Log"), QStringLiteral("shmscope-calls.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool CallLogPane::saveTo(const QString &path)
{
    QList<int> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all << row;
    // QSaveFile: a failed save leaves an older file of that name as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_model->text(all).toUtf8()) < 0
        || !file.commit()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("The call log could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Saved %n line(s) to %1.", nullptr, int(all.size())).arg(path));
    return true;
}

} // namespace app
