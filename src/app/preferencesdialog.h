#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace app {

class Settings;

// View > Preferences: what the program does on its own while a tab is open, in the units a user thinks in —
// how often a frozen field is written back (ms) and how much memory each tab's recorder may keep (MiB). OK
// stores them in Settings, which tells the open tabs; Cancel changes nothing. The spin boxes cannot hold a
// value out of range, so there is no bad input to refuse.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QSpinBox *freezeIntervalBox() const { return m_freezeInterval; }
    [[nodiscard]] QSpinBox *recorderBudgetBox() const { return m_recorderBudget; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Settings *m_settings;
    QLabel *m_freezeLabel;
    QSpinBox *m_freezeInterval;
    QLabel *m_freezeNote;
    QLabel *m_recorderLabel;
    QSpinBox *m_recorderBudget;
    QLabel *m_recorderNote;
    QDialogButtonBox *m_buttons;
};

} // namespace app
