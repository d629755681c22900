#include "app/table/createsegmentdialog.h"
#include "ui_createsegmentdialog.h"

#include "core/inputparser.h"
#include "core/kernel/shm.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <QEvent>
#include <QPushButton>

namespace app {

CreateSegmentDialog::CreateSegmentDialog(const core::ShmLimits &limits, const core::ShmUsage &usage, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CreateSegmentDialog>()), m_limits(limits), m_usage(usage)
{
    m_ui->setupUi(this);
    retranslate();
    m_bits = {m_ui->ownerReadCheck, m_ui->ownerWriteCheck, m_ui->ownerExecuteCheck,
              m_ui->groupReadCheck, m_ui->groupWriteCheck, m_ui->groupExecuteCheck,
              m_ui->otherReadCheck, m_ui->otherWriteCheck, m_ui->otherExecuteCheck};
    m_ui->keyEdit->setText(QStringLiteral("0x1234"));
    // The key is what a user types first: typed at once, it replaces the example.
    m_ui->keyEdit->selectAll();
    m_ui->keyEdit->setFocus();

    connect(m_ui->keyRadio, &QRadioButton::toggled, m_ui->keyEdit, &QWidget::setEnabled);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &CreateSegmentDialog::updatePreview);
    connect(m_ui->sizeEdit, &QLineEdit::textChanged, this, &CreateSegmentDialog::sizeTextChanged);
    connect(m_ui->keyRadio, &QRadioButton::toggled, this, &CreateSegmentDialog::updatePreview);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &CreateSegmentDialog::unitChosen);
    connect(m_ui->modeEdit, &QLineEdit::textEdited, this, &CreateSegmentDialog::modeTextEdited);
    for (QCheckBox *box : m_bits)
        connect(box, &QCheckBox::toggled, this, &CreateSegmentDialog::checkboxToggled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateSegmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateSegmentDialog::reject);
    modeTextEdited();
}

CreateSegmentDialog::~CreateSegmentDialog() = default;

bool CreateSegmentDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void CreateSegmentDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
}

std::variant<CreateSegmentDialog::Request, QString> CreateSegmentDialog::readInput() const
{
    Request request;
    if (m_ui->keyRadio->isChecked()) {
        const auto key = core::InputParser::key(m_ui->keyEdit->text());
        if (!key.ok())
            return key.error().message;
        if (key.value() == 0)
            return tr("Key 0 is IPC_PRIVATE: choose \"Private\", or another key.");
        request.key = key.value();
    }
    // A unit typed after the number is the size's own; the box's is for a plain number.
    const QString sizeText = m_ui->sizeEdit->text();
    const auto size = core::InputParser::size(core::InputParser::sizeUnit(sizeText).isEmpty()
                                                  ? sizeText + QLatin1Char(' ') + chosenUnit()
                                                  : sizeText);
    if (!size.ok())
        return size.error().message;
    request.size = size.value();
    const auto mode = core::InputParser::mode(m_ui->modeEdit->text());
    if (!mode.ok())
        return mode.error().message;
    request.mode = mode.value();
    return request;
}

// The kernel would refuse these too; saying it first names the limit in the user's terms.
QString CreateSegmentDialog::checkLimits(quint64 size) const
{
    using core::Translations;
    if (size < m_limits.shmmin)
        return tr("A segment needs at least %1 byte(s) (shmmin).", nullptr,
                  Translations::numerus(m_limits.shmmin))
            .arg(m_limits.shmmin);
    if (m_limits.shmmax > 0 && size > m_limits.shmmax)
        return tr("%1 is larger than shmmax, the largest segment this system allows (%2; see "
                  "/proc/sys/kernel/shmmax).")
            .arg(core::SegmentFormat::byteCount(size), core::SegmentFormat::byteLimit(m_limits.shmmax));
    const quint64 pages = size / m_limits.pageSize + (size % m_limits.pageSize != 0);
    if (m_limits.shmall > 0 && (m_usage.pages > m_limits.shmall || pages > m_limits.shmall - m_usage.pages))
        return tr("%1 more page(s) would pass shmall, the pages all segments together may hold: %2 of %3 are "
                  "in use (see /proc/sys/kernel/shmall).",
                  nullptr, Translations::numerus(pages))
            .arg(pages)
            .arg(m_usage.pages)
            .arg(m_limits.shmall);
    if (m_limits.shmmni > 0 && m_usage.segments >= m_limits.shmmni)
        return tr("There are already %1 segment(s), as many as shmmni allows.", nullptr,
                  Translations::numerus(m_usage.segments))
            .arg(m_usage.segments);
    return {};
}

