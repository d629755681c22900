#include "app/table/setsemaphorevaluedialog.h"

#include "core/kernel/sem.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using core::Sem;

namespace app {

SetSemaphoreValueDialog::SetSemaphoreValueDialog(int semid, const QList<int> &values, int nsems, QWidget *parent)
    : QDialog(parent), m_semid(semid), m_values(values), m_nsems(nsems), m_semnumLabel(new QLabel(this)),
      m_semnum(new QLineEdit(this)), m_valueLabel(new QLabel(this)), m_value(new QLineEdit(this)),
      m_preview(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SetSemaphoreValueDialog"));
    m_semnum->setObjectName(QStringLiteral("semnumEdit"));
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_preview->setObjectName(QStringLiteral("callPreview"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_semnumLabel->setBuddy(m_semnum);
    m_valueLabel->setBuddy(m_value);
    m_semnum->setText(QStringLiteral("0"));
    m_value->setText(QString::number(values.isEmpty() ? 0 : values.constFirst()));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    auto *form = new QFormLayout;
    form->addRow(m_semnumLabel, m_semnum);
    form->addRow(m_valueLabel, m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // With one semaphore the value is all there is to type.
    QLineEdit *first = nsems == 1 ? m_value : m_semnum;
    first->selectAll();
    first->setFocus();
    for (QLineEdit *edit : {m_semnum, m_value})
        connect(edit, &QLineEdit::textChanged, this, &SetSemaphoreValueDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetSemaphoreValueDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetSemaphoreValueDialog::reject);
    retranslate();
}

void SetSemaphoreValueDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SetSemaphoreValueDialog::retranslate()
{
    setWindowTitle(tr("Set Semaphore Value"));
    setAccessibleName(tr("Set a semaphore's value in set %1").arg(m_semid));
    m_semnumLabel->setText(tr("&Semaphore:"));
    m_semnum->setAccessibleName(tr("Semaphore number"));
    m_semnum->setToolTip(tr("Which semaphore of set %1: 0 to %2.").arg(m_semid).arg(m_nsems - 1));
    m_valueLabel->setText(tr("&Value:"));
    m_value->setAccessibleName(tr("New value"));
    m_value->setToolTip(tr("0 to %1 (SEMVMX). A process waiting for the value to increase, or to become zero, "
                           "wakes when it does.")
                            .arg(Sem::MaxValue));
    m_preview->setAccessibleName(tr("The call that will be made"));
    m_error->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set"));
    updatePreview();
}

QString SetSemaphoreValueDialog::readInput()
{
    bool ok = false;
    const QString semnum = m_semnum->text().trimmed();
    const int num = semnum.toInt(&ok);
    if (!ok || num < 0 || num >= m_nsems)
        return tr("Set %1 has semaphores 0 to %2, not \"%3\".").arg(m_semid).arg(m_nsems - 1).arg(semnum);
    const QString text = m_value->text().trimmed();
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > Sem::MaxValue)
        return tr("A semaphore holds 0 to %1 (SEMVMX), not \"%2\".").arg(Sem::MaxValue).arg(text);
    m_semnumValue = num;
    m_valueValue = value;
    return {};
}

void SetSemaphoreValueDialog::updatePreview()
{
    if (const QString problem = readInput(); !problem.isEmpty()) {
        m_preview->setText(QStringLiteral("semctl(…)"));
        return;
    }
    m_error->clear();
    QString text = Sem::setValueCall(m_semid, m_semnumValue, m_valueValue);
    if (m_semnumValue < m_values.size())
        text += QLatin1Char('\n') + tr("now %1").arg(m_values.at(m_semnumValue));
    m_preview->setText(text);
}

void SetSemaphoreValueDialog::accept()
{
    if (const QString problem = readInput(); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace app
