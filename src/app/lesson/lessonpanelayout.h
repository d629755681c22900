#pragma once

class QBoxLayout;
class QPlainTextEdit;
class QWidget;

namespace app {

class MessageBar;

// What the lesson's panes that run shmdemo share (Lesson Writers, Race): the programs' output, kept to its last
// lines and following the newest, and the pane's shape, its message bar above its controls and that output.
class LessonPaneLayout
{
public:
    // Read-only, unwrapped, at most maxLines lines, on the newest line unless scrolled up.
    static void setUpOutput(QPlainTextEdit *output, int maxLines);
    // The message bar on top; below it the controls (left, `leftStretch`) beside the output (2).
    static void lay(QWidget *pane, MessageBar *messages, QBoxLayout *left, int leftStretch, QPlainTextEdit *output);
};

} // namespace app
