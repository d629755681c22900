#include "app/table/createsemaphoresetdialog.h"

#include "core/kernel/sem.h"
#include "core/translations.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

using core::Sem;

namespace app {

CreateSemaphoreSetDialog::CreateSemaphoreSetDialog(int maxPerSet, QWidget *parent)
    : IpcCreateDialog(parent), m_maxPerSet(maxPerSet), m_nsemsLabel(new QLabel(this)),
      m_nsems(new QLineEdit(this)), m_valuesLabel(new QLabel(this)), m_values(new QLineEdit(this))
{
    setObjectName(QStringLiteral("CreateSemaphoreSetDialog"));
    m_nsems->setObjectName(QStringLiteral("nsemsEdit"));
    m_values->setObjectName(QStringLiteral("valuesEdit"));
    m_nsemsLabel->setBuddy(m_nsems);
    m_valuesLabel->setBuddy(m_values);
    // One semaphore of value 1: a lock, free.
    m_nsems->setText(QStringLiteral("1"));
    m_values->setText(QStringLiteral("1"));
    form()->addRow(m_nsemsLabel, m_nsems);
    form()->addRow(m_valuesLabel, m_values);
    for (QLineEdit *edit : {m_nsems, m_values})
        connect(edit, &QLineEdit::textChanged, this, &CreateSemaphoreSetDialog::updatePreview);
    retranslate();
}

void CreateSemaphoreSetDialog::retranslate()
{
    setWindowTitle(tr("New Semaphore Set"));
    setAccessibleName(tr("New System V semaphore set"));
    setKeyToolTip(tr("The number processes agree on to find the set: hex (0x1234) or decimal. The lesson's "
                     "segment has 0x1234: a set of the same key is the lock that guards it."));
    m_nsemsLabel->setText(tr("&Semaphores:"));
    m_nsems->setAccessibleName(tr("Number of semaphores"));
    m_nsems->setToolTip(tr("How many semaphores the set holds: 1 to %1 (semmsl). It cannot change later.")
                            .arg(m_maxPerSet));
    m_valuesLabel->setText(tr("&Values:"));
    m_values->setAccessibleName(tr("First values"));
    m_values->setToolTip(tr("One value for every semaphore (1 makes each a free lock), or one a semaphore "
                            "separated by spaces (1 0 3); each 0 to %1.")
                             .arg(Sem::MaxValue));
    IpcCreateDialog::retranslate();
}

std::variant<CreateSemaphoreSetDialog::Request, QString> CreateSemaphoreSetDialog::readInput() const
{
    Request request;
    auto keyAndMode = readKeyAndMode();
    if (const auto *problem = std::get_if<QString>(&keyAndMode))
        return *problem;
    request.keyAndMode = std::get<KeyAndMode>(keyAndMode);
    bool ok = false;
    request.nsems = m_nsems->text().trimmed().toInt(&ok);
    if (!ok || request.nsems < 1 || request.nsems > m_maxPerSet)
        return tr("A set holds 1 to %1 semaphores (semmsl, the first number of /proc/sys/kernel/sem), not "
                  "\"%2\".")
            .arg(m_maxPerSet)
            .arg(m_nsems->text().trimmed());
    const QStringList words = m_values->text().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                     Qt::SkipEmptyParts);
    if (words.size() != 1 && words.size() != request.nsems)
        return tr("Give one value for every semaphore, or %n value(s), one a semaphore.", nullptr, request.nsems);
    for (const QString &word : words) {
        const int value = word.toInt(&ok);
        if (!ok || value < 0 || value > Sem::MaxValue)
            return tr("A semaphore holds 0 to %1 (SEMVMX), not %2.").arg(Sem::MaxValue).arg(word);
        request.values << value;
    }
    if (request.values.size() == 1)
        request.values = QList<int>(request.nsems, request.values.constFirst());
    return request;
}

std::variant<QString, QString> CreateSemaphoreSetDialog::preview() const
{
    const auto input = readInput();
    if (const auto *problem = std::get_if<QString>(&input))
        return std::variant<QString, QString>(std::in_place_index<1>, *problem);
    const Request &r = std::get<Request>(input);
    // The id is the kernel's answer: the preview names it as the program would, by its variable.
    QString setAll = Sem::setAllCall(0, r.values);
    setAll.replace(0, setAll.indexOf(QLatin1Char(',')), QStringLiteral("semctl(semid"));
    return std::variant<QString, QString>(std::in_place_index<0>,
                                          QStringLiteral("semid = ") +
                                              Sem::createCall(r.keyAndMode.key, r.nsems, r.keyAndMode.mode) +
                                              QLatin1Char('\n') + setAll);
}

QString CreateSemaphoreSetDialog::create()
{
    const auto input = readInput();
    const Request r = std::get<Request>(input);
    const auto created = Sem::create(r.keyAndMode.key, r.nsems, r.keyAndMode.mode);
    if (!created.ok())
        return created.error().toString();
    const int semid = created.value();
    if (const auto set = Sem::setAll(semid, r.values); !set.ok()) {
        // Nothing half made stays behind: the set goes again, and the log shows it go.
        (void)Sem::remove(semid);
        return set.error().toString();
    }
    m_semid = semid;
    m_calls = Sem::createCall(r.keyAndMode.key, r.nsems, r.keyAndMode.mode) + QStringLiteral(" = ") +
              QString::number(semid) + QLatin1Char('\n') + Sem::setAllCall(semid, r.values);
    return {};
}

} // namespace app
