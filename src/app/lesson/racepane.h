#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace app {

class MessageBar;
class RaceLesson;

// Lesson > Race: the race lesson's steps, each said in a sentence on screen and run by its button, with what
// the window counts as it reads (torn records, and since the lock), and what the writers print.
class RacePane : public QWidget
{
    Q_OBJECT

public:
    RacePane(RaceLesson *lesson, QWidget *parent = nullptr);

    [[nodiscard]] RaceLesson *lesson() const { return m_lesson; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    // The sentence shown for the step now, and the counts line.
    [[nodiscard]] QString sentence() const;
    [[nodiscard]] QString counts() const;
    [[nodiscard]] QString output() const;

    // Presentation mode: the step's sentence, the counts and the buttons; the introduction and the writers'
    // output are folded away.
    void setPresentation(bool on);
    // The height that shows the steps' words whole at the pane's width, the message bar included.
    [[nodiscard]] int neededHeight() const;

    // The three buttons' work, for the buttons and for tests.
    void startUnlocked();
    void startLocked();
    void stop();

Q_SIGNALS:
    // The height the pane needs at its width changed (another step's sentence, longer counts): presentation
    // mode makes room for it again.
    void neededHeightChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showState();

    RaceLesson *m_lesson;
    MessageBar *m_messages;
    QWidget *m_steps = nullptr;
    QLabel *m_intro;
    QLabel *m_sentence;
    QLabel *m_counts;
    QPushButton *m_unlocked;
    QPushButton *m_locked;
    QPushButton *m_stop;
    QCheckBox *m_keep;
    QPlainTextEdit *m_output;
    int m_neededHeight = 0;
};

} // namespace app
