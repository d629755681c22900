#include "app/lesson/lessonpanelayout.h"

#include "app/lesson/bottomfollower.h"
#include "app/messagebar.h"

#include <QBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace app {

void LessonPaneLayout::setUpOutput(QPlainTextEdit *output, int maxLines)
{
    output->setReadOnly(true);
    output->setMaximumBlockCount(maxLines);
    output->setLineWrapMode(QPlainTextEdit::NoWrap);
    // QPlainTextEdit follows new lines only while the last one is in view: a dock made shorter hides it.
    new BottomFollower(output->verticalScrollBar());
}

void LessonPaneLayout::lay(QWidget *pane, MessageBar *messages, QBoxLayout *left, int leftStretch,
                           QPlainTextEdit *output)
{
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, leftStretch);
    columns->addWidget(output, 2);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(messages);
    layout->addLayout(columns, 1);
}

} // namespace app
