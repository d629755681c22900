#include "app/preferencesdialog.h"

#include "app/settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

namespace {

QLabel *noteLabel()
{
    auto *note = new QLabel;
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_freezeLabel(new QLabel),
      m_freezeInterval(new QSpinBox),
      m_freezeNote(noteLabel()),
      m_recorderLabel(new QLabel),
      m_recorderBudget(new QSpinBox),
      m_recorderNote(noteLabel()),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_freezeInterval->setRange(Settings::MinimumFreezeIntervalMs, Settings::MaximumFreezeIntervalMs);
    m_freezeInterval->setSingleStep(50);
    m_freezeInterval->setValue(settings->freezeIntervalMs());
    m_recorderBudget->setRange(Settings::MinimumRecorderMiB, Settings::MaximumRecorderMiB);
    m_recorderBudget->setValue(settings->recorderBudgetMiB());
    m_freezeLabel->setBuddy(m_freezeInterval);
    m_recorderLabel->setBuddy(m_recorderBudget);

    auto *form = new QFormLayout;
    form->addRow(m_freezeLabel, m_freezeInterval);
    form->addRow(m_freezeNote);
    form->addRow(m_recorderLabel, m_recorderBudget);
    form->addRow(m_recorderNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    retranslate();
}

void PreferencesDialog::accept()
{
    m_settings->setPreferences(m_freezeInterval->value(), m_recorderBudget->value());
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_freezeLabel->setText(tr("&Write frozen fields back every:"));
    m_freezeInterval->setSuffix(tr(" ms"));
    m_freezeInterval->setToolTip(tr("How often a frozen field is read and, when another process changed it, "
                                    "written back with our value. Shorter holds it more firmly and costs more."));
    m_freezeNote->setText(tr("Memory scanners write frozen values back every 100 to 500 ms. Applies to every "
                             "open tab at once."));
    m_recorderLabel->setText(tr("&Recorder memory per tab:"));
    m_recorderBudget->setSuffix(tr(" MiB"));
    m_recorderBudget->setToolTip(tr("How much memory the recorder of each tab may keep for the time slider. "
                                    "When it is full, the oldest changes are dropped first."));
    m_recorderNote->setText(tr("The recorder keeps only the bytes that changed, of the part of the segment on "
                               "screen, and tells how far back it reaches on the time slider."));
}

} // namespace app
