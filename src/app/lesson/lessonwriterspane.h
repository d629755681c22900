#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace app {

class LessonWriter;
class MessageBar;

// "Run lesson writer": starts shmdemo writers from the window, several at once (two students writing
// into the same segment), shows what each prints, and stops them on request. A writer's name is what it
// writes into names[]; two running writers may not share one, or nobody could tell their writes apart.
class LessonWritersPane : public QWidget
{
    Q_OBJECT

public:
    explicit LessonWritersPane(QWidget *parent = nullptr);

    // Starts a writer; false, with the reason shown in the pane, when the input is refused. Nothing starts then.
    bool start(const QString &name, const QString &key, int everyMs);
    void stop(const QString &name);
    void stopAll();
    [[nodiscard]] QList<LessonWriter *> writers() const { return m_writers; }
    [[nodiscard]] LessonWriter *writer(const QString &name) const;
    [[nodiscard]] QString output() const;
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    // Puts the cursor in the name field, for the menu action that opens the pane.
    void focusName();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startFromForm();
    void stopSelected();
    void showWriters();
    void print(const LessonWriter *writer, const QString &line);
    [[nodiscard]] QString refusal(const QString &name, const QString &key, int everyMs) const;

    MessageBar *m_messages;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_everyLabel;
    QSpinBox *m_every;
    QPushButton *m_startButton;
    QListWidget *m_list;
    QPushButton *m_stopButton;
    QPushButton *m_stopAllButton;
    QPlainTextEdit *m_output;
    QList<LessonWriter *> m_writers;
};

} // namespace app