void CreateSegmentDialog::updatePreview()
{
    const auto input = readInput();
    if (const auto *request = std::get_if<Request>(&input)) {
        m_ui->callPreview->setText(core::Shm::createCall(request->key, request->size, request->mode));
        m_ui->errorLabel->clear();
    } else {
        m_ui->callPreview->setText(QStringLiteral("shmget(…)"));
    }
}

QString CreateSegmentDialog::chosenUnit() const
{
    return m_ui->unitCombo->currentIndex() == 0 ? QString() : m_ui->unitCombo->currentText();
}

void CreateSegmentDialog::sizeTextChanged()
{
    const QString typed = core::InputParser::sizeUnit(m_ui->sizeEdit->text());
    // "B" is the box's "bytes"; the box has every unit the size reader takes.
    const int index = typed == QLatin1String("B") ? 0 : m_ui->unitCombo->findText(typed);
    if (!typed.isEmpty() && index >= 0)
        m_ui->unitCombo->setCurrentIndex(index);
    updatePreview();
}

// A unit chosen while the size carries one of its own replaces it in the text ("64 MiB", KiB: "64 KiB").
void CreateSegmentDialog::unitChosen()
{
    const QString text = m_ui->sizeEdit->text();
    const QString typed = core::InputParser::sizeUnit(text);
    const QString chosen = chosenUnit();
    if (!typed.isEmpty() && typed != (chosen.isEmpty() ? QStringLiteral("B") : chosen)) {
        // The number is what is left of the text once its unit's letters (and the space before them) go.
        QString number = text.trimmed();
        while (!number.isEmpty() && number.back().isLetter())
            number.chop(1);
        number = number.trimmed();
        m_ui->sizeEdit->setText(chosen.isEmpty() ? number : number + QLatin1Char(' ') + chosen);
        return; // the text's change updates the preview
    }
    updatePreview();
}

void CreateSegmentDialog::modeTextEdited()
{
    const auto mode = core::InputParser::mode(m_ui->modeEdit->text());
    if (mode.ok()) {
        for (int i = 0; i < 9; ++i) {
            const QSignalBlocker blocker(m_bits[i]);
            m_bits[i]->setChecked(mode.value() & (0400u >> i));
        }
    }
    updatePreview();
}

void CreateSegmentDialog::checkboxToggled()
{
    quint32 mode = 0;
    for (int i = 0; i < 9; ++i) {
        if (m_bits[i]->isChecked())
            mode |= 0400u >> i;
    }
    m_ui->modeEdit->setText(QString::number(mode, 8).rightJustified(3, QLatin1Char('0')));
    updatePreview();
}

void CreateSegmentDialog::accept()
{
    const auto input = readInput();
    if (const auto *problem = std::get_if<QString>(&input)) {
        m_ui->errorLabel->setText(*problem);
        return;
    }
    const Request request = std::get<Request>(input);
    if (const QString problem = checkLimits(request.size); !problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        return;
    }
    const auto created = core::Shm::create(request.key, request.size, request.mode);
    if (!created.ok()) {
        m_ui->errorLabel->setText(created.error().toString());
        return;
    }
    m_createdShmid = created.value();
    m_createdCall = core::Shm::createCall(request.key, request.size, request.mode);
    QDialog::accept();
}

} // namespace app
